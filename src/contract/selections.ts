/**
 * What the scenarios insert, and the blocks their starting documents already hold, built from the catalog
 * the way an insertion builds them (compose, then the plan rendered with Word's built-in styles), so a
 * fixture's block carries a real tag and fingerprint.
 */
import type { Catalog, Competency, Skill } from '../catalog/types';
import { DEFAULT_COMPOSE_OPTIONS, type Selection } from '../compose/selection';
import type { SectionCommand } from '../render/commands';
import { buildInsertion } from '../workflows/insert';
import { houseStyle } from '../workflows/house-style';
import type { FixtureBlock, FixtureControl } from './types';

export const LEVEL = 'entry';
export const OTHER_LEVEL = 'mid-career';

/** The catalog's first competency and first skill: what every insertion scenario picks. */
export function picked(catalog: Catalog): { competency: Competency; skill: Skill } {
  return { competency: catalog.competencies[0], skill: catalog.skills[0] };
}

/** Two responsibilities of the first competency at the entry level, and the first skill. */
export function smallSelection(catalog: Catalog): Selection {
  const { competency, skill } = picked(catalog);
  return {
    catalogId: catalog.id,
    levelId: LEVEL,
    qualificationIds: [],
    responsibilityIds: (competency.levels[LEVEL]?.responsibilities ?? []).slice(0, 2).map((r) => r.id),
    skillIds: [skill.id],
    placeholderValues: {},
    options: DEFAULT_COMPOSE_OPTIONS,
  };
}

/** Every responsibility of the first competency at the level (re-levelling such a block takes all at the new one). */
export function wholeCompetency(catalog: Catalog, levelId = LEVEL): Selection {
  const { competency } = picked(catalog);
  return {
    ...smallSelection(catalog),
    levelId,
    responsibilityIds: (competency.levels[levelId]?.responsibilities ?? []).map((r) => r.id),
    skillIds: [],
  };
}

/** The paragraphs smallSelection inserts, block by block (from the catalog's own texts). */
export function expectedBlocks(catalog: Catalog): string[][] {
  const { competency, skill } = picked(catalog);
  const [r1, r2] = competency.levels[LEVEL]?.responsibilities ?? [];
  return [
    [DEFAULT_COMPOSE_OPTIONS.headings.competencies, competency.title, r1.text, r2.text],
    [DEFAULT_COMPOSE_OPTIONS.headings.skills, `${skill.name}: ${skill.description}`],
  ];
}

/** The sections an insertion of `selection` makes, with Word's built-in styles (English ids). */
export function sectionsOf(catalog: Catalog, selection: Selection): SectionCommand[] {
  return buildInsertion(catalog, selection, houseStyle(undefined, {}).value).plan.sections;
}

/** A block already in the document: its paragraphs and its control, starting at paragraph `from`. */
export function blockFixture(
  section: SectionCommand,
  from: number,
  edit: (text: string, index: number) => Partial<{ text: string; deleted: string }> = () => ({}),
): { body: FixtureBlock[]; control: FixtureControl } {
  let paragraphs = 0;
  const body = section.content.map((c, i): FixtureBlock => {
    if (c.kind === 'table') {
      paragraphs += c.header.length + c.rows.flat().length;
      return { table: c.header.length ? [c.header, ...c.rows] : c.rows, ...(c.style ? { style: c.style.id } : {}) };
    }
    paragraphs++;
    const text = c.runs.map((r) => r.text).join('');
    return { text, style: c.style.id, ...(c.bullet ? { list: true } : {}), ...edit(text, i) };
  });
  return { body, control: { from, to: from + paragraphs - 1, title: section.title, tag: section.tag } };
}
