import { builtinCatalog, builtinCatalogs } from '../../src/catalog/builtin';
import { levelView } from '../../src/catalog/query';
import type { Catalog } from '../../src/catalog/types';
import { compose } from '../../src/compose/compose';
import { DEFAULT_COMPOSE_OPTIONS, type Selection } from '../../src/compose/selection';
import { builtinProfiles } from '../../src/profiles/builtin';
import { importProfile } from '../../src/profiles/import-profile';
import { createProfile, exportProfile, profileFileName, type Profile } from '../../src/profiles/profile';

const namss = builtinCatalog('namss-jd-builder-2021');
const midCareer = levelView(namss, 'mid-career');

function midCareerSelection(): Selection {
  return {
    catalogId: namss.id,
    levelId: 'mid-career',
    workSettingId: namss.workSettings[0]?.id,
    qualificationIds: midCareer.qualifications.slice(0, 2).map((q) => q.id),
    responsibilityIds: midCareer.competencies.slice(0, 2).flatMap((c) => c.responsibilities.map((r) => r.id)),
    skillIds: midCareer.skills.slice(0, 3).map((s) => s.id),
    placeholderValues: { anything: 'Memorial Hospital' },
    options: { ...DEFAULT_COMPOSE_OPTIONS, includeEssentiality: true, competencyLayout: 'combined' },
  };
}

function imported(text: string, catalogs: readonly Catalog[] = builtinCatalogs()) {
  const r = importProfile(text, catalogs);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

function errorsOf(text: string, catalogs: readonly Catalog[] = builtinCatalogs()): string[] {
  const r = importProfile(text, catalogs);
  return r.ok ? [] : r.errors;
}

describe('profiles: export and import', () => {
  const profile = createProfile(
    '  Credentialing Coordinator – Mid-Career ',
    namss,
    midCareerSelection(),
    new Date('2026-11-25T06:00:00Z'),
  );

  it('round-trips a profile through its JSON file unchanged', () => {
    expect(profile.name).toBe('Credentialing Coordinator – Mid-Career');
    expect(profile).toMatchObject({
      catalogId: namss.id,
      catalogVersion: namss.version,
      createdAt: '2026-11-25T06:00:00.000Z',
    });
    const text = exportProfile(profile);
    expect(JSON.parse(text)).toMatchObject({ format: 'jd-builder-profile', formatVersion: 1 });
    const r = imported(text);
    expect(r.profile).toEqual(profile);
    expect(r.catalog).toBe(namss);
    expect(r.messages).toEqual([]);
    expect(profileFileName(profile)).toBe('credentialing-coordinator-mid-career.profile.json');
  });

  it('names a blank profile after the catalog and level', () => {
    expect(createProfile(' ', namss, midCareerSelection(), new Date()).name).toBe(`${namss.title} – Mid-Career`);
  });

  it('leaves out and lists items the catalog no longer offers, and notes a new catalog version', () => {
    const stale: Profile = {
      ...profile,
      catalogVersion: '2020.1',
      selection: {
        ...profile.selection,
        responsibilityIds: ['gone.one', ...profile.selection.responsibilityIds],
        skillIds: [...profile.selection.skillIds, 'gone.skill'],
      },
    };
    const r = imported(exportProfile(stale));
    expect(r.profile.selection.responsibilityIds).toEqual(profile.selection.responsibilityIds);
    expect(r.profile.selection.skillIds).toEqual(profile.selection.skillIds);
    expect(r.messages).toEqual([
      expect.objectContaining({ code: 'profile-catalog-version', text: expect.stringContaining('version 2020.1') }),
      {
        level: 'warning',
        code: 'profile-items-missing',
        text: '2 item(s) of the profile are no longer in the catalog at level Mid-Career and were left out: "gone.one", "gone.skill".',
      },
    ]);
  });

  it('refuses files that are not usable profiles, saying why', () => {
    expect(errorsOf('{oops')[0]).toMatch(/^The file is not valid JSON/);
    expect(errorsOf(JSON.stringify({ name: 'x' }))).toEqual([
      'The file is not a JD Builder profile; expected "format": "jd-builder-profile".',
    ]);
    expect(errorsOf(JSON.stringify({ format: 'jd-builder-profile', formatVersion: 2, profile: {} }))[0]).toMatch(
      /newer version of JD Builder \(format 2\)/,
    );
    const broken = JSON.parse(exportProfile(profile));
    broken.profile.name = '';
    broken.profile.selection.skillIds = 'all';
    broken.profile.selection.options.competencyLayout = 'sideways';
    expect(errorsOf(JSON.stringify(broken))).toEqual([
      'The profile "name" is missing or not text.',
      'In the selection, "skillIds" must be a list of item ids.',
      'In the options, "competencyLayout" must be "combined" or "per-competency".',
    ]);
    expect(errorsOf(exportProfile(profile), [builtinCatalog('greeley-dmss-sample')])).toEqual([
      `The profile "${profile.name}" is for the catalog "namss-jd-builder-2021", which is not loaded; load it first (loaded: greeley-dmss-sample).`,
    ]);
    const otherLevel = { ...profile, selection: { ...profile.selection, levelId: 'senior' } };
    expect(errorsOf(exportProfile(otherLevel))[0]).toMatch(/level "senior" is not in the catalog/);
    expect(errorsOf('x'.repeat(2 * 1024 * 1024))[0]).toMatch(/too large to be a profile/);
  });

  it('fills compose options a profile leaves out with the defaults', () => {
    const file = JSON.parse(exportProfile(profile));
    delete file.profile.selection.options;
    expect(imported(JSON.stringify(file)).profile.selection.options).toEqual(DEFAULT_COMPOSE_OPTIONS);
  });

  it("keeps a part order (the Greeley sample's own) through export and import, and refuses a broken one", () => {
    const [greeley] = builtinProfiles();
    expect(imported(exportProfile(greeley)).profile.selection.options.partOrder).toEqual([
      'summary',
      'competencies',
      'qualifications',
      'skills',
    ]);
    const file = JSON.parse(exportProfile(greeley));
    file.profile.selection.options.partOrder = ['summary', 'summary', 'skills', 'competencies'];
    expect(errorsOf(JSON.stringify(file))).toEqual([
      'In the options, "partOrder" must list each of summary, qualifications, competencies, skills once.',
    ]);
  });

  it('keeps hostile text in names and placeholder values as text', () => {
    const hostile = '<img src=x onerror=alert(1)>"';
    const p = { ...profile, name: hostile, selection: { ...profile.selection, placeholderValues: { x: hostile } } };
    const r = imported(exportProfile(p));
    expect(r.profile.name).toBe(hostile);
    expect(r.profile.selection.placeholderValues.x).toBe(hostile);
  });
});

describe('built-in profiles', () => {
  const [greeley] = builtinProfiles();
  const catalog = builtinCatalog('greeley-dmss-sample');

  it('ships the Greeley Director of Medical Staff Services with every item, its level named as our choice', () => {
    expect(greeley.name).toBe(
      "Director, Medical Staff Services – Greeley sample (level Managerial: our choice, not the sample's)",
    );
    expect(greeley.catalogId).toBe('greeley-dmss-sample');
    const view = levelView(catalog, 'managerial');
    expect(greeley.selection.responsibilityIds).toHaveLength(
      view.competencies.reduce((n, c) => n + c.responsibilities.length, 0),
    );
    expect(greeley.selection.qualificationIds).toEqual(catalog.qualifications.map((q) => q.id));
    expect(greeley.selection.includeSummary).toBe(true);
  });

  it("composes into the sample's parts, in the sample's order, under the sample's headings", () => {
    const { value, messages } = compose(catalog, greeley.selection);
    expect(messages.filter((m) => m.level !== 'info')).toEqual([]);
    expect(value.sections.map((s) => s.tag.part)).toEqual(['summary', 'competency', 'competency', 'qualifications']);
    const headings = value.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'heading');
    expect(headings.map((h) => h.kind === 'heading' && h.text)).toEqual([
      'Summary',
      'Major Responsibilities',
      'Administration/Management',
      'Additional responsibilities',
      'Ideal qualifications',
    ]);
    const table = value.sections[3].blocks.find((b) => b.kind === 'table');
    const labels = table?.kind === 'table' ? table.rows.map((r) => r.cells[0][0].text) : [];
    expect(labels).toContain('Work Experience');
    expect(labels.some((l) => l.startsWith('Minimum'))).toBe(false);
    for (const section of value.sections) expect(section.blocks.length).toBeGreaterThan(0);
    const itemIds = value.sections.flatMap((s) => s.tag.itemIds);
    for (const id of greeley.selection.responsibilityIds) expect(itemIds).toContain(id);
  });

  it('survives its own export and import', () => {
    expect(imported(exportProfile(greeley)).profile).toEqual(greeley);
  });
});
