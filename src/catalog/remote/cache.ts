/**
 * The offline copy of a central catalog. The store is a tiny string key-value interface so the
 * pane can back it with localStorage and the tests with a Map; a damaged or foreign entry is
 * treated as no entry, and the text is checked again before use (the store may have been edited).
 */
import { loadCatalog } from '../load';
import type { Catalog } from '../types';

import type { KeyValueStore } from './key-value-store';

export interface CachedCatalog {
  url: string;
  text: string;
  etag?: string;
  lastModified?: string;
  catalogId: string;
  version: string;
  /** ISO time the text was downloaded. */
  fetchedAt: string;
}

const KEY_PREFIX = 'jd-builder.catalog-url:';

export function readCache(store: KeyValueStore, url: string): CachedCatalog | undefined {
  let raw: string | null | undefined;
  try {
    raw = store.get(KEY_PREFIX + url);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const entry = JSON.parse(raw) as CachedCatalog;
    const valid =
      entry.url === url &&
      typeof entry.text === 'string' &&
      typeof entry.fetchedAt === 'string' &&
      typeof entry.version === 'string';
    return valid ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** False when the store refused (e.g. localStorage is full); the catalog still works, only not offline. */
export function writeCache(store: KeyValueStore, entry: CachedCatalog): boolean {
  try {
    store.set(KEY_PREFIX + entry.url, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** The cached catalog for a URL, checked, with when it was fetched; for showing something at once while a refresh runs. */
export function cachedCatalog(store: KeyValueStore, url: string): { catalog: Catalog; fetchedAt: string } | undefined {
  const entry = readCache(store, url);
  if (!entry) return undefined;
  const loaded = loadCatalog(entry.text, url);
  return loaded.ok ? { catalog: loaded.catalog, fetchedAt: entry.fetchedAt } : undefined;
}

/** "2026-11-25 06:14 UTC": a date the message can show whatever the user's locale. */
export function describeTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
