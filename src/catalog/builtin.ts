/**
 * The catalogs that ship with the add-in. Their schema check runs in the tests
 * (test/catalog/*-catalog.test.ts), not here: compiling the schema costs about 250 ms and ajv
 * weighs about 120 KB, which the pane would otherwise pay at start-up for files it already
 * knows are valid. Only organization catalogs go through load.ts (and ajv). The cheap
 * reference checks still run once, so a broken bundle says so clearly instead of misbehaving.
 */
import greeley from '../../catalog/greeley-dmss-sample.json';
import namss from '../../catalog/namss-jd-builder-2021.json';
import { checkReferences } from './references';
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
  const catalog = entry.data as Catalog;
  const { errors } = checkReferences(catalog, entry.file);
  if (errors.length)
    throw new Error(`Built-in catalog ${entry.file} is invalid: ${errors.map((e) => e.message).join(' ')}`);
  checked.set(id, catalog);
  return catalog;
}

export function builtinCatalogs(): Catalog[] {
  return BUILTIN_CATALOG_IDS.map((id) => builtinCatalog(id));
}
