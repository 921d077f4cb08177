/**
 * The NAMSS catalog against the NAMSS builder text, item by item: every responsibility line
 * under the right competency and level with the right essentiality (verbatim, or through its
 * erratum), every skill, every qualification cell, every note.
 */
import namssJson from '../../catalog/namss-jd-builder-2021.json';
import { validateCatalog } from '../../src/catalog/load';
import type { Catalog, Erratum, Qualification, QualificationKind } from '../../src/catalog/types';
import { parseNamss, readSeed } from './seeds';

const seed = parseNamss(readSeed('namss-tomorrows-msp-job-description-builder-2021.txt'));
// Content checks read the file as it is, so a loader failure does not hide them.
const catalog = namssJson as unknown as Catalog;

/** The source's line as the catalog should hold it: "*" marker gone, errata for the item applied. */
function corrected(itemId: string, line: string): string {
  return catalog.errata
    .filter((e: Erratum) => e.itemId === itemId)
    .reduce((text, e) => text.replace(e.original, e.corrected), line.replace(/\s*\*$/, ''));
}
const noteText = (line: string) => line.replace(/^\*\*/, '').replace(/\*$/, '');
const levelByName = (name: string) => catalog.levels.find((l) => l.name === name || l.aliases?.includes(name))!;

test('the catalog passes the loader with no messages', () => {
  const loaded = validateCatalog(namssJson, 'namss-jd-builder-2021.json');
  expect(loaded.ok ? loaded.messages : loaded.errors).toEqual([]);
});

test('four levels named as in the source, with years of experience from the qualifications table', () => {
  expect(catalog.levels.map((l) => l.name)).toEqual(seed.levelNames);
  expect(catalog.levels.map((l) => l.id)).toEqual(['entry', 'mid-career', 'managerial', 'executive']);
  const experience = seed.qualificationRows.get('Minimum Work Experience')!;
  for (const heading of seed.qualificationLevelHeadings) {
    const level = levelByName(heading);
    expect(level).toBeDefined();
    expect(experience.get(heading)!.startsWith(`${level.yearsOfExperience} years`)).toBe(true);
  }
});

test('10 competencies in the source order with its titles', () => {
  expect(seed.competencies).toHaveLength(10);
  expect(catalog.competencies.map((c) => c.title)).toEqual(seed.competencies.map((c) => c.title));
});

test('all 180 level-responsibility entries, in order, under the right competency and level', () => {
  let entries = 0;
  seed.competencies.forEach((sc, i) => {
    const competency = catalog.competencies[i];
    const seedLevels = sc.blocks.map((b) => levelByName(b.level).id);
    expect(Object.keys(competency.levels).sort()).toEqual([...seedLevels].sort());
    for (const block of sc.blocks) {
      const level = competency.levels[levelByName(block.level).id];
      expect({ competency: competency.id, level: block.level, rating: level.rating }).toEqual({
        competency: competency.id,
        level: block.level,
        rating: block.rating.toLowerCase().replace(/ /g, '-'),
      });
      expect(level.responsibilities.map((r) => r.text)).toEqual(
        block.lines.map((line, k) => corrected(level.responsibilities[k]?.id ?? '', line)),
      );
      entries += block.lines.length;
    }
  });
  expect(entries).toBe(180);
  const inCatalog = catalog.competencies.flatMap((c) => Object.values(c.levels)).flatMap((l) => l.responsibilities);
  expect(inCatalog).toHaveLength(180);
});

test('a level the source leaves out stays absent', () => {
  const compliance = catalog.competencies.find((c) => c.title.startsWith('Manages Compliance with State and Federal'))!;
  expect(compliance.levels['mid-career']).toBeUndefined();
});

test('"*" lines carry the source footnote; the locum tenens line is limited to that work setting', () => {
  seed.competencies.forEach((sc, i) => {
    const competency = catalog.competencies[i];
    const footnotes = sc.notes.filter((n) => n.startsWith('**')).map(noteText);
    for (const block of sc.blocks) {
      const level = competency.levels[levelByName(block.level).id];
      block.lines.forEach((line, k) => {
        const r = level.responsibilities[k];
        if (line.endsWith('*')) expect(footnotes).toContain(r.footnote);
        else expect(r.footnote).toBeUndefined();
        const locumOnly = r.footnote?.startsWith('Specific to positions with Locum Tenens') ?? false;
        expect(r.workSettings).toEqual(locumOnly ? ['locum-tenens'] : undefined);
      });
    }
  });
  const locum = catalog.competencies
    .flatMap((c) => Object.values(c.levels))
    .flatMap((l) => l.responsibilities)
    .filter((r) => r.workSettings);
  expect(locum.map((r) => r.text)).toEqual([
    'Coordinate the contract process and underwriting of locum tenens practitioners',
  ]);
});

test('every note in the source is a work-setting note or a footnote of its competency, and nothing else is', () => {
  seed.competencies.forEach((sc, i) => {
    const competency = catalog.competencies[i];
    const seedNotes = new Set(sc.notes.map(noteText));
    const footnotes = Object.values(competency.levels)
      .flatMap((l) => l.responsibilities.map((r) => r.footnote))
      .filter(Boolean);
    const notes = (competency.notes ?? []).map((n) => n.text);
    expect(new Set([...notes, ...footnotes])).toEqual(seedNotes);
  });
});

test('work-setting notes say in data what their sentence says', () => {
  const notes = [...catalog.competencies, ...catalog.skills].flatMap((x) => x.notes ?? []);
  expect(notes.length).toBeGreaterThan(0);
  for (const note of notes) {
    const setting = catalog.workSettings.find((w) => w.id === note.workSetting)!;
    expect(note.text.toLowerCase()).toContain(setting.name.toLowerCase());
    const expected = /not considered essential/i.test(note.text)
      ? 'not-essential'
      : /need to have knowledge/i.test(note.text)
        ? 'knowledge-required'
        : /considered essential/i.test(note.text)
          ? 'essential-at-all-levels'
          : 'specific-to-setting';
    expect({ note: note.id, effect: note.effect }).toEqual({ note: note.id, effect: expected });
  }
  const psv = catalog.competencies.find((c) => c.id === 'primary-source-verification')!;
  const enrollment = catalog.competencies.find((c) => c.title === 'Manages Provider Enrollment Process')!;
  for (const c of [psv, enrollment]) {
    expect(c.notes).toContainEqual(
      expect.objectContaining({ workSetting: 'provider-enrollment', effect: 'essential-at-all-levels' }),
    );
  }
});

test('27 knowledge/skillset entries with name and description, rated at all four levels (the rating lost)', () => {
  expect(seed.skills).toHaveLength(27);
  expect(catalog.skills.map((s) => s.name)).toEqual(seed.skills.map((s) => s.name));
  seed.skills.forEach((ss, i) => {
    const skill = catalog.skills[i];
    expect(ss.marks).toHaveLength(4);
    const [description, note] = ss.description.split(' *');
    expect(skill.description).toBe(corrected(skill.id, description));
    expect(skill.notes?.map((n) => n.text)).toEqual(note ? [note] : undefined);
    // A mark in every cell: the source rates each level; only the colour that said which rating is lost.
    expect(ss.marks.every((m) => m === '●')).toBe(true);
    expect(skill.ratings).toEqual({
      entry: 'rating-lost',
      'mid-career': 'rating-lost',
      managerial: 'rating-lost',
      executive: 'rating-lost',
    });
  });
});

const ROW_KINDS: Record<string, QualificationKind> = {
  'Potential Job Titles': 'job-title',
  'Minimum Education': 'education',
  'Minimum Work Experience': 'experience',
  'Required Certification': 'certification',
};
const QUALIFIER_TEXT: Record<string, string> = {
  preferred: ': Preferred',
  encouraged: ': Encouraged',
  'within-five-years': ': Within five years on the job',
};

test('every qualifications table cell is its level items, in order, with their qualifiers', () => {
  expect([...seed.qualificationRows.keys()]).toEqual(Object.keys(ROW_KINDS));
  for (const [label, cells] of seed.qualificationRows) {
    for (const [heading, cell] of cells) {
      const levelId = levelByName(heading).id;
      const items = catalog.qualifications.filter(
        (q: Qualification) => q.kind === ROW_KINDS[label] && q.levels.includes(levelId),
      );
      expect(items.length).toBeGreaterThan(0);
      const printed = items.map((q) => q.text + (QUALIFIER_TEXT[q.qualifier ?? ''] ?? '')).join(' ');
      expect({ label, heading, printed }).toEqual({ label, heading, printed: cell });
    }
  }
  const certifications = catalog.qualifications.filter((q) => q.kind === 'certification');
  expect(certifications.every((q) => q.qualifier !== undefined)).toBe(true);
  expect(certifications.find((q) => q.text === 'None')?.qualifier).toBe('none');
});

test('placeholders: every "[insert ...]" token in the source is declared and appears verbatim', () => {
  const text = readSeed('namss-tomorrows-msp-job-description-builder-2021.txt');
  const tokens = new Set(text.match(/\[insert [^\]]+\]/g));
  expect(new Set(catalog.placeholders.map((p) => p.token))).toEqual(tokens);
  const all = JSON.stringify([catalog.qualifications, catalog.skills]);
  for (const token of tokens) expect(all).toContain(token);
});

test('source metadata and the rating legend', () => {
  expect(catalog.source.date).toBe('2021-10');
  expect(seed.date).toBe('October 2021');
  const labels = seed.legend
    .split(/[●▲]/)
    .map((s) => s.trim())
    .filter(Boolean);
  expect(catalog.ratingLegend.map((e) => e.label)).toEqual(expect.arrayContaining(labels));
  expect(catalog.ratingLegend.find((e) => e.symbol === '▲')).toMatchObject({
    label: 'Very Essential for Locum Tenens',
    workSetting: 'locum-tenens',
  });
  expect(catalog.ratingLegend.find((e) => e.rating === 'rating-lost')?.label).toMatch(/^Rated in the source/);
});

test('each correction traces to the source', () => {
  const seedText = readSeed('namss-tomorrows-msp-job-description-builder-2021.txt');
  for (const e of catalog.errata) expect(seedText).toContain(e.original);
});

test('ids are unique across the catalog and readable', () => {
  const ids = [
    ...catalog.qualifications.map((q) => q.id),
    ...catalog.competencies.map((c) => c.id),
    ...catalog.competencies.flatMap((c) => Object.values(c.levels).flatMap((l) => l.responsibilities.map((r) => r.id))),
    ...catalog.skills.map((s) => s.id),
  ];
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9.-]{2,80}$/);
});
