import { builtinCatalog } from '../../src/catalog/builtin';
import { compareLevels, plainWordDiff, wordDiff } from '../../src/catalog/compare-levels';
import type { Catalog } from '../../src/catalog/types';
import type { Block, BlockModel } from '../../src/compose/blocks';
import { compose } from '../../src/compose/compose';
import { DEFAULT_ESSENTIALITY_GROUPS } from '../../src/compose/selection';
import {
  CHECKLIST_HEADER,
  composeChecklist,
  composeComparison,
  composeMatrix,
  DEFAULT_ASSESSMENT_METHODS,
} from '../../src/compose/tables';
import { fixtureCatalog, fixtureSelection } from './fixture-catalog';

const namss = builtinCatalog();

function tableOf(model: BlockModel): Extract<Block, { kind: 'table' }> {
  const table = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error('no table');
  return table;
}
const text = (cell: { text: string }[]) => cell.map((r) => r.text).join('');

describe('composeMatrix', () => {
  it('has a row per NAMSS competency and a column per level, each cell its rating and count', () => {
    const model = composeMatrix(namss, 'entry');
    const table = tableOf(model);
    expect(table.header).toEqual(['Competency', 'Entry Level', 'Mid-Career', 'Managerial', 'Executive']);
    expect(table.rows).toHaveLength(10);
    const psv = table.rows.find((r) => r.itemId === 'primary-source-verification')!;
    const count = namss.competencies[0].levels.entry.responsibilities.length;
    expect(text(psv.cells[1])).toBe(`● Very Essential, ${count} responsibilities`);
    // Not at Mid-Career in the source.
    const compliance = table.rows.find((r) => r.itemId === 'state-federal-compliance')!;
    expect(text(compliance.cells[2])).toBe('Not listed at this level');
    expect(model.sections[0].tag).toMatchObject({ part: 'matrix', levelId: 'entry' });
  });

  it("takes an organization's own levels, however many", () => {
    const threeLevels: Catalog = {
      ...fixtureCatalog,
      levels: [...fixtureCatalog.levels, { id: 'lead', name: 'Lead' }],
    };
    const table = tableOf(composeMatrix(threeLevels, 'entry'));
    expect(table.header).toEqual(['Competency', 'Entry', 'Mid-Career', 'Lead']);
    const privileging = table.rows.find((r) => r.itemId === 'c-priv')!;
    // An unrated competency says so; no NAMSS rating is assumed.
    expect(text(privileging.cells[1])).toBe('Not rated, 1 responsibility');
    expect(text(privileging.cells[3])).toBe('Not listed at this level');
  });
});

describe('compareLevels', () => {
  it('lists the responsibilities Managerial adds to "Manages Departmental Operations"', () => {
    const result = compareLevels(namss, 'mid-career', 'managerial');
    if (!result.ok) throw new Error(result.error);
    const ops = result.value.competencies.find((c) => c.competency.id === 'departmental-operations')!;
    expect(ops.added.map((r) => r.id)).toEqual([
      'operations.managerial.implement-tools-policies-support',
      'operations.managerial.recruit-supervise-qualified-staff',
    ]);
    expect(ops.dropped).toEqual([]);
    // Counterparts reworded, not added and dropped: "Prepare and reviews" (another slug) and the audit duty's ending.
    expect(ops.reworded.map((r) => r.to.id)).toEqual([
      'operations.managerial.audit-assess-procure-implement',
      'operations.managerial.prepare-review-operational-budget',
    ]);
    expect(plainWordDiff(ops.reworded[1].words)).toContain('[-reviews-][+review+]');
    expect(plainWordDiff(ops.reworded[0].words)).toContain('[-as outlined -]by [+analyzing +]the');
    expect(ops.unchanged).toBe(1);
  });

  it('says a competency the first level does not list is added whole, with its rating change', () => {
    const result = compareLevels(namss, 'mid-career', 'managerial');
    if (!result.ok) throw new Error(result.error);
    const compliance = result.value.competencies.find((c) => c.competency.id === 'state-federal-compliance')!;
    expect(compliance.fromRating).toBeUndefined();
    expect(compliance.toRating).toBeDefined();
    expect(compliance.added.length).toBe(namss.competencies[5].levels.managerial.responsibilities.length);
  });

  it('refuses an unknown level by name, listing the levels', () => {
    const result = compareLevels(namss, 'mid-career', 'senior');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('no level "senior"') });
    if (!result.ok) expect(result.error).toContain('entry, mid-career, managerial, executive');
  });

  it('diffs words, keeping the shared ones', () => {
    expect(wordDiff('Audits files monthly.', 'Audits all files monthly.')).toEqual([
      { text: 'Audits ', change: 'same' },
      { text: 'all ', change: 'added' },
      { text: 'files monthly.', change: 'same' },
    ]);
  });
});

describe('composeComparison', () => {
  it('puts the changing competencies in a table titled with both levels', () => {
    const { value, messages } = composeComparison(namss, 'mid-career', 'managerial');
    expect(messages).toEqual([]);
    expect(value.sections[0].title).toBe('What changes from Mid-Career to Managerial');
    expect(value.sections[0].tag).toMatchObject({
      part: 'comparison',
      levelId: 'managerial',
      fromLevelId: 'mid-career',
    });
    const table = tableOf(value);
    expect(table.header).toEqual(['Competency', 'Rating', 'Added', 'Dropped', 'Reworded']);
    const ops = table.rows.find((r) => r.itemId === 'departmental-operations')!;
    expect(text(ops.cells[2])).toContain('Recruit and supervise qualified staff');
  });

  it('comes back empty with an error for an unknown level', () => {
    const { value, messages } = composeComparison(namss, 'nowhere', 'managerial');
    expect(value.sections).toEqual([]);
    expect(messages[0]).toMatchObject({ level: 'error', code: 'unknown-level' });
  });
});

describe('composeChecklist', () => {
  const picks = fixtureSelection({
    responsibilityIds: ['r-enr-1', 'r-cred-1', 'r-cred-2'],
    placeholderValues: { 'facility-platform': 'MD-Staff' },
  });

  it('has a row per pick under its competency and the five columns', () => {
    const { value } = composeChecklist(fixtureCatalog, picks, { jobTitle: 'Credentialing Specialist' });
    const section = value.sections[0];
    expect(section.title).toBe('Competency Checklist: Credentialing Specialist: Entry');
    expect(section.tag).toMatchObject({ part: 'checklist', itemIds: ['r-cred-1', 'r-cred-2', 'r-enr-1'] });
    const table = tableOf(value);
    expect(table.header).toEqual(CHECKLIST_HEADER);
    expect(table.rows.map((r) => (r.group ? `# ${text(r.cells[0])}` : text(r.cells[0])))).toEqual([
      '# Credentialing',
      'Verifies licenses.',
      'Uses MD-Staff daily.',
      '# Provider Enrollment',
      'Submits payer applications.',
    ]);
    expect(table.choices).toEqual({ column: 1, options: DEFAULT_ASSESSMENT_METHODS, prompt: 'Choose a method' });
    // The plain list of methods, for .docx and the preview.
    expect(text(table.rows[1].cells[1])).toBe(DEFAULT_ASSESSMENT_METHODS.join('\n'));
  });

  it("offers the catalog's own methods", () => {
    const own = { ...fixtureCatalog, assessmentMethods: ['Chart audit', 'Simulation'] };
    expect(tableOf(composeChecklist(own, picks).value).choices?.options).toEqual(['Chart audit', 'Simulation']);
  });

  it('is empty, with the reasons, when nothing is picked at the level', () => {
    const { value, messages } = composeChecklist(fixtureCatalog, fixtureSelection({ responsibilityIds: ['nope'] }));
    expect(value.sections).toEqual([]);
    expect(messages.map((m) => m.code)).toEqual(['unknown-item']);
  });
});

describe('group by essentiality', () => {
  const selection = fixtureSelection({
    responsibilityIds: ['r-cred-1', 'r-priv-1', 'r-enr-1'],
    options: { ...fixtureSelection().options, essentialityGroups: DEFAULT_ESSENTIALITY_GROUPS },
  });
  const headings = (model: BlockModel) =>
    model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));

  it('puts Very Essential and Essential under one heading, Somewhat Essential under the other', () => {
    const { value } = compose(fixtureCatalog, selection);
    // Privileging is unrated: nothing says it is marginal, so it stays with the essential functions.
    expect(headings(value)).toEqual([
      'Essential Functions',
      'Credentialing',
      'Privileging',
      'Other Duties',
      'Provider Enrollment',
    ]);
  });

  it('takes its own headings, in one combined section per group too', () => {
    const { value } = compose(fixtureCatalog, {
      ...selection,
      options: {
        ...selection.options,
        competencyLayout: 'combined',
        essentialityGroups: { essential: 'Essential Job Functions', other: 'Marginal Functions' },
      },
    });
    expect(value.sections.map((s) => s.title)).toEqual(['Essential Job Functions', 'Marginal Functions']);
    expect(value.sections[1].tag.itemIds).toEqual(['r-enr-1']);
  });

  it('leaves out a group with no competency', () => {
    const { value } = compose(fixtureCatalog, { ...selection, responsibilityIds: ['r-cred-1'] });
    expect(headings(value)).toEqual(['Essential Functions', 'Credentialing']);
  });
});
