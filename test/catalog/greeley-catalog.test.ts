/** The Greeley sample catalog against the Greeley column's text: summary, every bullet, every qualification. */
import greeleyJson from '../../catalog/greeley-dmss-sample.json';
import namssJson from '../../catalog/namss-jd-builder-2021.json';
import { validateCatalog } from '../../src/catalog/load';
import type { Catalog } from '../../src/catalog/types';
import { parseGreeley, readSeed } from './seeds';

const text = readSeed('greeley-director-medical-staff-services-sample.txt');
const seed = parseGreeley(text);
const catalog = greeleyJson as unknown as Catalog;
const namss = namssJson as unknown as Catalog;
const LEVELS = ['managerial', 'executive'];

function corrected(itemId: string, line: string): string {
  return catalog.errata.filter((e) => e.itemId === itemId).reduce((t, e) => t.replace(e.original, e.corrected), line);
}
const folded = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

test('the catalog passes the loader with no messages', () => {
  const loaded = validateCatalog(greeleyJson, 'greeley-dmss-sample.json');
  expect(loaded.ok ? loaded.messages : loaded.errors).toEqual([]);
});

test('tied to the NAMSS Managerial and Executive levels (same ids and names), marked as not in the sample', () => {
  expect(catalog.levels.map((l) => l.id)).toEqual(LEVELS);
  for (const level of catalog.levels) {
    expect(namss.levels.find((l) => l.id === level.id)?.name).toBe(level.name);
    expect(level.notInSource).toBe(true);
    expect(text).not.toContain(level.name);
  }
});

test('summary is the source paragraph', () => {
  expect(catalog.summary?.text).toBe(seed.summary);
  expect(catalog.summary?.levels).toEqual(LEVELS);
});

test.each([
  ['Administration/Management', () => seed.administration, 6],
  ['Additional responsibilities', () => seed.additional, 5],
])('%s: every bullet of the source, in order, at both levels, unrated', (title, bullets, count) => {
  const competency = catalog.competencies.find((c) => c.title === title)!;
  expect(bullets()).toHaveLength(count);
  expect(Object.keys(competency.levels)).toEqual(LEVELS);
  for (const levelId of LEVELS) {
    const level = competency.levels[levelId];
    expect(level.rating).toBe('unrated');
    expect(level.responsibilities.map((r) => r.text)).toEqual(
      bullets().map((b, k) => corrected(level.responsibilities[k]?.id ?? '', b)),
    );
  }
});

test('qualifications: every listed quality is an ideal one, as the sample words it, and nothing else is', () => {
  expect(seed.qualificationPhrases).toHaveLength(5);
  expect(catalog.qualifications.slice(0, 5).map((q) => q.text)).toEqual(seed.qualificationPhrases);
  for (const q of catalog.qualifications) {
    expect(folded(text)).toContain(folded(q.text));
    expect(q.levels).toEqual(LEVELS);
    expect(q.qualifier).toBe('ideal');
  }
  // No job title: the sample states none as a qualification.
  expect(catalog.qualifications.some((q) => q.kind === 'job-title')).toBe(false);
  expect(catalog.qualifications.find((q) => q.kind === 'certification')?.text).toMatch(
    /^Certification \(as a CPMSM or CPCS\) shows/,
  );
  expect(
    catalog.qualifications.some(
      (q) => q.kind === 'knowledge' && q.text.startsWith('comprehensive expertise and knowledge'),
    ),
  ).toBe(true);
});

test('source metadata names the column, its author and The Greeley Company; no skills, no invented ratings', () => {
  expect(catalog.source).toMatchObject({ title: seed.title, author: seed.author, publisher: seed.publisher });
  expect(seed.publisher).toBe('The Greeley Company');
  expect(catalog.skills).toEqual([]);
});

test('the one change (the title re-cased) is recorded and traces to the source; wording stays as printed', () => {
  expect(catalog.errata).toEqual([
    expect.objectContaining({ itemId: catalog.summary?.id, original: 'director, medical staff services (DMSS)' }),
  ]);
  for (const e of catalog.errata) expect(text).toContain(e.original);
  expect(JSON.stringify(catalog.competencies)).toContain('implementation all');
});
