/**
 * A tiny string key-value interface: the pane backs it with localStorage, tests with a Map.
 * Kept apart from the cache so the pane's first load does not bring the catalog validator.
 */
export interface KeyValueStore {
  get(key: string): string | null | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** The pane's store: window.localStorage (or sessionStorage) behind the KeyValueStore interface. */
export function webStorageStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): KeyValueStore {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
  };
}
