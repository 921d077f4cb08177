/** Blocks already in the document, on the Word double: list, select, replace (re-level) and remove. */
import { planRelevel } from '../../src/blocks/plan';
import { compose } from '../../src/compose/compose';
import { renderCommands } from '../../src/render/render-commands';
import { resolveSectionItems } from '../../src/render/section-tag';
import type { DocumentPort, ListedBlock } from '../../src/word/port';
import { uninstallFakeOffice, type FakeWordHandle } from '../support/fake-word';
import { namss, responsibilities, selection } from '../blocks/support';
import { PLAIN_STYLES } from '../house-style/styles-fixtures';
import { styleMapFor } from '../render/support';
import { texts, wordWith } from './helpers';

afterEach(() => uninstallFakeOffice(globalThis));

const PEP = 'provider-enrollment-process';
const styles = styleMapFor(PLAIN_STYLES);
const entryIds = [...responsibilities(PEP, 'entry'), ...responsibilities('data-management', 'entry')];
const entryTexts = (id: string) =>
  namss.competencies.find((c) => c.id === id)!.levels.entry.responsibilities.map((r) => r.text);

/** A document with two competency blocks at entry and a qualifications table block, between two paragraphs. */
async function documentWithBlocks(): Promise<{ fake: FakeWordHandle; port: DocumentPort; blocks: ListedBlock[] }> {
  const { fake, port } = wordWith({ body: ['Job Description', 'Approvals'], selection: { paragraph: 0 } });
  const quals = namss.qualifications.filter((q) => q.levels.includes('entry')).map((q) => q.id);
  const model = compose(namss, selection('entry', { responsibilityIds: entryIds, qualificationIds: quals })).value;
  const inserted = await port.insert(renderCommands(model, styles), 'after-selection');
  if (!inserted.ok) throw new Error(inserted.error.message);
  const listed = await port.listBlocks!();
  if (!listed.ok) throw new Error(listed.error.message);
  fake.resetCounters();
  return { fake, port, blocks: listed.value };
}

describe('listing blocks', () => {
  test('each block with its tag, its text and not edited, tables included; one run, two syncs', async () => {
    const { fake, port, blocks } = await documentWithBlocks();
    expect(blocks.map((b) => [b.title, b.tag.part, b.tag.competencyId, b.edits])).toEqual([
      ['Qualifications', 'qualifications', undefined, 'unchanged'],
      [expect.any(String), 'competency', PEP, 'unchanged'],
      [expect.any(String), 'competency', 'data-management', 'unchanged'],
    ]);
    expect(resolveSectionItems(namss, blocks[1].tag).itemIds).toEqual(responsibilities(PEP, 'entry'));
    expect(blocks[2].text.split('\n').slice(1)).toEqual(entryTexts('data-management'));
    await port.listBlocks!();
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
  });

  test('a block the user typed in shows as edited', async () => {
    const { fake, port } = await documentWithBlocks();
    fake.typeAfter(entryTexts(PEP)[0], ' (and more)');
    const listed = await port.listBlocks!();
    expect(listed.ok && listed.value.map((b) => b.edits)).toEqual(['unchanged', 'edited', 'unchanged']);
  });

  test('a document without blocks: an empty list in one sync', async () => {
    const { fake, port } = wordWith({ body: ['Nothing here'] });
    expect(await port.listBlocks!()).toEqual({ ok: true, value: [], messages: [] });
    expect(fake.counters.syncs).toBe(1);
  });
});

describe('selecting a block', () => {
  test('selects the whole block; an id no longer there is reported', async () => {
    const { fake, port, blocks } = await documentWithBlocks();
    expect((await port.selectBlock!(blocks[2].id)).ok).toBe(true);
    const { start, end } = fake.model.selection as { start: { para: unknown }; end: { para: unknown } };
    const all = fake.model.main.blocks;
    expect(all.indexOf(start.para as never)).toBe(texts(fake).indexOf(blocks[2].title));
    expect(all.indexOf(end.para as never)).toBe(texts(fake).indexOf('Approvals') - 1);
    const gone = await port.selectBlock!('99999');
    expect(!gone.ok && gone.error.code).toBe('block-not-found');
  });
});

describe('replacing a block (re-level)', () => {
  function relevelled(blocks: ListedBlock[]) {
    const plan = planRelevel(namss, blocks[1], 'mid-career');
    if (!plan.ok) throw new Error(plan.message.text);
    return renderCommands({ sections: [plan.plan.section] }, styles).sections[0];
  }

  test('rebuilt in place at the new level, neighbours untouched, one run and two syncs', async () => {
    const { fake, port, blocks } = await documentWithBlocks();
    const before = texts(fake);
    const result = await port.replaceBlock!(blocks[1].id, relevelled(blocks), { overwriteEdits: false });
    expect(result.ok).toBe(true);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
    const after = texts(fake);
    const midTexts = namss.competencies
      .find((c) => c.id === PEP)!
      .levels['mid-career'].responsibilities.map((r) => r.text);
    const start = before.indexOf(entryTexts(PEP)[0]) - 1;
    expect(after.slice(0, start)).toEqual(before.slice(0, start));
    expect(after.slice(start + 1, start + 1 + midTexts.length)).toEqual(midTexts);
    const tail = before.slice(before.indexOf(entryTexts('data-management')[0]) - 1);
    expect(after.slice(-tail.length)).toEqual(tail);
    const listed = await port.listBlocks!();
    expect(listed.ok && listed.value.map((b) => [b.tag.levelId, b.edits])).toEqual([
      ['entry', 'unchanged'],
      ['mid-career', 'unchanged'],
      ['entry', 'unchanged'],
    ]);
    expect(listed.ok && listed.value[1].id).toBe(result.ok && result.value.id);
  });

  test('an edited block is refused with the text that would be lost, and nothing changes; confirmed, it is replaced', async () => {
    const { fake, port, blocks } = await documentWithBlocks();
    const section = relevelled(blocks);
    fake.typeAfter(entryTexts(PEP)[0], ' My note.');
    const before = texts(fake);
    const refused = await port.replaceBlock!(blocks[1].id, section, { overwriteEdits: false });
    expect(!refused.ok && refused.error.code).toBe('block-edited');
    expect(!refused.ok && refused.error.lost).toContain(`${entryTexts(PEP)[0]} My note.`);
    expect(texts(fake)).toEqual(before);
    expect(fake.counters.syncs).toBe(1);
    expect((await port.replaceBlock!(blocks[1].id, section, { overwriteEdits: true })).ok).toBe(true);
    expect(texts(fake)).not.toContain(`${entryTexts(PEP)[0]} My note.`);
  });
});

describe('removing a block', () => {
  test('the control and its paragraphs go, leaving no empty paragraph; two syncs', async () => {
    const { fake, port, blocks } = await documentWithBlocks();
    const before = texts(fake);
    expect(await port.removeBlock!(blocks[2].id, { overwriteEdits: false })).toEqual({
      ok: true,
      value: undefined,
      messages: [],
    });
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
    const blockLines = [blocks[2].title, ...entryTexts('data-management')];
    expect(texts(fake)).toEqual(before.filter((t) => !blockLines.includes(t)));
    expect(texts(fake)).not.toContain('');
    expect(fake.snapshot().controls).toHaveLength(2);
  });

  test('a table block goes whole; edited and locked blocks are refused', async () => {
    const { fake, port, blocks } = await documentWithBlocks();
    expect((await port.removeBlock!(blocks[0].id, { overwriteEdits: false })).ok).toBe(true);
    expect(texts(fake)).not.toContain('[table]');
    expect(texts(fake)[0]).toBe('Job Description');
    fake.typeAfter(entryTexts(PEP)[1], '!');
    const edited = await port.removeBlock!(blocks[1].id, { overwriteEdits: false });
    expect(!edited.ok && edited.error.code).toBe('block-edited');
    fake.model.controls.forEach((c) => (c.cannotDelete = true));
    const locked = await port.removeBlock!(blocks[2].id, { overwriteEdits: false });
    expect(!locked.ok && locked.error.code).toBe('locked-content-control');
    expect(texts(fake)).toContain(entryTexts('data-management')[0]);
  });
});

describe('changing several blocks at once (a whole job description)', () => {
  test('every block rebuilt at the new level in one run and two syncs; the text around them untouched', async () => {
    const { fake, port, blocks } = await documentWithBlocks();
    const competencies = blocks.filter((b) => b.tag.part === 'competency');
    const sections = competencies.map((b) => {
      const planned = planRelevel(namss, b, 'mid-career');
      if (!planned.ok) throw new Error(planned.message.text);
      return planned.plan.section;
    });
    const rendered = renderCommands({ sections }, styles).sections;
    const result = await port.changeBlocks!(
      competencies.map((b, i) => ({ id: b.id, section: rendered[i], overwriteEdits: false })),
    );
    expect(result.ok).toBe(true);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
    const after = await port.listBlocks!();
    expect(after.ok && after.value.map((b) => [b.tag.part, b.tag.levelId])).toEqual([
      ['qualifications', 'entry'],
      ['competency', 'mid-career'],
      ['competency', 'mid-career'],
    ]);
    expect(result.ok && after.ok && result.value.map((r) => r.id)).toEqual(
      after.ok && after.value.slice(1).map((b) => b.id),
    );
    expect(texts(fake)[0]).toBe('Job Description');
    expect(texts(fake).at(-1)).toBe('Approvals');
  });

  test('one edited block stops them all: nothing changes, and each edited block is named with its lost text', async () => {
    const { fake, port, blocks } = await documentWithBlocks();
    fake.typeAfter(entryTexts('data-management')[0], ' Weekly.');
    const before = texts(fake);
    const refused = await port.changeBlocks!(blocks.map((b) => ({ id: b.id, overwriteEdits: false })));
    expect(!refused.ok && refused.error.code).toBe('block-edited');
    expect(!refused.ok && refused.error.edited).toEqual([
      {
        id: blocks[2].id,
        title: blocks[2].title,
        lost: expect.arrayContaining([`${entryTexts('data-management')[0]} Weekly.`]),
      },
    ]);
    expect(!refused.ok && refused.error.message).toMatch(/^1 of the 3 sections was edited/);
    expect(texts(fake)).toEqual(before);
    const removed = await port.changeBlocks!(blocks.map((b) => ({ id: b.id, overwriteEdits: true })));
    expect(removed.ok).toBe(true);
    expect(texts(fake)).toEqual(['Job Description', 'Approvals']);
  });
});
