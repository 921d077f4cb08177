/**
 * A profile file -> a profile whose selection fits a loaded catalog. Items the catalog no longer
 * has (or no longer offers at the profile's level) are left out and listed in a message, so an
 * older profile still opens after a catalog update; anything that makes the file unusable is an error.
 */
import { levelView } from '../catalog/query';
import type { Catalog } from '../catalog/types';
import {
  COMPOSE_PARTS,
  DEFAULT_COMPOSE_OPTIONS,
  type ComposeOptions,
  type ComposePart,
  type Selection,
} from '../compose/selection';
import { info, warning, type Message } from '../messages';
import { PROFILE_FORMAT, PROFILE_FORMAT_VERSION, type Profile } from './profile';

export type ProfileImportResult =
  { ok: true; profile: Profile; catalog: Catalog; messages: Message[] } | { ok: false; errors: string[] };

/** A profile is a few kilobytes; anything much larger is some other file. */
export const MAX_PROFILE_CHARS = 1024 * 1024;

const LISTED = 10;

type Json = Record<string, unknown>;

export function importProfile(text: string, catalogs: readonly Catalog[]): ProfileImportResult {
  const read = parseProfileFile(text);
  return read.ok ? fitProfile(read.profile, catalogs) : read;
}

/** A profile file's text -> its profile (not yet fitted to a catalog). */
export function parseProfileFile(text: string): { ok: true; profile: Profile } | { ok: false; errors: string[] } {
  if (text.length > MAX_PROFILE_CHARS)
    return fail('The file is too large to be a profile; expected a small .json file.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    return fail(`The file is not valid JSON (${(e as Error).message}); expected a profile exported by JD Builder.`);
  }
  return readProfileFile(data);
}

/** A parsed profile file (or a stored one) -> its profile, checking the format marker and every field. */
export function readProfileFile(data: unknown): { ok: true; profile: Profile } | { ok: false; errors: string[] } {
  if (!isObject(data) || data.format !== PROFILE_FORMAT) {
    return fail(`The file is not a JD Builder profile; expected "format": "${PROFILE_FORMAT}".`);
  }
  if (typeof data.formatVersion !== 'number' || data.formatVersion > PROFILE_FORMAT_VERSION) {
    return fail(
      `The profile was made by a newer version of JD Builder (format ${String(data.formatVersion)}); ` +
        `this version reads format ${PROFILE_FORMAT_VERSION}.`,
    );
  }
  const errors: string[] = [];
  const profile = readProfile(data.profile, errors);
  return profile ? { ok: true, profile } : { ok: false, errors };
}

/**
 * A profile made to fit the catalog it names among `catalogs`: items that catalog no longer offers
 * at the profile's level are left out and listed. Use it when applying a saved profile, too.
 */
export function fitProfile(profile: Profile, catalogs: readonly Catalog[]): ProfileImportResult {
  const catalog = catalogs.find((c) => c.id === profile.catalogId);
  if (!catalog) {
    return fail(
      `The profile "${profile.name}" is for the catalog "${profile.catalogId}", which is not loaded; ` +
        `load it first (loaded: ${catalogs.map((c) => c.id).join(', ') || 'none'}).`,
    );
  }
  const { selection } = profile;
  const level = catalog.levels.find((l) => l.id === selection.levelId);
  if (!level) {
    return fail(
      `The profile's level "${selection.levelId}" is not in the catalog "${catalog.id}"; ` +
        `expected one of: ${catalog.levels.map((l) => l.id).join(', ')}.`,
    );
  }
  const messages: Message[] = [];
  if (profile.catalogVersion !== catalog.version) {
    messages.push(
      info(
        'profile-catalog-version',
        `The profile was made with version ${profile.catalogVersion} of the catalog; version ${catalog.version} is loaded.`,
      ),
    );
  }
  let workSettingId = selection.workSettingId;
  if (workSettingId && !catalog.workSettings.some((w) => w.id === workSettingId)) {
    messages.push(
      warning(
        'profile-work-setting-missing',
        `The work setting "${workSettingId}" is no longer in the catalog; all settings are shown.`,
      ),
    );
    workSettingId = undefined;
  }
  const view = levelView(catalog, level.id, workSettingId);
  const missing: string[] = [];
  const keep = (ids: string[], offered: Set<string>) => {
    missing.push(...ids.filter((id) => !offered.has(id)));
    return ids.filter((id) => offered.has(id));
  };
  const fitted: Selection = {
    ...selection,
    catalogId: catalog.id,
    workSettingId,
    qualificationIds: keep(selection.qualificationIds, new Set(view.qualifications.map((q) => q.id))),
    responsibilityIds: keep(
      selection.responsibilityIds,
      new Set(view.competencies.flatMap((c) => c.responsibilities.map((r) => r.id))),
    ),
    skillIds: keep(selection.skillIds, new Set(view.skills.map((s) => s.id))),
  };
  if (!workSettingId) delete fitted.workSettingId;
  if (missing.length) {
    const listed = missing
      .slice(0, LISTED)
      .map((id) => `"${id}"`)
      .join(', ');
    const more = missing.length > LISTED ? ` and ${missing.length - LISTED} more` : '';
    messages.push(
      warning(
        'profile-items-missing',
        `${missing.length} item(s) of the profile are no longer in the catalog at level ${level.name} and were left out: ${listed}${more}.`,
      ),
    );
  }
  return { ok: true, profile: { ...profile, selection: fitted }, catalog, messages };
}

/** Checks the profile's shape, writing one error per wrong field; missing compose options take their defaults. */
function readProfile(value: unknown, errors: string[]): Profile | undefined {
  if (!isObject(value)) {
    errors.push('The file has no "profile" object.');
    return undefined;
  }
  const text = (obj: Json, field: string, where: string) => {
    const v = obj[field];
    if (typeof v === 'string' && v.trim()) return v;
    errors.push(`${where}"${field}" is missing or not text.`);
    return '';
  };
  const ids = (obj: Json, field: string) => {
    const v = obj[field] ?? [];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    errors.push(`In the selection, "${field}" must be a list of item ids.`);
    return [];
  };
  const name = text(value, 'name', 'The profile ');
  const catalogId = text(value, 'catalogId', 'The profile ');
  const catalogVersion = text(value, 'catalogVersion', 'The profile ');
  const createdAt = text(value, 'createdAt', 'The profile ');
  const s = value.selection;
  if (!isObject(s)) {
    errors.push('The profile has no "selection" object.');
    return undefined;
  }
  const levelId = text(s, 'levelId', 'In the selection, ');
  const placeholderValues = s.placeholderValues ?? {};
  if (!isObject(placeholderValues) || Object.values(placeholderValues).some((v) => typeof v !== 'string')) {
    errors.push('In the selection, "placeholderValues" must map placeholder ids to text.');
  }
  if (s.workSettingId !== undefined && typeof s.workSettingId !== 'string')
    errors.push('In the selection, "workSettingId" must be text.');
  if (s.includeSummary !== undefined && typeof s.includeSummary !== 'boolean') {
    errors.push('In the selection, "includeSummary" must be true or false.');
  }
  const selection: Selection = {
    catalogId,
    levelId,
    ...(typeof s.workSettingId === 'string' ? { workSettingId: s.workSettingId } : {}),
    ...(typeof s.includeSummary === 'boolean' ? { includeSummary: s.includeSummary } : {}),
    qualificationIds: ids(s, 'qualificationIds'),
    responsibilityIds: ids(s, 'responsibilityIds'),
    skillIds: ids(s, 'skillIds'),
    placeholderValues: placeholderValues as Record<string, string>,
    options: readOptions(s.options, errors),
  };
  return errors.length ? undefined : { name: name.trim(), catalogId, catalogVersion, createdAt, selection };
}

function readOptions(value: unknown, errors: string[]): ComposeOptions {
  const defaults = DEFAULT_COMPOSE_OPTIONS;
  if (value === undefined) return defaults;
  if (!isObject(value)) {
    errors.push('In the selection, "options" must be an object.');
    return defaults;
  }
  const headings = isObject(value.headings) ? value.headings : {};
  const heading = (key: keyof ComposeOptions['headings']) => {
    const v = headings[key];
    if (v === undefined) return defaults.headings[key];
    if (typeof v !== 'string') errors.push(`In the options, the heading "${key}" must be text.`);
    return String(v);
  };
  const layout = value.competencyLayout ?? defaults.competencyLayout;
  if (layout !== 'combined' && layout !== 'per-competency') {
    errors.push('In the options, "competencyLayout" must be "combined" or "per-competency".');
  }
  const essentiality = value.includeEssentiality ?? defaults.includeEssentiality;
  if (typeof essentiality !== 'boolean') errors.push('In the options, "includeEssentiality" must be true or false.');
  const partOrder = readPartOrder(value.partOrder, errors);
  return {
    includeEssentiality: essentiality === true,
    competencyLayout: layout === 'combined' ? 'combined' : 'per-competency',
    headings: {
      summary: heading('summary'),
      qualifications: heading('qualifications'),
      competencies: heading('competencies'),
      skills: heading('skills'),
    },
    ...(partOrder ? { partOrder } : {}),
  };
}

/** Each part once, in any order; absent means the builder's order. */
function readPartOrder(value: unknown, errors: string[]): ComposePart[] | undefined {
  if (value === undefined) return undefined;
  const parts = Array.isArray(value) ? value : [];
  if (parts.length !== COMPOSE_PARTS.length || COMPOSE_PARTS.some((p) => !parts.includes(p))) {
    errors.push(`In the options, "partOrder" must list each of ${COMPOSE_PARTS.join(', ')} once.`);
    return undefined;
  }
  return parts as ComposePart[];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): { ok: false; errors: string[] } {
  return { ok: false, errors: [message] };
}
