/** The catalog the command works from: the bundled NAMSS catalog, or an organization's own file (--catalog). */
import { readFile } from 'fs/promises';
import type { Catalog } from '../catalog/types';
import { loadCatalog } from '../catalog/load';
import { builtinCatalog, DEFAULT_CATALOG_ID } from '../catalog/builtin';
import type { Message } from '../messages';

export class CatalogError extends Error {}

export async function catalogFromArg(file: string | undefined): Promise<{ catalog: Catalog; messages: Message[] }> {
  if (file === undefined) return { catalog: builtinCatalog(DEFAULT_CATALOG_ID), messages: [] };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CatalogError(
      `Cannot read the catalog ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`,
    );
  }
  const loaded = loadCatalog(text, file);
  if (!loaded.ok) {
    const lines = loaded.errors.map((e) => `  ${e.file ?? file}${e.pointer ? ` at ${e.pointer}` : ''}: ${e.message}`);
    throw new CatalogError(`The catalog ${file} is not valid:\n${lines.join('\n')}`);
  }
  return { catalog: loaded.catalog, messages: loaded.messages };
}
