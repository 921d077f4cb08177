/**
 * Where the pane's catalogs come from besides the built-in ones: imported files and a central catalog
 * URL. The URL is kept per user (this computer's localStorage), not in the document, so one setting
 * serves every job description the user writes.
 */
import type { Catalog } from '../../catalog/types';
import { describeImportProblem, type ImportProblem } from '../../catalog/import/table';

export const CATALOG_URL_KEY = 'jdb.catalogUrl';

/** The list with `added` in it: a catalog with the same id (a newer version) takes the old one's place. */
export function withCatalog(catalogs: readonly Catalog[], added: Catalog): Catalog[] {
  const at = catalogs.findIndex((c) => c.id === added.id);
  return at < 0 ? [...catalogs, added] : catalogs.map((c, i) => (i === at ? added : c));
}

type UrlStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage may be unavailable (private mode, blocked by policy): then there is simply no saved URL. */
export function savedCatalogUrl(storage: UrlStorage): string {
  try {
    return storage.getItem(CATALOG_URL_KEY) ?? '';
  } catch {
    return '';
  }
}

/** False when the browser refused to keep it; the catalog is still used until the pane closes. */
export function saveCatalogUrl(storage: UrlStorage, url: string): boolean {
  try {
    if (url) storage.setItem(CATALOG_URL_KEY, url);
    else storage.removeItem(CATALOG_URL_KEY);
    return true;
  } catch {
    return false;
  }
}

const LISTED_PROBLEMS = 20;

/** Problems as lines for the pane, the first few in full and a count of the rest. */
export function problemLines(problems: readonly ImportProblem[]): string[] {
  const lines = problems.slice(0, LISTED_PROBLEMS).map(describeImportProblem);
  const more = problems.length - LISTED_PROBLEMS;
  return more > 0 ? [...lines, `…and ${more} more problem${more === 1 ? '' : 's'}.`] : lines;
}

/** A chosen file's bytes (FileReader: works in every browser Office runs the pane in). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}
