/** The catalog the command works from: the bundled NAMSS catalog, or an organization's own file (--catalog: .json, .csv or .xlsx). */
import { readFile } from 'fs/promises';
import type { Catalog } from '../catalog/types';
import { builtinCatalog, DEFAULT_CATALOG_ID } from '../catalog/builtin';
import { describeImportProblem, importCatalogFile } from '../catalog/import/import-file';
import type { Message } from '../messages';

export class CatalogError extends Error {}

export async function catalogFromArg(file: string | undefined): Promise<{ catalog: Catalog; messages: Message[] }> {
  if (file === undefined) return { catalog: builtinCatalog(DEFAULT_CATALOG_ID), messages: [] };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new CatalogError(
      `Cannot read the catalog ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`,
    );
  }
  const imported = await importCatalogFile(file, bytes);
  if (!imported.ok) {
    const lines = imported.errors.map((e) => `  ${file}: ${describeImportProblem(e)}`);
    throw new CatalogError(`The catalog ${file} is not valid:\n${lines.join('\n')}`);
  }
  return { catalog: imported.catalog, messages: imported.messages };
}
