import { compose, QUALIFICATION_TABLE_HEADER } from '../../src/compose/compose';
import type { Block, BlockModel } from '../../src/compose/blocks';
import { DEFAULT_COMPOSE_OPTIONS } from '../../src/compose/selection';
import { fixtureCatalog, fixtureSelection } from './fixture-catalog';

const everything = fixtureSelection({
  includeSummary: true,
  qualificationIds: ['q-exp', 'q-edu'],
  responsibilityIds: ['r-enr-1', 'r-cred-2', 'r-cred-1', 'r-priv-1'],
  skillIds: ['s-data', 's-comm'],
  placeholderValues: { 'work-setting': 'community hospital', 'facility-platform': 'MD-Staff' },
});

function blocksOf(model: BlockModel): Block[] {
  return model.sections.flatMap((s) => s.blocks);
}

function headings(model: BlockModel): string[] {
  return blocksOf(model).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
}

describe('compose', () => {
  it('orders summary, qualifications, competencies in catalog order, then skills', () => {
    const { value, messages } = compose(fixtureCatalog, everything);
    expect(messages).toEqual([]);
    expect(value.sections.map((s) => s.tag.part)).toEqual([
      'summary',
      'qualifications',
      'competency',
      'competency',
      'competency',
      'skills',
    ]);
    expect(headings(value)).toEqual([
      'Position Summary',
      'Qualifications',
      'Essential Functions and Responsibilities',
      'Credentialing',
      'Privileging',
      'Provider Enrollment',
      'Knowledge and Skills',
    ]);
    const bullets = blocksOf(value).flatMap((b) => (b.kind === 'bulletList' ? b.items.map((i) => i.itemId) : []));
    expect(bullets).toEqual(['r-cred-1', 'r-cred-2', 'r-priv-1', 'r-enr-1']);
    const skills = blocksOf(value).flatMap((b) => (b.kind === 'termList' ? b.items.map((i) => i.term) : []));
    expect(skills).toEqual(['Communication', 'Databases']);
  });

  it('leaves the summary out unless asked, and when the catalog has none', () => {
    expect(compose(fixtureCatalog, { ...everything, includeSummary: false }).value.sections[0].tag.part).toBe(
      'qualifications',
    );
    const { summary: _omit, ...noSummary } = fixtureCatalog;
    expect(compose(noSummary, everything).value.sections[0].tag.part).toBe('qualifications');
  });

  it('builds the qualifications table with kind labels and qualifiers', () => {
    const table = blocksOf(compose(fixtureCatalog, everything).value).find((b) => b.kind === 'table');
    expect(table).toBeDefined();
    if (table?.kind !== 'table') return;
    expect(table.header).toEqual(QUALIFICATION_TABLE_HEADER);
    const text = table.rows.map((r) => r.cells.map((c) => c.map((run) => run.text).join('')));
    expect(text).toEqual([
      ['Minimum Education', "Bachelor's Degree"],
      ['Minimum Work Experience', 'Experience in community hospital (Preferred)'],
    ]);
    expect(table.rows.map((r) => r.itemId)).toEqual(['q-edu', 'q-exp']);
  });

  it('tags every section with catalog, version, level, part, competency and item ids', () => {
    const { value } = compose(fixtureCatalog, everything);
    const cred = value.sections[2];
    expect(cred.tag).toEqual({
      catalogId: 'fixture',
      catalogVersion: '1.0.0',
      levelId: 'entry',
      part: 'competency',
      competencyId: 'c-cred',
      itemIds: ['r-cred-1', 'r-cred-2'],
    });
    expect(cred.title).toBe('Credentialing');
    expect(value.sections[5].tag.itemIds).toEqual(['s-comm', 's-data']);
  });

  it('puts all competencies in one section when the layout is combined', () => {
    const options = { ...DEFAULT_COMPOSE_OPTIONS, competencyLayout: 'combined' as const };
    const { value } = compose(fixtureCatalog, { ...everything, options });
    const competency = value.sections.filter((s) => s.tag.part === 'competency');
    expect(competency).toHaveLength(1);
    expect(competency[0].tag.competencyId).toBeUndefined();
    expect(competency[0].tag.itemIds).toEqual(['r-cred-1', 'r-cred-2', 'r-priv-1', 'r-enr-1']);
    expect(competency[0].blocks.map((b) => b.kind)).toEqual([
      'heading',
      'heading',
      'bulletList',
      'heading',
      'bulletList',
      'heading',
      'bulletList',
    ]);
  });

  it('adds essentiality labels only when asked, and none for unrated competencies', () => {
    const options = { ...DEFAULT_COMPOSE_OPTIONS, includeEssentiality: true };
    const labelled = headings(compose(fixtureCatalog, { ...everything, options }).value);
    expect(labelled).toContain('Credentialing (Very Essential)');
    expect(labelled).toContain('Privileging');
    expect(labelled).toContain('Provider Enrollment (Somewhat Essential)');
    const skills = blocksOf(compose(fixtureCatalog, { ...everything, options }).value).find(
      (b) => b.kind === 'termList',
    );
    expect(skills?.kind === 'termList' && skills.items.map((i) => i.term)).toEqual([
      'Communication (Essential)',
      'Databases (Very Essential)',
    ]);
    expect(headings(compose(fixtureCatalog, everything).value)).toContain('Credentialing');
  });

  it('uses the caller’s section headings', () => {
    const options = {
      ...DEFAULT_COMPOSE_OPTIONS,
      headings: { summary: 'S', qualifications: 'Q', competencies: 'C', skills: 'K' },
    };
    const model = compose(fixtureCatalog, { ...everything, options }).value;
    expect(headings(model).filter((h) => h.length === 1)).toEqual(['S', 'Q', 'C', 'K']);
    expect(model.sections[1].title).toBe('Q');
  });

  it('fills placeholders with the user’s values by id or token', () => {
    const byToken = compose(fixtureCatalog, {
      ...everything,
      placeholderValues: { '[insert work setting]': 'clinic', 'facility-platform': 'Cactus' },
    });
    const runs = blocksOf(byToken.value).flatMap((b) =>
      b.kind === 'bulletList' ? b.items.flatMap((i) => i.runs) : b.kind === 'paragraph' ? b.runs : [],
    );
    expect(runs.some((r) => r.placeholder)).toBe(false);
    expect(runs.map((r) => r.text)).toContain('Leads credentialing in the clinic.');
    expect(runs.map((r) => r.text)).toContain('Uses Cactus daily.');
    expect(byToken.messages).toEqual([]);
  });

  it('keeps unfilled placeholders as visible placeholder runs, with one warning per token', () => {
    const { value, messages } = compose(fixtureCatalog, { ...everything, placeholderValues: { 'work-setting': '  ' } });
    const item = blocksOf(value)
      .flatMap((b) => (b.kind === 'bulletList' ? b.items : []))
      .find((i) => i.itemId === 'r-cred-2');
    expect(item?.runs).toEqual([
      { text: 'Uses ' },
      { text: '[insert facility platform]', placeholder: true },
      { text: ' daily.' },
    ]);
    expect(messages.map((m) => [m.level, m.code])).toEqual([
      ['warning', 'placeholder-unfilled'],
      ['warning', 'placeholder-unfilled'],
    ]);
    expect(messages.map((m) => m.text).join(' ')).toContain('[insert work setting]');
  });

  it('marks undeclared "[insert ...]" tokens too', () => {
    const catalog = { ...fixtureCatalog, placeholders: [] };
    const { value } = compose(catalog, fixtureSelection({ responsibilityIds: ['r-cred-2'] }));
    const list = value.sections[0].blocks[2];
    expect(list.kind === 'bulletList' && list.items[0].runs[1]).toEqual({
      text: '[insert facility platform]',
      placeholder: true,
    });
  });

  it('skips unknown ids and responsibilities of another level with a warning each', () => {
    const { value, messages } = compose(
      fixtureCatalog,
      fixtureSelection({
        responsibilityIds: ['r-cred-1', 'nope', 'r-cred-mid'],
        skillIds: ['ghost'],
        qualificationIds: ['q-none'],
      }),
    );
    expect(value.sections.map((s) => s.tag.itemIds)).toEqual([['r-cred-1']]);
    expect(messages.map((m) => m.code).sort()).toEqual([
      'item-not-at-level',
      'unknown-item',
      'unknown-item',
      'unknown-item',
    ]);
    expect(messages.find((m) => m.code === 'item-not-at-level')?.text).toContain('r-cred-mid');
  });

  it('warns about an unknown level and a selection made for another catalog', () => {
    const { value, messages } = compose(fixtureCatalog, fixtureSelection({ levelId: 'galactic', catalogId: 'other' }));
    expect(value.sections).toEqual([]);
    expect(messages.map((m) => m.code)).toEqual(['catalog-mismatch', 'unknown-level']);
  });

  it('gives an empty model for an empty selection', () => {
    expect(compose(fixtureCatalog, fixtureSelection())).toEqual({ value: { sections: [] }, messages: [] });
  });
});
