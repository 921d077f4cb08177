/**
 * The CLI's KeyValueStore for the central-catalog cache: one JSON file per key in a cache folder, so a catalog
 * fetched once from its https address still works offline in later runs. A damaged or foreign file reads as
 * no entry (the catalog is then fetched again); writes go through a temporary file and a rename, so a run
 * that is interrupted never leaves half a file behind.
 */
import { createHash, randomBytes } from 'crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { KeyValueStore } from '../catalog/remote/key-value-store';

/** JD_BUILDER_CACHE, else $XDG_CACHE_HOME/jd-builder, else ~/.cache/jd-builder. */
export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JD_BUILDER_CACHE) return env.JD_BUILDER_CACHE;
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'jd-builder');
}

interface Entry {
  key: string;
  value: string;
}

export function fileStore(folder: string): KeyValueStore {
  // Keys are URLs: hashed, they make safe file names of one length on every file system.
  const fileFor = (key: string) => path.join(folder, `${createHash('sha256').update(key).digest('hex')}.json`);
  return {
    get(key) {
      try {
        const entry = JSON.parse(readFileSync(fileFor(key), 'utf8')) as Partial<Entry>;
        return entry.key === key && typeof entry.value === 'string' ? entry.value : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const file = fileFor(key);
      const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      mkdirSync(folder, { recursive: true });
      try {
        writeFileSync(temporary, JSON.stringify({ key, value } satisfies Entry));
        renameSync(temporary, file);
      } catch (e) {
        rmSync(temporary, { force: true });
        throw e;
      }
    },
    remove(key) {
      rmSync(fileFor(key), { force: true });
    },
  };
}
