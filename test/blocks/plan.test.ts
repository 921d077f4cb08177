import { detectEdits, needsConfirmation } from '../../src/blocks/edits';
import { diffLines, lostLines } from '../../src/blocks/line-diff';
import { planRefresh, planRelevel } from '../../src/blocks/plan';
import type { Catalog } from '../../src/catalog/types';
import { resolveSectionItems } from '../../src/render/section-tag';
import { canonicalText, sectionLines } from '../../src/render/section-text';
import { compose } from '../../src/compose/compose';
import { withPartHeading } from '../../src/compose/part-heading';
import { inserted, insertedBlocks, namss, responsibilities, selection } from './support';

const PEP = 'provider-enrollment-process';

function planned(result: ReturnType<typeof planRelevel>) {
  if (!result.ok) throw new Error(result.message.text);
  return result.plan;
}

describe('edit detection', () => {
  const [block] = insertedBlocks(selection('entry', { responsibilityIds: responsibilities(PEP, 'entry') }));

  test('a block as inserted is unchanged; any typed change makes it edited', () => {
    expect(detectEdits(block)).toBe('unchanged');
    expect(detectEdits({ ...block, text: block.text.replace('provider', 'supplier') })).toBe('edited');
    expect(detectEdits({ ...block, text: `${block.text}\nMy own note` })).toBe('edited');
    expect(needsConfirmation({ ...block, text: block.text.slice(1) })).toBe(true);
  });

  test('a tag without fingerprint (first format) cannot be vouched for', () => {
    const { fingerprint: _f, ...old } = block.tag;
    expect(detectEdits({ ...block, tag: old })).toBe('unknown');
    expect(needsConfirmation({ ...block, tag: old })).toBe(true);
  });

  test('the fingerprint is stable across compose runs and catalogs loaded again', () => {
    const again = insertedBlocks(selection('entry', { responsibilityIds: responsibilities(PEP, 'entry') }))[0];
    expect(again.tag.fingerprint).toBe(block.tag.fingerprint);
  });
});

describe('line diff', () => {
  test('same, changed, removed and added lines, in order', () => {
    expect(diffLines(['H', 'a', 'b', 'c'], ['H', 'a2', 'c', 'd'])).toEqual([
      { kind: 'same', text: 'H' },
      { kind: 'changed', old: 'a', new: 'a2' },
      { kind: 'removed', old: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', new: 'd' },
    ]);
    expect(lostLines(diffLines(['x', 'y'], []))).toEqual(['x', 'y']);
  });
});

describe('re-level', () => {
  test('a whole competency at entry becomes the whole competency at mid-career, heading kept', () => {
    const [block] = insertedBlocks(selection('entry', { responsibilityIds: responsibilities(PEP, 'entry') }));
    const plan = planned(planRelevel(namss, block, 'mid-career'));
    expect(plan.section.tag).toMatchObject({ levelId: 'mid-career', competencyId: PEP, part: 'competency' });
    expect(plan.section.tag.itemIds).toEqual(responsibilities(PEP, 'mid-career'));
    const lines = canonicalText(sectionLines(plan.section.blocks)).split('\n');
    expect(lines[0]).toBe(block.text.split('\n')[0]);
    expect(plan.changes.some((c) => c.kind === 'same' && c.text === lines[0])).toBe(true);
    expect(plan.edits).toBe('unchanged');
  });

  test('some responsibilities: carried to their counterparts (same id apart from the level); the rest named', () => {
    const entry = responsibilities(PEP, 'entry');
    const held = entry.filter((id) => /gather-perform|recognize-potential|perform-tracking/.test(id));
    const [block] = insertedBlocks(selection('entry', { responsibilityIds: held }));
    const plan = planned(planRelevel(namss, block, 'mid-career'));
    expect(plan.section.tag.itemIds).toEqual(
      responsibilities(PEP, 'mid-career').filter((id) => /gather-perform|recognize-potential/.test(id)),
    );
    expect(plan.section.tag.itemIds).toHaveLength(2);
    expect(plan.messages.map((m) => m.code)).toEqual(['item-not-at-level']);
  });

  test('no counterpart at all: every responsibility of the new level, and a message', () => {
    const held = responsibilities(PEP, 'entry').filter((id) => id.endsWith('perform-tracking-follow-up'));
    const [block] = insertedBlocks(selection('entry', { responsibilityIds: held }));
    const plan = planned(planRelevel(namss, block, 'managerial'));
    expect(plan.section.tag.itemIds).toEqual(responsibilities(PEP, 'managerial'));
    expect(plan.messages.map((m) => m.code)).toContain('relevel-all');
  });

  test('a second competency block (no part heading) gets none; essentiality labels are kept', () => {
    const ids = [...responsibilities('data-management', 'entry'), ...responsibilities(PEP, 'entry')];
    const sel = selection('entry', { responsibilityIds: ids });
    const blocks = insertedBlocks({ ...sel, options: { ...sel.options, includeEssentiality: true } });
    const second = blocks[1];
    expect(second.text.split('\n')[0]).toMatch(/ \((Very Essential|Essential|Somewhat Essential)\)$/);
    const plan = planned(planRelevel(namss, second, 'mid-career'));
    const lines = canonicalText(sectionLines(plan.section.blocks)).split('\n');
    expect(lines[0]).toMatch(/\(.*Essential\)$/);
    expect(plan.section.blocks.filter((b) => b.kind === 'heading')).toHaveLength(1);
  });

  test('a block inserted without its part heading (under the document’s own) is rebuilt without one', () => {
    const entryQ = namss.qualifications.filter((q) => q.levels.includes('entry')).map((q) => q.id);
    const all = namss.competencies.flatMap((c) => c.levels.entry?.responsibilities.map((r) => r.id) ?? []);
    const sel = selection('entry', { qualificationIds: entryQ });
    const combined = selection('entry', { responsibilityIds: all.slice(0, 6) });
    const headless = (s: typeof sel) => {
      const model = withPartHeading(compose(namss, s).value, 'never', true);
      return inserted(model.sections[0]);
    };
    for (const block of [
      headless(sel),
      headless({ ...combined, options: { ...combined.options, competencyLayout: 'combined' } }),
    ]) {
      expect(block.text.split('\n')[0]).not.toMatch(/^(Qualifications|Essential Functions)/);
      const refreshed = planned(planRefresh(namss, block));
      expect(refreshed.changes.every((c) => c.kind === 'same')).toBe(true);
      const relevelled = planned(planRelevel(namss, block, 'executive'));
      expect(relevelled.section.blocks[0]).not.toMatchObject({ kind: 'heading', role: 'sectionHeading' });
    }
    // With its heading, the block keeps it (renamed, as the block shows it).
    const [withHeading] = insertedBlocks(sel);
    const renamed = { ...withHeading, text: withHeading.text.replace(/^[^\n]*/, 'What you bring') };
    expect(planned(planRelevel(namss, renamed, 'executive')).section.blocks[0]).toEqual({
      kind: 'heading',
      role: 'sectionHeading',
      text: 'What you bring',
    });
  });

  test('qualifications: all at the old level become all at the new one; skills keep their items', () => {
    const entryQ = namss.qualifications.filter((q) => q.levels.includes('entry')).map((q) => q.id);
    const skills = namss.skills.slice(0, 3).map((s) => s.id);
    const [quals, skillBlock] = insertedBlocks(selection('entry', { qualificationIds: entryQ, skillIds: skills }));
    expect(planned(planRelevel(namss, quals, 'executive')).section.tag.itemIds).toEqual(
      namss.qualifications.filter((q) => q.levels.includes('executive')).map((q) => q.id),
    );
    const plan = planned(planRelevel(namss, skillBlock, 'executive'));
    expect(plan.section.tag).toMatchObject({ levelId: 'executive', itemIds: skills });
  });

  test('clear refusals: unknown level, another catalog', () => {
    const [block] = insertedBlocks(selection('entry', { responsibilityIds: responsibilities(PEP, 'entry') }));
    const bad = planRelevel(namss, block, 'intern');
    expect(!bad.ok && bad.message).toMatchObject({ level: 'error', code: 'unknown-level' });
    const other = planRelevel({ ...namss, id: 'acme' }, block, 'mid-career');
    expect(!other.ok && other.message.code).toBe('catalog-mismatch');
  });
});

describe('what the block text tells', () => {
  test('placeholder values filled in at insertion are kept by a rebuild', () => {
    const entryQ = namss.qualifications.filter((q) => q.levels.includes('entry')).map((q) => q.id);
    const sel = selection('entry', {
      qualificationIds: entryQ,
      placeholderValues: { 'work-setting': 'Valley Hospital' },
    });
    const [block] = insertedBlocks(sel);
    expect(block.text).toContain('Valley Hospital');
    const plan = planned(planRefresh(namss, block));
    expect(plan.changes.every((c) => c.kind === 'same')).toBe(true);
    const relevelled = planned(planRelevel(namss, block, 'mid-career'));
    const text = canonicalText(sectionLines(relevelled.section.blocks));
    expect(text).not.toContain('[insert work setting]');
    expect(text).toContain('Valley Hospital');
  });

  test('a combined block with more items than its tag holds keeps every item', () => {
    const all = namss.competencies.flatMap((c) => c.levels.entry?.responsibilities.map((r) => r.id) ?? []);
    const sel = selection('entry', { responsibilityIds: all });
    const [block] = insertedBlocks({ ...sel, options: { ...sel.options, competencyLayout: 'combined' } });
    expect(block.tag.truncated).toBe(true);
    const plan = planned(planRefresh(namss, block));
    expect(plan.section.tag.itemIds).toEqual(all);
    expect(plan.changes.every((c) => c.kind === 'same')).toBe(true);
  });
});

describe('refresh', () => {
  const held = responsibilities(PEP, 'entry').slice(0, 3);
  const [block] = insertedBlocks(selection('entry', { responsibilityIds: held }));

  /** The catalog after an update: one responsibility reworded, one dropped. */
  function updated(): Catalog {
    const copy: Catalog = JSON.parse(JSON.stringify(namss));
    copy.version = '2099.1';
    const list = copy.competencies.find((c) => c.id === PEP)!.levels.entry.responsibilities;
    list[0].text = 'Track and follow up on provider numbers, reworded.';
    copy.competencies.find((c) => c.id === PEP)!.levels.entry.responsibilities = list.filter((r) => r.id !== held[1]);
    return copy;
  }

  test('the diff names the changed and the removed item with their texts; the new tag has the new version', () => {
    const catalog = updated();
    expect(resolveSectionItems(catalog, block.tag)).toEqual({ itemIds: [held[0], held[2]], missing: 1 });
    const plan = planned(planRefresh(catalog, block));
    expect(plan.section.tag).toMatchObject({ catalogVersion: '2099.1', itemIds: [held[0], held[2]] });
    const oldLines = block.text.split('\n');
    expect(plan.changes.filter((c) => c.kind !== 'same')).toEqual([
      { kind: 'changed', old: oldLines[2], new: 'Track and follow up on provider numbers, reworded.' },
      { kind: 'removed', old: oldLines[3] },
    ]);
    expect(plan.messages.map((m) => m.code)).toEqual(['items-no-longer-in-catalog']);
  });

  test('an unchanged catalog gives no change', () => {
    const plan = planned(planRefresh(namss, block));
    expect(plan.changes.every((c) => c.kind === 'same')).toBe(true);
  });

  test('every item gone: refused, suggesting removal', () => {
    const catalog: Catalog = JSON.parse(JSON.stringify(namss));
    catalog.competencies.find((c) => c.id === PEP)!.levels.entry.responsibilities = [];
    const result = planRefresh(catalog, block);
    expect(!result.ok && result.message.code).toBe('nothing-left');
  });

  test('a block whose tag lists ids (first format) refreshes too', () => {
    const { fingerprint: _f, itemKeys: _k, ...old } = block.tag;
    const plan = planned(planRefresh(namss, { ...block, tag: { ...old, itemIds: held } }));
    expect(plan.section.tag.itemIds).toEqual(held);
    expect(plan.edits).toBe('unknown');
  });
});

test('inserted() reads a block the way a document gives it', () => {
  const [block] = insertedBlocks(selection('entry', { skillIds: [namss.skills[0].id] }));
  expect(block.text.split('\n')[1].startsWith(`${namss.skills[0].name}: `)).toBe(true);
});
