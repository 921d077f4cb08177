import { DEFAULT_COMPOSE_OPTIONS } from '../../src/compose/selection';
import { builtinCatalog } from '../../src/catalog/builtin';
import { levelView } from '../../src/catalog/query';
import {
  composeSelection,
  describeCount,
  effectivePicks,
  essentialResponsibilityIds,
  pickCount,
  placeholderLabel,
  placeholdersInUse,
} from '../../src/taskpane/state/derived';
import { readMapping, withRole } from '../../src/workflows/settings';
import { alreadyInserted, itemsInDocument } from '../../src/workflows/in-document';
import { insertQuestion } from '../../src/workflows/insert';
import { composeChecklist } from '../../src/compose/tables';
import { parseSectionTag } from '../../src/render/section-tag';
import { buildInsertion, houseStyle, insertedSummary } from '../../src/taskpane/state/pipeline';
import { filterView } from '../../src/taskpane/state/search-filter';
import {
  initialSelection,
  selectionReducer,
  type PaneSelection,
  type SelectionAction,
} from '../../src/taskpane/state/selection';
import { fakeSnapshot } from './fake-port';

const catalog = builtinCatalog('namss-jd-builder-2021');

function apply(...actions: SelectionAction[]): PaneSelection {
  return actions.reduce(selectionReducer, initialSelection(catalog.id, 'entry'));
}

describe('selection reducer and derived picks', () => {
  test('picks at another level are kept but do not count until that level is chosen again', () => {
    const entry = levelView(catalog, 'entry');
    const ids = entry.competencies[0].responsibilities.map((r) => r.id);
    const s1 = apply({ type: 'pick', group: 'responsibility', ids, on: true });
    expect(pickCount(effectivePicks(entry, s1, catalog))).toBe(ids.length);

    const s2 = selectionReducer(s1, { type: 'level', levelId: 'executive' });
    expect(pickCount(effectivePicks(levelView(catalog, 'executive'), s2, catalog))).toBe(0);

    const s3 = selectionReducer(s2, { type: 'level', levelId: 'entry' });
    expect(effectivePicks(entry, s3, catalog).responsibility).toEqual(ids);
  });

  test('unticking removes only the given ids; clear removes everything but placeholder values', () => {
    const view = levelView(catalog, 'entry');
    const ids = view.competencies[0].responsibilities.map((r) => r.id);
    let s = apply(
      { type: 'pick', group: 'responsibility', ids, on: true },
      { type: 'pick', group: 'responsibility', ids: [ids[0]], on: false },
      { type: 'placeholder', id: 'work-setting', value: 'Acme Hospital' },
    );
    expect(effectivePicks(view, s, catalog).responsibility).toEqual(ids.slice(1));
    s = selectionReducer(s, { type: 'clear' });
    expect(pickCount(effectivePicks(view, s, catalog))).toBe(0);
    expect(s.placeholderValues).toEqual({ 'work-setting': 'Acme Hospital' });
  });

  test('picks come out in catalog order whatever order they were ticked in', () => {
    const view = levelView(catalog, 'mid-career');
    const all = view.competencies.flatMap((c) => c.responsibilities.map((r) => r.id));
    const s = apply(
      { type: 'level', levelId: 'mid-career' },
      { type: 'pick', group: 'responsibility', ids: [...all].reverse(), on: true },
    );
    expect(effectivePicks(view, s, catalog).responsibility).toEqual(all);
  });

  test('the quick pick covers exactly the Very Essential and Essential competencies', () => {
    const view = levelView(catalog, 'entry');
    const ids = new Set(essentialResponsibilityIds(view));
    for (const c of view.competencies) {
      const expected = c.rating === 'very-essential' || c.rating === 'essential';
      for (const r of c.responsibilities) expect(ids.has(r.id)).toBe(expected);
    }
    expect(view.competencies.some((c) => c.rating === 'somewhat-essential')).toBe(true);
  });

  test('the count reads as words', () => {
    const view = levelView(catalog, 'entry');
    const s = apply(
      { type: 'pick', group: 'responsibility', ids: [view.competencies[0].responsibilities[0].id], on: true },
      { type: 'pick', group: 'skill', ids: view.skills.slice(0, 2).map((x) => x.id), on: true },
    );
    expect(describeCount(effectivePicks(view, s, catalog))).toBe('3 items selected: 1 responsibility, 2 skills');
    expect(describeCount(effectivePicks(view, apply(), catalog))).toBe('Nothing selected yet');
  });

  test('placeholders are asked for only when a picked item uses them', () => {
    const view = levelView(catalog, 'entry');
    const withToken = view.qualifications.find((q) => q.text.includes('[insert work setting]'));
    expect(withToken).toBeDefined();
    const none = effectivePicks(view, apply(), catalog);
    expect(placeholdersInUse(catalog, view, none)).toEqual([]);
    const s = apply({ type: 'pick', group: 'qualification', ids: [withToken!.id], on: true });
    const used = placeholdersInUse(catalog, view, effectivePicks(view, s, catalog));
    expect(used.map((p) => p.id)).toEqual(['work-setting']);
    expect(placeholderLabel(used[0])).toBe('Work setting');
    expect(
      placeholderLabel({ id: 'x', token: '[insert facility platform]', label: 'Facility database platform' }),
    ).toBe('Facility platform');
  });
});

describe('search filter', () => {
  test('keeps only matching items, with ranges pointing at the query in the original text', () => {
    const view = levelView(catalog, 'entry');
    const filtered = filterView(catalog, view, 'enrollment');
    expect(filtered.searching).toBe(true);
    expect(filtered.competencies.length).toBeGreaterThan(0);
    expect(filtered.competencies.length).toBeLessThan(view.competencies.length);
    for (const c of filtered.competencies) {
      const titleRanges = filtered.highlights.get(c.competency.id, 'title');
      for (const r of c.responsibilities) {
        const ranges = filtered.highlights.get(r.id, 'text');
        expect(titleRanges || ranges).toBeTruthy();
        for (const [start, end] of ranges ?? []) expect(r.text.slice(start, end).toLowerCase()).toBe('enrollment');
      }
    }
  });

  test('an empty query shows the whole level view', () => {
    const view = levelView(catalog, 'entry');
    const filtered = filterView(catalog, view, '   ');
    expect(filtered.searching).toBe(false);
    expect(filtered.competencies).toEqual(view.competencies);
  });
});

describe('pipeline glue', () => {
  test('snapshot + selection + mapping give a plan in the mapped styles and matching preview HTML', () => {
    const view = levelView(catalog, 'entry');
    const ids = view.competencies[0].responsibilities.slice(0, 2).map((r) => r.id);
    const s = apply({ type: 'pick', group: 'responsibility', ids, on: true });
    const styles = houseStyle(fakeSnapshot(), { sectionHeading: 'HouseHeading' });
    const { plan, model, previewHtml } = buildInsertion(
      catalog,
      composeSelection(s, effectivePicks(view, s, catalog)),
      styles.value,
      { jobId: 'job123' },
    );
    expect(plan.sections).toHaveLength(1);
    const [heading, , ...bullets] = plan.sections[0].content;
    expect(heading.kind === 'paragraph' && heading.style.id).toBe('HouseHeading');
    const texts = bullets.map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
    expect(texts).toEqual(view.competencies[0].responsibilities.slice(0, 2).map((r) => r.text));
    expect(previewHtml).toContain(view.competencies[0].competency.title.replace(/&/g, '&amp;'));
    expect(insertedSummary(model)).toBe('Inserted 1 section: 2 responsibilities.');
    expect(plan.sections.map((p) => parseSectionTag(p.tag)?.jobId)).toEqual(['job123']);
  });

  test('the inserted summary counts sections and items by kind in one line', () => {
    const view = levelView(catalog, 'entry');
    const withSkills = apply(
      {
        type: 'pick',
        group: 'responsibility',
        ids: view.competencies.flatMap((c) => c.responsibilities.map((r) => r.id)),
        on: true,
      },
      { type: 'pick', group: 'skill', ids: [catalog.skills[0].id], on: true },
    );
    const { model } = buildInsertion(
      catalog,
      composeSelection(withSkills, effectivePicks(view, withSkills, catalog)),
      houseStyle(undefined, {}).value,
    );
    const n = view.competencies.reduce((sum, c) => sum + c.responsibilities.length, 0);
    expect(insertedSummary(model)).toMatch(
      new RegExp(`^Inserted ${model.sections.length} sections: ${n} responsibilities, 1 skill\\.$`),
    );
  });

  test('without a snapshot detection falls back to built-ins rather than failing', () => {
    const styles = houseStyle(undefined, {});
    expect(styles.value.sectionHeading.style?.builtInKey).toBe('heading 2');
  });

  test('a stored mapping is read defensively and edited per role', () => {
    expect(readMapping('nonsense')).toEqual({});
    expect(readMapping({ body: 'JDBody', table: 42, nope: 'x', sectionHeading: '  ' })).toEqual({ body: 'JDBody' });
    expect(withRole({ body: 'A' }, 'body', '')).toEqual({});
    expect(withRole({}, 'table', 'TableGrid')).toEqual({ table: 'TableGrid' });
  });
});

describe('already in the document and the questions before inserting', () => {
  const tag = {
    catalogId: catalog.id,
    catalogVersion: catalog.version,
    levelId: 'entry',
    part: 'skills' as const,
    itemIds: ['communication'],
  };

  test('items are found by their section tags, for this catalog only', () => {
    const blocks = [
      { id: '1', title: 'Skills', tag, text: '' },
      { id: '2', title: 'Other', tag: { ...tag, catalogId: 'another', itemIds: ['analytical-thinking'] }, text: '' },
    ];
    const inDoc = itemsInDocument(blocks, catalog);
    expect([...inDoc]).toEqual(['communication']);
    const chosen = {
      catalogId: catalog.id,
      levelId: 'entry',
      qualificationIds: [],
      responsibilityIds: [],
      skillIds: ['communication', 'analytical-thinking'],
      placeholderValues: {},
      options: DEFAULT_COMPOSE_OPTIONS,
    };
    expect(alreadyInserted(chosen, inDoc)).toEqual(['communication']);
  });

  test('the insert workflow asks about duplicates first, then the selection mode; a table is not a duplicate', () => {
    const selected = fakeSnapshot({
      cursor: { location: 'body', collapsed: false, selectedText: 'x', inEmptyParagraph: false },
      blocks: [{ id: '1', title: 'Skills', tag, text: '' }],
    });
    const request = {
      catalog,
      mapping: {},
      selection: {
        catalogId: catalog.id,
        levelId: 'entry',
        qualificationIds: [],
        responsibilityIds: [],
        skillIds: ['communication'],
        placeholderValues: {},
        options: DEFAULT_COMPOSE_OPTIONS,
      },
    };
    expect(insertQuestion(selected, request, {})).toEqual({ kind: 'confirm-duplicates', count: 1 });
    expect(insertQuestion(selected, request, { duplicatesConfirmed: true })).toEqual({ kind: 'choose-mode' });
    expect(insertQuestion(selected, request, { duplicatesConfirmed: true, mode: 'after-selection' })).toBeUndefined();
    expect(insertQuestion(selected, { ...request, composer: composeChecklist }, {})).toEqual({ kind: 'choose-mode' });
    expect(insertQuestion(fakeSnapshot(), { ...request, selection: { ...request.selection, skillIds: [] } }, {})).toBe(
      undefined,
    );
  });
});
