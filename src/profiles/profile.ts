/**
 * Saved role profiles: a named selection ("Credentialing Coordinator – Mid-Career") tied to the
 * catalog and catalog version it was made with, exported as a small versioned JSON file.
 */
import { slug } from '../catalog/import/ids';
import type { Catalog } from '../catalog/types';
import type { Selection } from '../compose/selection';

export interface Profile {
  name: string;
  catalogId: string;
  catalogVersion: string;
  selection: Selection;
  /** ISO time. */
  createdAt: string;
}

/** What a profile file says it is, so any other JSON is refused with a clear message. */
export const PROFILE_FORMAT = 'jd-builder-profile';
export const PROFILE_FORMAT_VERSION = 1;

export interface ProfileFile {
  format: typeof PROFILE_FORMAT;
  formatVersion: number;
  profile: Profile;
}

/** The current selection as a profile; a blank name becomes "<catalog> – <level>". */
export function createProfile(name: string, catalog: Catalog, selection: Selection, now: Date): Profile {
  const level = catalog.levels.find((l) => l.id === selection.levelId)?.name ?? selection.levelId;
  return {
    name: name.trim() || `${catalog.title} – ${level}`,
    catalogId: catalog.id,
    catalogVersion: catalog.version,
    selection: { ...selection, catalogId: catalog.id },
    createdAt: now.toISOString(),
  };
}

export function profileFile(profile: Profile): ProfileFile {
  return { format: PROFILE_FORMAT, formatVersion: PROFILE_FORMAT_VERSION, profile };
}

export function exportProfile(profile: Profile): string {
  return JSON.stringify(profileFile(profile), null, 2) + '\n';
}

/** "credentialing-coordinator-mid-career.profile.json": a file name for the download. */
export function profileFileName(profile: Profile): string {
  return `${slug(profile.name)}.profile.json`;
}
