/**
 * The catalogs that ship with the add-in. They are checked like any other catalog the first
 * time they are asked for (the JSON import gives no literal types, and a broken bundle should
 * say so clearly rather than misbehave); the tests guarantee they pass.
 */
import greeley from '../../catalog/greeley-dmss-sample.json';
import namss from '../../catalog/namss-jd-builder-2021.json';
import { validateCatalog } from './load';
import type { Catalog } from './types';

export const DEFAULT_CATALOG_ID = 'namss-jd-builder-2021';

const FILES: Record<string, { file: string; data: unknown }> = {
  'namss-jd-builder-2021': { file: 'catalog/namss-jd-builder-2021.json', data: namss },
  'greeley-dmss-sample': { file: 'catalog/greeley-dmss-sample.json', data: greeley },
};

export const BUILTIN_CATALOG_IDS: readonly string[] = Object.keys(FILES);

const checked = new Map<string, Catalog>();

/**
 * A bundled catalog by id. Throws only on a programming error (an unknown id, or a bundled
 * file that fails its own checks), never on user input.
 */
export function builtinCatalog(id: string = DEFAULT_CATALOG_ID): Catalog {
  const cached = checked.get(id);
  if (cached) return cached;
  const entry = FILES[id];
  if (!entry) throw new Error(`No built-in catalog "${id}"; expected one of: ${BUILTIN_CATALOG_IDS.join(', ')}.`);
  const result = validateCatalog(entry.data, entry.file);
  if (!result.ok) throw new Error(`Built-in catalog ${entry.file} is invalid: ${result.errors.map((e) => e.message).join(' ')}`);
  checked.set(id, result.catalog);
  return result.catalog;
}

export function builtinCatalogs(): Catalog[] {
  return BUILTIN_CATALOG_IDS.map((id) => builtinCatalog(id));
}
