/**
 * Catalog honesty: every string a catalog shows as the source's either occurs in its source verbatim
 * (white space aside) or is listed in errata with the original text that does; what a catalog adds
 * (a level or setting the source does not state) is marked notInSource. One rule for typos: misspelt and
 * doubled words are corrected (and listed); wording is kept as printed, even where it reads oddly.
 */
import greeleyJson from '../../catalog/greeley-dmss-sample.json';
import namssJson from '../../catalog/namss-jd-builder-2021.json';
import type { Catalog } from '../../src/catalog/types';
import { readSeed } from './seeds';

interface SourceString {
  itemId: string;
  field: string;
  text: string;
}

/** Every string the catalog presents as its source's words, with the id its errata would name. */
function sourceStrings(catalog: Catalog): SourceString[] {
  const out: SourceString[] = [];
  const add = (itemId: string, field: string, text: string | undefined) => {
    if (text !== undefined) out.push({ itemId, field, text });
  };
  for (const l of catalog.levels.filter((l) => !l.notInSource)) {
    add(l.id, 'name', l.name);
    for (const alias of l.aliases ?? []) add(l.id, 'alias', alias);
    add(l.id, 'yearsOfExperience', l.yearsOfExperience);
  }
  for (const w of catalog.workSettings.filter((w) => !w.notInSource)) add(w.id, 'name', w.name);
  for (const p of catalog.placeholders) add(p.id, 'token', p.token);
  for (const e of catalog.ratingLegend.filter((e) => e.symbol)) add(e.rating, 'legend', e.label);
  if (catalog.summary) {
    add(catalog.summary.id, 'title', catalog.summary.title);
    add(catalog.summary.id, 'text', catalog.summary.text);
  }
  for (const q of catalog.qualifications) add(q.id, 'text', q.text);
  for (const c of catalog.competencies) {
    add(c.id, 'title', c.title);
    for (const n of c.notes ?? []) add(n.id, 'note', n.text);
    for (const r of Object.values(c.levels).flatMap((l) => l.responsibilities)) {
      add(r.id, 'text', r.text);
      add(r.id, 'footnote', r.footnote);
    }
  }
  for (const s of catalog.skills) {
    add(s.id, 'name', s.name);
    add(s.id, 'description', s.description);
    for (const n of s.notes ?? []) add(n.id, 'note', n.text);
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The source with the item's errata applied: the catalog string must occur in it. */
function correctedSource(catalog: Catalog, source: string, itemId: string): string {
  return catalog.errata
    .filter((e) => e.itemId === itemId)
    .reduce((text, e) => text.split(squash(e.original)).join(squash(e.corrected)), source);
}

const CATALOGS: [string, Catalog, string][] = [
  ['NAMSS', namssJson as unknown as Catalog, 'namss-tomorrows-msp-job-description-builder-2021.txt'],
  ['Greeley', greeleyJson as unknown as Catalog, 'greeley-director-medical-staff-services-sample.txt'],
];

describe.each(CATALOGS)('%s catalog against its source', (_name, catalog, seedFile) => {
  const source = squash(readSeed(seedFile).replace(/\u00a0/g, ' '));

  test('every string occurs in the source verbatim, or its errata give the original that does', () => {
    const strings = sourceStrings(catalog);
    expect(strings.length).toBeGreaterThan(10);
    const untraced = strings.filter((s) => !correctedSource(catalog, source, s.itemId).includes(squash(s.text)));
    expect(untraced).toEqual([]);
  });

  test('every erratum names an item whose text it changed, and its original occurs in the source', () => {
    const strings = sourceStrings(catalog);
    for (const e of catalog.errata) {
      expect({ erratum: e, inSource: source.includes(squash(e.original)) }).toEqual({ erratum: e, inSource: true });
      const changed = strings.some((s) => s.itemId === e.itemId && s.text.includes(e.corrected));
      expect({ erratum: e, changed }).toEqual({ erratum: e, changed: true });
    }
  });
});

test('the rule for typos: misspelt and doubled words corrected and listed, wording kept as printed', () => {
  const namss = namssJson as unknown as Catalog;
  const seed = readSeed('namss-tomorrows-msp-job-description-builder-2021.txt');
  const text = JSON.stringify([namss.competencies, namss.skills, namss.qualifications]);
  for (const misspelt of ['the the ', 'actionionable', 'liason', 'techincal staf,', "practioners'"]) {
    expect(seed).toContain(misspelt);
    expect(text).not.toContain(misspelt);
  }
  expect(namss.errata.map((e) => e.original).sort()).toEqual(
    ['actionionable', 'liason', "practioners'", 'techincal staf', 'the the'].sort(),
  );
  // Wording slips of one kind, all left as the source prints them.
  for (const wording of [
    'Oversee the process requests for privileges.',
    'Prepare and reviews operational budget',
    'to inform recommend action by organizational leadership.',
    'providing responses in a timely matter.',
  ]) {
    expect(seed).toContain(wording);
    expect(text).toContain(wording);
  }
  const greeley = greeleyJson as unknown as Catalog;
  expect(JSON.stringify(greeley.competencies)).toContain('Coordinates implementation all approved programs');
});

test('levels, years and work settings: the source states them, or the catalog marks them as added', () => {
  const [namss, greeley] = CATALOGS.map(([, c]) => c);
  expect(namss.workSettings.map((w) => w.name)).toEqual(['Provider Enrollment', 'Locum Tenens']);
  expect(namss.levels.every((l) => !l.notInSource && l.yearsOfExperience)).toBe(true);
  // The Greeley sample names no level, no years and no work setting.
  expect(greeley.levels.map((l) => [l.id, l.notInSource, l.yearsOfExperience])).toEqual([
    ['managerial', true, undefined],
    ['executive', true, undefined],
  ]);
  expect(greeley.workSettings).toEqual([]);
});

test('NAMSS skill ratings: rated in the source, the rating lost from its text, and labelled so', () => {
  const namss = namssJson as unknown as Catalog;
  expect(new Set(namss.skills.flatMap((s) => Object.values(s.ratings)))).toEqual(new Set(['rating-lost']));
  expect(namss.ratingLegend.find((e) => e.rating === 'rating-lost')?.label).toBe(
    'Rated in the source; the rating is not recoverable from its text',
  );
  expect(namss.ratingLegend.some((e) => e.rating === 'unrated')).toBe(false);
});

test('Greeley qualifications are the ideal ones, worded as the sample words them', () => {
  const greeley = greeleyJson as unknown as Catalog;
  expect(greeley.qualifications.map((q) => q.qualifier)).toEqual(greeley.qualifications.map(() => 'ideal'));
  expect(greeley.qualifications.map((q) => q.text).slice(0, 5)).toEqual([
    'management experience',
    'communication skills',
    'critical thinking and analytical skills',
    'ability to work strategically',
    'experience in database management',
  ]);
});
