/**
 * Catalogs the user imported from a file, kept in a string key-value store (localStorage in the
 * pane) so they are there the next time the pane opens, and blocks inserted from them can still be
 * re-levelled and refreshed. Each is stored as catalog JSON and checked again when read (the store
 * may have been edited, or the schema may have moved on); an entry that no longer reads is skipped.
 */
import { loadCatalog } from './load';
import type { KeyValueStore } from './remote/key-value-store';
import type { Catalog } from './types';

export interface KeptCatalog {
  catalog: Catalog;
  /** The file it was imported from, for the user to recognise it. */
  fileName: string;
  /** ISO time it was imported. */
  keptAt: string;
}

const INDEX_KEY = 'jd-builder.kept-catalogs';
const ENTRY_PREFIX = 'jd-builder.kept-catalog:';

interface StoredEntry {
  fileName: string;
  keptAt: string;
  text: string;
}

export function keptCatalogs(store: KeyValueStore): KeptCatalog[] {
  return keptIds(store).flatMap((id) => {
    const entry = readEntry(store, id);
    if (!entry) return [];
    const loaded = loadCatalog(entry.text, entry.fileName);
    return loaded.ok && loaded.catalog.id === id
      ? [{ catalog: loaded.catalog, fileName: entry.fileName, keptAt: entry.keptAt }]
      : [];
  });
}

/**
 * Keeps the catalog, replacing a kept one with the same id (a newer version of it). False when the store
 * refused (e.g. localStorage is full): the catalog still works until the pane closes.
 */
export function keepCatalog(store: KeyValueStore, kept: KeptCatalog): boolean {
  const { catalog, fileName, keptAt } = kept;
  const entry: StoredEntry = { fileName, keptAt, text: JSON.stringify(catalog) };
  try {
    store.set(ENTRY_PREFIX + catalog.id, JSON.stringify(entry));
    const ids = keptIds(store);
    if (!ids.includes(catalog.id)) store.set(INDEX_KEY, JSON.stringify([...ids, catalog.id]));
    return true;
  } catch {
    // Half-written is worse than not kept: the entry alone would never be listed, so drop it.
    tryRemove(store, ENTRY_PREFIX + catalog.id);
    return false;
  }
}

export function forgetCatalog(store: KeyValueStore, id: string): void {
  tryRemove(store, ENTRY_PREFIX + id);
  try {
    store.set(INDEX_KEY, JSON.stringify(keptIds(store).filter((kept) => kept !== id)));
  } catch {
    // The entry is gone already, so the id alone lists nothing.
  }
}

function keptIds(store: KeyValueStore): string[] {
  try {
    const ids: unknown = JSON.parse(store.get(INDEX_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function readEntry(store: KeyValueStore, id: string): StoredEntry | undefined {
  try {
    const entry = JSON.parse(store.get(ENTRY_PREFIX + id) ?? 'null') as Partial<StoredEntry> | null;
    return entry && typeof entry.text === 'string'
      ? { fileName: String(entry.fileName ?? ''), keptAt: String(entry.keptAt ?? ''), text: entry.text }
      : undefined;
  } catch {
    return undefined;
  }
}

function tryRemove(store: KeyValueStore, key: string): void {
  try {
    store.remove(key);
  } catch {
    // Storage unavailable: there is nothing more to do.
  }
}
