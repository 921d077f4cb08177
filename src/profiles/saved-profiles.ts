/**
 * The user's saved profiles, kept in a string key-value store (localStorage in the pane) as one
 * list in the export format, so a stored profile is checked exactly like an imported file.
 * Saving a profile with the name of an existing one replaces it.
 */
import type { KeyValueStore } from '../catalog/remote/key-value-store';
import { profileFile, type Profile } from './profile';
import { readProfileFile } from './import-profile';

const KEY = 'jd-builder.profiles';

/** The saved profiles, by name; entries that no longer read as profiles are skipped, not fatal. */
export function savedProfiles(store: KeyValueStore): Profile[] {
  let raw: string | null | undefined;
  try {
    raw = store.get(KEY);
  } catch {
    return [];
  }
  let list: unknown;
  try {
    list = raw ? JSON.parse(raw) : [];
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    const read = readProfileFile(entry);
    return read.ok ? [read.profile] : [];
  });
}

/** The new list, or undefined when the store refused to save (e.g. localStorage is full). */
export function saveProfile(store: KeyValueStore, profile: Profile): Profile[] | undefined {
  const saved = { ...profile, name: profile.name.trim() };
  const others = savedProfiles(store).filter((p) => !sameName(p, saved.name));
  return write(
    store,
    [...others, saved].sort((a, b) => a.name.localeCompare(b.name)),
  );
}

export function removeProfile(store: KeyValueStore, name: string): Profile[] | undefined {
  return write(
    store,
    savedProfiles(store).filter((p) => !sameName(p, name)),
  );
}

function sameName(profile: Profile, name: string): boolean {
  return profile.name.trim().toLowerCase() === name.trim().toLowerCase();
}

function write(store: KeyValueStore, profiles: Profile[]): Profile[] | undefined {
  try {
    store.set(KEY, JSON.stringify(profiles.map(profileFile)));
    return profiles;
  } catch {
    return undefined;
  }
}
