/**
 * --profile: a saved role profile (a file exported from the pane, or a built-in profile by its id) as the
 * catalog and Selection for compose(). The file is checked as the pane checks it (readProfileFile,
 * fitProfile), with one difference: a profile naming items its catalog lacks is an error here, not a
 * warning, because a script should not quietly write a shorter job description than the profile asks for.
 */
import { readFile } from 'fs/promises';
import { builtinCatalogs } from '../catalog/builtin';
import { slug } from '../catalog/import/ids';
import type { Catalog } from '../catalog/types';
import type { Selection } from '../compose/selection';
import type { Message } from '../messages';
import { builtinProfiles } from '../profiles/builtin';
import { fitProfile, parseProfileFile } from '../profiles/import-profile';
import type { Profile } from '../profiles/profile';
import { catalogFromArg } from './catalog-source';
import { placeholderValues, type SelectionArgs } from './selection-args';

export class ProfileError extends Error {}

/** What --profile takes instead of the item choices; --fill, --essentiality, --combined and the grouping still apply on top. */
export interface ProfileArgs extends Pick<SelectionArgs, 'fills' | 'essentiality' | 'combined' | 'groups'> {
  /** A profile file, or a built-in profile's id. */
  profile: string;
}

/** Short ids to type for the built-in profiles (a profile has no id of its own), by the catalog each is made from. */
const SHORT_IDS: Record<string, string> = { 'greeley-dmss-sample': 'greeley' };

export interface BuiltinProfile {
  id: string;
  profile: Profile;
}

export function builtinProfileIds(): BuiltinProfile[] {
  return builtinProfiles().map((profile) => ({ id: SHORT_IDS[profile.catalogId] ?? slug(profile.name), profile }));
}

/** "greeley (Director, Medical Staff Services – Managerial)", for --help and error messages. */
export function describeBuiltinProfiles(): string {
  return builtinProfileIds()
    .map((b) => `${b.id} (${b.profile.name})`)
    .join(', ');
}

export interface ProfileSelection {
  profile: Profile;
  catalog: Catalog;
  selection: Selection;
  messages: Message[];
}

/** The profile's selection fitted to its catalog (built in, or --catalog FILE), with the command line's fills on top. */
export async function selectionFromProfile(
  args: ProfileArgs,
  catalogFile: string | undefined,
): Promise<ProfileSelection> {
  const profile = await findProfile(args.profile);
  const { catalogs, messages } = await loadedCatalogs(catalogFile);
  if (!catalogs.some((c) => c.id === profile.catalogId)) {
    throw new ProfileError(
      `The profile "${profile.name}" is for the catalog "${profile.catalogId}", which is not loaded ` +
        `(loaded: ${catalogs.map((c) => c.id).join(', ')}). Give that catalog's file with --catalog FILE.`,
    );
  }
  if (catalogFile !== undefined && catalogs[0].id !== profile.catalogId) {
    messages.push({
      level: 'warning',
      code: 'profile-catalog-unused',
      text: `The profile "${profile.name}" is for the catalog "${profile.catalogId}"; --catalog ${catalogFile} ("${catalogs[0].id}") is not used.`,
    });
  }
  const fitted = fitProfile(profile, catalogs);
  if (!fitted.ok) throw new ProfileError(`The profile "${profile.name}" cannot be used: ${fitted.errors.join(' ')}`);
  const { catalog } = fitted;
  const selection = fitted.profile.selection;
  refuseMissing(profile, selection, catalog);
  messages.push(...fitted.messages);
  return {
    profile,
    catalog,
    selection: {
      ...selection,
      // The command line wins over the values saved in the profile.
      placeholderValues: { ...selection.placeholderValues, ...placeholderValues(catalog, args.fills) },
      options: {
        ...selection.options,
        includeEssentiality: selection.options.includeEssentiality || args.essentiality,
        competencyLayout: args.combined ? 'combined' : selection.options.competencyLayout,
        ...(args.groups ? { essentialityGroups: args.groups } : {}),
      },
    },
    messages,
  };
}

/** A built-in id first (so the same command means the same thing in every folder; write ./greeley for a file so named). */
async function findProfile(arg: string): Promise<Profile> {
  const builtin = builtinProfileIds().find((b) => b.id === arg.trim().toLowerCase());
  if (builtin) return builtin.profile;
  let text: string;
  try {
    text = await readFile(arg, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ProfileError(
        `No profile "${arg}": there is no such file, and no built-in profile has that id. ` +
          `Built-in profiles: ${describeBuiltinProfiles()}.`,
      );
    }
    throw new ProfileError(
      `Cannot read the profile ${arg}: ${code === 'EISDIR' ? 'it is a folder' : (e as Error).message}.`,
    );
  }
  const read = parseProfileFile(text);
  if (!read.ok)
    throw new ProfileError(`The profile ${arg} is not usable:\n${read.errors.map((e) => `  ${e}`).join('\n')}`);
  return read.profile;
}

/** The built-in catalogs, with --catalog's catalog first (replacing a built-in one of the same id). */
async function loadedCatalogs(file: string | undefined): Promise<{ catalogs: Catalog[]; messages: Message[] }> {
  const builtin = builtinCatalogs();
  if (file === undefined) return { catalogs: builtin, messages: [] };
  const { catalog, messages } = await catalogFromArg(file);
  return { catalogs: [catalog, ...builtin.filter((c) => c.id !== catalog.id)], messages };
}

const LISTED = 10;

function listed(ids: string[]): string {
  const more = ids.length > LISTED ? ` and ${ids.length - LISTED} more` : '';
  return (
    ids
      .slice(0, LISTED)
      .map((id) => `"${id}"`)
      .join(', ') + more
  );
}

/** Items (or the work setting) that fitProfile had to leave out: named, and nothing is written. */
function refuseMissing(profile: Profile, fitted: Selection, catalog: Catalog): void {
  const saved = profile.selection;
  const kept = new Set([...fitted.qualificationIds, ...fitted.responsibilityIds, ...fitted.skillIds]);
  const missing = [...saved.qualificationIds, ...saved.responsibilityIds, ...saved.skillIds].filter(
    (id) => !kept.has(id),
  );
  const problems: string[] = [];
  if (saved.workSettingId && fitted.workSettingId !== saved.workSettingId)
    problems.push(`its work setting "${saved.workSettingId}"`);
  if (missing.length) problems.push(`${missing.length} item(s): ${listed(missing)}`);
  if (!problems.length) return;
  throw new ProfileError(
    `The profile "${profile.name}" names what the catalog "${catalog.id}" (version ${catalog.version}) ` +
      `does not have at level "${saved.levelId}": ${problems.join('; ')}. Nothing was written; ` +
      `update the profile in the pane (Apply, then save it again), or choose the items with --level and --select.`,
  );
}
