/**
 * Reading a catalog: text -> checked Catalog, or the list of what is wrong with it.
 * Nothing here throws; every failure is a CatalogError naming file, place and expectation.
 */
import type { Message } from '../messages';
import { UNNAMED_FILE, type CatalogError } from './errors';
import { findJsonSyntaxError } from './json-syntax';
import { checkReferences } from './references';
import { checkSchema } from './schema-check';
import type { Catalog } from './types';

export type { CatalogError } from './errors';

export type LoadResult = { ok: true; catalog: Catalog; messages: Message[] } | { ok: false; errors: CatalogError[] };

/** The NAMSS catalog is about 100 KB; anything past this is not a hand-made catalog and would stall the pane. */
export const MAX_CATALOG_CHARS = 5 * 1024 * 1024;

export function loadCatalog(text: string, file: string = UNNAMED_FILE): LoadResult {
  if (text.length > MAX_CATALOG_CHARS) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    return fail(
      file,
      '',
      `The file is too large to be a catalog (${mb(text.length)} MB); the limit is ${mb(MAX_CATALOG_CHARS)} MB.`,
    );
  }
  if (!text.trim()) return fail(file, '', 'The file is empty; expected a catalog in JSON format.');
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const at = findJsonSyntaxError(text);
    const detail = at ? `at line ${at.line}, column ${at.column}: ${at.message}` : `(${(e as Error).message}).`;
    return fail(file, '', `The file is not valid JSON ${detail}`);
  }
  return validateCatalog(data, file);
}

/** Checks already-parsed data: first its shape (schema), then what the schema cannot say (references). */
export function validateCatalog(data: unknown, file: string = UNNAMED_FILE): LoadResult {
  const schemaErrors = checkSchema(data, file);
  if (schemaErrors.length) return { ok: false, errors: schemaErrors };
  const catalog = data as Catalog;
  const { errors, messages } = checkReferences(catalog, file);
  return errors.length ? { ok: false, errors } : { ok: true, catalog, messages };
}

function fail(file: string, pointer: string, message: string): LoadResult {
  return { ok: false, errors: [{ file, pointer, message }] };
}
