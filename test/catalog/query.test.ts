/** Level view, work-setting filter, search with highlight ranges, and lookups by id. */
import { builtinCatalog, builtinCatalogs, DEFAULT_CATALOG_ID } from '../../src/catalog/builtin';
import {
  appliesInSetting,
  findCompetency,
  findQualification,
  findResponsibility,
  findSkill,
  levelView,
  searchCatalog,
} from '../../src/catalog/query';
import type { Catalog } from '../../src/catalog/types';
import { generateCatalog } from '../support/generate-catalog';

const namss = builtinCatalog(DEFAULT_CATALOG_ID);
const greeley = builtinCatalog('greeley-dmss-sample');
const clone = (): Catalog => structuredClone(namss);
const LOCUM_LINE = 'Coordinate the contract process and underwriting of locum tenens practitioners';

describe('levelView', () => {
  test("a level's competencies carry that level's rating and responsibilities, in catalog order", () => {
    const view = levelView(namss, 'entry');
    expect(view.level?.name).toBe('Entry Level');
    expect(view.competencies.map((c) => c.competency.id)).toEqual(namss.competencies.map((c) => c.id));
    const psv = view.competencies[0];
    expect(psv.rating).toBe('very-essential');
    expect(psv.sourceRating).toBe('very-essential');
    expect(psv.responsibilities).toEqual(namss.competencies[0].levels.entry.responsibilities);
    expect(view.competencies.find((c) => c.competency.id === 'medical-staff-functions')?.rating).toBe(
      'somewhat-essential',
    );
  });

  test('a competency the source leaves out at a level is not in that level view', () => {
    const ids = levelView(namss, 'mid-career').competencies.map((c) => c.competency.id);
    expect(ids).toHaveLength(9);
    expect(ids).not.toContain('state-federal-compliance');
  });

  test("qualifications and skills of the level; the qualifications table's Management column is the managerial level", () => {
    const view = levelView(namss, 'managerial');
    expect(view.qualifications.filter((q) => q.kind === 'job-title').map((q) => q.text)).toEqual([
      'Manager',
      'Director',
    ]);
    expect(view.qualifications.every((q) => q.levels.includes('managerial'))).toBe(true);
    expect(view.skills).toHaveLength(27);
  });

  test('an unknown level gives an empty view, and a catalog without the level (Greeley, entry) too', () => {
    expect(levelView(namss, 'intern')).toEqual({ level: undefined, competencies: [], qualifications: [], skills: [] });
    const greeleyEntry = levelView(greeley, 'entry');
    expect(greeleyEntry.competencies).toEqual([]);
    expect(levelView(greeley, 'executive').competencies.map((c) => c.responsibilities.length)).toEqual([6, 5]);
  });

  test('work-setting filter: the locum tenens line shows without a setting and in locum tenens, not elsewhere', () => {
    const texts = (setting?: string) =>
      levelView(namss, 'entry', setting)
        .competencies.flatMap((c) => c.responsibilities)
        .map((r) => r.text);
    expect(texts()).toContain(LOCUM_LINE);
    expect(texts('locum-tenens')).toContain(LOCUM_LINE);
    expect(texts('provider-enrollment')).not.toContain(LOCUM_LINE);
    expect(texts('provider-enrollment')).toHaveLength(texts().length - 1);
    expect(appliesInSetting({ id: 'x', text: 'x' }, 'locum-tenens')).toBe(true);
  });

  test('work-setting notes apply in their setting: provider enrollment raises Primary Source Verification to at least Essential', () => {
    const catalog = clone();
    catalog.competencies[0].levels.executive.rating = 'somewhat-essential';
    const inEnrollment = levelView(catalog, 'executive', 'provider-enrollment').competencies[0];
    expect(inEnrollment).toMatchObject({ rating: 'essential', sourceRating: 'somewhat-essential' });
    expect(inEnrollment.notes.map((n) => n.effect)).toEqual(['essential-at-all-levels']);
    const elsewhere = levelView(catalog, 'executive', 'locum-tenens').competencies[0];
    expect(elsewhere).toMatchObject({ rating: 'somewhat-essential', notes: [] });
    // Very Essential is never lowered by an "essential at all levels" note.
    expect(levelView(namss, 'entry', 'provider-enrollment').competencies[0].rating).toBe('very-essential');
  });

  test('locum tenens: peer review carries its "not essential" note, rating left as the source gives it', () => {
    const peer = levelView(namss, 'mid-career', 'locum-tenens').competencies.find(
      (c) => c.competency.id === 'clinical-competency-peer-review',
    )!;
    expect(peer.notes.map((n) => n.effect)).toEqual(['not-essential']);
    expect(peer.rating).toBe('essential');
  });
});

describe('searchCatalog', () => {
  test('case-insensitive, every word must occur, ranges point at the original text', () => {
    const matches = searchCatalog(namss, 'PRIMARY outreach');
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) {
      const found = m.ranges.map(([s, e]) => m.text.slice(s, e).toLowerCase());
      expect(found).toEqual(expect.arrayContaining(['primary', 'outreach']));
      expect(found.every((f) => f === 'primary' || f === 'outreach')).toBe(true);
    }
    expect(matches[0]).toMatchObject({
      itemId: 'psv.entry.perform-outreach-primary-sources',
      kind: 'responsibility',
      field: 'text',
      competencyId: 'primary-source-verification',
      levelId: 'entry',
    });
    expect(searchCatalog(namss, 'primary zebra')).toEqual([]);
    expect(searchCatalog(namss, '   ')).toEqual([]);
  });

  test('finds competency titles, skill names and descriptions, and qualifications', () => {
    const kinds = (q: string) => new Set(searchCatalog(namss, q).map((m) => `${m.kind}.${m.field}`));
    expect(kinds('provider enrollment')).toEqual(
      new Set(['qualification.text', 'competency.title', 'responsibility.text', 'skill.description']),
    );
    expect(kinds('political savvy')).toEqual(new Set(['skill.name']));
    expect(kinds('CPCS')).toEqual(new Set(['qualification.text']));
    expect(searchCatalog(greeley, 'MSO governance')[0]).toMatchObject({ kind: 'responsibility' });
    expect(searchCatalog(greeley, 'leadership, management')[0]).toMatchObject({
      kind: 'summary',
      itemId: 'summary.director-medical-staff-services',
    });
  });

  test('a level limits the search to items offered at that level', () => {
    const all = searchCatalog(namss, 'privileges');
    const executive = searchCatalog(namss, 'privileges', 'executive');
    expect(executive.length).toBeGreaterThan(0);
    expect(executive.length).toBeLessThan(all.length);
    for (const m of executive.filter((x) => x.kind === 'responsibility')) expect(m.levelId).toBe('executive');
  });

  test('accent-insensitive both ways, with ranges covering the accented original (composed or decomposed)', () => {
    const catalog = clone();
    catalog.skills[0].description = 'Review the résumé at the Cafe\u0301 Zürich.';
    const [match] = searchCatalog(catalog, 'RESUME café zurich');
    expect(match.itemId).toBe('analytical-thinking');
    expect(match.ranges.map(([s, e]) => match.text.slice(s, e))).toEqual(['résumé', 'Cafe\u0301', 'Zürich']);
    expect(searchCatalog(catalog, 'RÉSUMÉ')).toHaveLength(1);
  });

  test('overlapping terms merge into one range', () => {
    const [match] = searchCatalog(namss, 'political savvy politic');
    expect(match.ranges.map(([s, e]) => match.text.slice(s, e))).toEqual(['Political', 'Savvy']);
  });

  test('search over a generated catalog finds its accented words', () => {
    const catalog = generateCatalog(2000);
    for (const [query, original] of [
      ['CAFE', 'café'],
      ['naive', 'naïve'],
    ]) {
      const matches = searchCatalog(catalog, query);
      expect(matches.length).toBeGreaterThan(0);
      for (const m of matches) expect(m.ranges.map(([s, e]) => m.text.slice(s, e))).toEqual([original]);
    }
  });
});

describe('lookups by id', () => {
  test('a responsibility with its competency and level; other kinds by id; wrong kind or unknown id gives undefined', () => {
    const ref = findResponsibility(namss, 'process.entry.coordinate-contract-process-underwriting');
    expect(ref?.competency.id).toBe('credentialing-privileging-process');
    expect(ref?.levelId).toBe('entry');
    expect(ref?.responsibility.text).toBe(LOCUM_LINE);
    expect(findResponsibility(namss, 'analytical-thinking')).toBeUndefined();
    expect(findResponsibility(namss, 'nope')).toBeUndefined();
    expect(findSkill(namss, 'analytical-thinking')?.name).toBe('Analytical Thinking');
    expect(findQualification(namss, 'entry.certification.cpcs-within-five-years')?.qualifier).toBe('within-five-years');
    expect(findCompetency(namss, 'data-management')?.title).toBe('Analyzes and Manages Data');
    expect(findCompetency(namss, 'psv.entry.perform-outreach-primary-sources')).toBeUndefined();
  });

  test('the same sentence at two levels has two ids', () => {
    const entry = findResponsibility(namss, 'psv.entry.perform-detailed-thorough-review');
    const mid = findResponsibility(namss, 'psv.mid-career.perform-detailed-thorough-review');
    expect(entry?.responsibility.text).toBe(mid?.responsibility.text);
    expect(entry?.levelId).not.toBe(mid?.levelId);
  });
});

test('built-in catalogs: both load, the default is NAMSS, an unknown id is a clear error', () => {
  expect(builtinCatalogs().map((c) => c.id)).toEqual(['namss-jd-builder-2021', 'greeley-dmss-sample']);
  expect(builtinCatalog()).toBe(namss);
  expect(() => builtinCatalog('acme')).toThrow(
    'No built-in catalog "acme"; expected one of: namss-jd-builder-2021, greeley-dmss-sample.',
  );
});
