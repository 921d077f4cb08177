/** KeyValueStore doubles: a Map the test can inspect, and a store that refuses every write (a full localStorage). */
import type { KeyValueStore } from '../../src/catalog/remote/key-value-store';

export function mapStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: (k) => map.get(k), set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
}

export function refusingStore(): KeyValueStore {
  const refuse = () => {
    throw new Error('QuotaExceededError');
  };
  return { get: () => null, set: refuse, remove: refuse };
}
