/**
 * Where the pane's catalogs come from besides the built-in ones: imported files and a central catalog
 * URL. The URL is kept either for the user (this computer's localStorage: one setting serves every job
 * description they write) or in the document itself (a template can name its organization's catalog,
 * and then wins over the user's own setting, for whoever opens it).
 */
import type { Catalog } from '../../catalog/types';
import { describeImportProblem, type ImportProblem } from '../../catalog/import/table';
import type { DocumentPort } from '../../word/port';
import { CATALOG_URL_SETTING } from '../../workflows/settings';

export const CATALOG_URL_KEY = 'jdb.catalogUrl';

/** Who the saved address is for: the user on this computer, or whoever opens this document. */
export type UrlScope = 'user' | 'document';

type SettingsPort = Pick<DocumentPort, 'getDocumentSetting' | 'setDocumentSetting'>;

/** The list with `added` in it: a catalog with the same id (a newer version) takes the old one's place. */
export function withCatalog(catalogs: readonly Catalog[], added: Catalog): Catalog[] {
  const at = catalogs.findIndex((c) => c.id === added.id);
  return at < 0 ? [...catalogs, added] : catalogs.map((c, i) => (i === at ? added : c));
}

type UrlStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Storage may be unavailable (private mode, blocked by policy): then there is simply no saved URL. */
function savedCatalogUrl(storage: UrlStorage): string {
  try {
    return storage.getItem(CATALOG_URL_KEY) ?? '';
  } catch {
    return '';
  }
}

/** False when the browser refused to keep it; the catalog is still used until the pane closes. */
function saveCatalogUrl(storage: UrlStorage, url: string): boolean {
  try {
    if (url) storage.setItem(CATALOG_URL_KEY, url);
    else storage.removeItem(CATALOG_URL_KEY);
    return true;
  } catch {
    return false;
  }
}

/** The address to use when the pane opens: the document's own first, then the user's. */
export function savedCatalogAddress(storage: UrlStorage, port: SettingsPort): { url: string; scope: UrlScope } {
  let fromDocument: unknown;
  try {
    fromDocument = port.getDocumentSetting(CATALOG_URL_SETTING);
  } catch {
    fromDocument = undefined;
  }
  if (typeof fromDocument === 'string' && fromDocument.trim()) return { url: fromDocument.trim(), scope: 'document' };
  return { url: savedCatalogUrl(storage).trim(), scope: 'user' };
}

/**
 * Saves the address for the scope and clears it from the document when saved for the user (otherwise the
 * document's old address would keep winning). Resolves to an error text when it could not be saved.
 */
export async function saveCatalogAddress(
  storage: UrlStorage,
  port: SettingsPort,
  url: string,
  scope: UrlScope,
): Promise<string | undefined> {
  if (scope === 'user' && !saveCatalogUrl(storage, url))
    return 'The address could not be saved in this browser; it is used until the pane closes.';
  const hadDocumentAddress = savedCatalogAddress(storage, port).scope === 'document';
  if (scope === 'document' || hadDocumentAddress) {
    try {
      await port.setDocumentSetting(CATALOG_URL_SETTING, scope === 'document' ? url : '');
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return `The address could not be saved in the document (${why}); it is used until the pane closes.`;
    }
  }
  return undefined;
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
