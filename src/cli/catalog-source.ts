/**
 * The catalog the command works from: the bundled NAMSS catalog, an organization's own file (--catalog: .json, .csv
 * or .xlsx), or its central catalog by https address, fetched as the pane fetches it and cached in a folder for
 * offline use (see file-store.ts).
 */
import { readFile } from 'fs/promises';
import path from 'path';
import type { Catalog } from '../catalog/types';
import { builtinCatalog, DEFAULT_CATALOG_ID } from '../catalog/builtin';
import { companionName, describeImportProblem, importCatalogFile } from '../catalog/import/import-file';
import { catalogUrlProblem, shorten } from '../catalog/remote/catalog-url';
import { loadCatalogFromUrl } from '../catalog/remote/fetch-catalog';
import { warning, type Message } from '../messages';
import { cacheFolder, fileStore } from './file-store';

export class CatalogError extends Error {}

interface LoadedCatalog {
  catalog: Catalog;
  messages: Message[];
}

/** "https://", "http://", "file://", ...: an address, refused unless https; anything else is a file path. */
const ADDRESS = /^[a-z][a-z0-9+.-]*:\/\//i;

export async function catalogFromArg(arg: string | undefined): Promise<LoadedCatalog> {
  if (arg === undefined) return { catalog: builtinCatalog(DEFAULT_CATALOG_ID), messages: [] };
  return ADDRESS.test(arg.trim()) ? catalogFromUrl(arg.trim()) : catalogFromFile(arg);
}

async function catalogFromFile(file: string): Promise<LoadedCatalog> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new CatalogError(
      `Cannot read the catalog ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`,
    );
  }
  const imported = await importCatalogFile(file, bytes, { companions: await companionsOf(file) });
  if (!imported.ok) {
    const lines = imported.errors.map((e) => `  ${file}: ${describeImportProblem(e)}`);
    throw new CatalogError(`The catalog ${file} is not valid:\n${lines.join('\n')}`);
  }
  return { catalog: imported.catalog, messages: imported.messages };
}

/** A CSV catalog's companion files beside it ("acme.levels.csv", "acme.ratings.csv" for "acme.csv"), when there. */
async function companionsOf(file: string): Promise<{ name: string; bytes: Uint8Array }[]> {
  if (!/\.csv$/i.test(file)) return [];
  const found: { name: string; bytes: Uint8Array }[] = [];
  for (const kind of ['levels', 'ratings'] as const) {
    const name = path.join(path.dirname(file), companionName(file, kind));
    try {
      found.push({ name, bytes: await readFile(name) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new CatalogError(`Cannot read the catalog's ${kind} file ${name}: ${(e as Error).message}.`);
    }
  }
  return found;
}

async function catalogFromUrl(url: string): Promise<LoadedCatalog> {
  // Refused in the pane's words before any request is made or the cache folder is touched.
  const problem = catalogUrlProblem(url);
  if (problem) throw new CatalogError(problem);
  const folder = cacheFolder();
  const loaded = await loadCatalogFromUrl(url, {
    fetch: (address, init) => fetch(address, init),
    cache: fileStore(folder),
    now: () => new Date(),
  });
  const where = shorten(url);
  if (!loaded.ok) {
    const [first] = loaded.errors;
    if (loaded.errors.length === 1 && !first.pointer)
      throw new CatalogError(`Cannot use the catalog at ${where}: ${first.message}`);
    const lines = loaded.errors.map((e) => `  ${where}: ${describeImportProblem(e)}`);
    throw new CatalogError(`The catalog at ${where} is not valid:\n${lines.join('\n')}`);
  }
  // The shared loader words this warning for the pane's browser storage; here the copy lives in a folder.
  const messages = loaded.messages.map((m) =>
    m.code === 'catalog-not-cached'
      ? warning(
          m.code,
          `The catalog could not be saved for offline use in ${folder}; check that the folder can be written, ` +
            'or set JD_BUILDER_CACHE to another folder.',
        )
      : m,
  );
  return { catalog: loaded.catalog, messages };
}
