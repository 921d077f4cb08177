/** What the adapter adds beyond styles: placeholder highlights, bullets it makes itself, bold table headers. */
import type { InsertPlan, ParagraphCommand, TableCommand } from '../../src/render/commands';
import { uninstallFakeOffice, type FakeTableSnapshot } from '../support/fake-word';
import { paragraphs, wordWith } from './helpers';
import { directBulletPlan, HEADING_3, LIST_BULLET, LIST_PARAGRAPH, NORMAL, TABLE_GRID, tagFor } from './plans';

afterEach(() => uninstallFakeOffice(globalThis));

function plan(...content: (ParagraphCommand | TableCommand)[]): InsertPlan {
  return { sections: [{ title: 'Section', tag: tagFor('c1', ['r1']), content }] };
}

const heading = (text: string): ParagraphCommand => ({ kind: 'paragraph', style: HEADING_3, runs: [{ text }] });
const bullet = (text: string, style = LIST_PARAGRAPH): ParagraphCommand => ({
  kind: 'paragraph',
  style,
  runs: [{ text }],
  bullet: true,
});

describe('placeholders', () => {
  test('an unfilled placeholder is highlighted yellow, and only it', async () => {
    const { fake, port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 } });
    const result = await port.insert(
      plan({
        kind: 'paragraph',
        style: NORMAL,
        runs: [{ text: 'Works in the ' }, { text: '[insert work setting]', placeholder: true }, { text: ' daily.' }],
      }),
      'after-selection',
    );
    expect(result.ok).toBe(true);
    const runs = paragraphs(fake)[1].runs;
    expect(runs.map((r) => [r.text, r.highlight ?? null])).toEqual([
      ['Works in the ', null],
      ['[insert work setting]', 'Yellow'],
      [' daily.', null],
    ]);
  });

  test('what follows a paragraph ending in a placeholder is not highlighted: text, bullets, table cells', async () => {
    const { fake, port } = wordWith({ body: ['Intro', 'End'], selection: { paragraph: 0 } });
    const endsInPlaceholder: ParagraphCommand = {
      kind: 'paragraph',
      style: NORMAL,
      runs: [{ text: 'Serves the ' }, { text: '[insert facility platform]', placeholder: true }],
    };
    const table: TableCommand = {
      kind: 'table',
      style: TABLE_GRID,
      headerStyle: NORMAL,
      bodyStyle: NORMAL,
      header: [],
      rows: [['Education', 'Degree']],
    };
    await port.insert(
      plan(endsInPlaceholder, heading('Next'), endsInPlaceholder, bullet('A bullet'), endsInPlaceholder, table),
      'after-selection',
    );
    const highlighted = paragraphs(fake).map((p) => [p.text, p.runs.some((r) => r.highlight !== undefined)]);
    expect(highlighted).toEqual([
      ['Intro', false],
      ['Serves the [insert facility platform]', true],
      ['Next', false],
      ['Serves the [insert facility platform]', true],
      ['A bullet', false],
      ['Serves the [insert facility platform]', true],
      ['End', false],
    ]);
    const cells = fake.model.main.blocks.flatMap((b) =>
      b.kind === 'table' ? b.rows.flat().flatMap((cell) => cell.blocks) : [],
    );
    expect(cells.flatMap((p) => (p.kind === 'paragraph' ? p.runs : [])).some((r) => r.highlight)).toBe(false);
  });
});

describe('bullets the adapter makes', () => {
  test('consecutive bullet items form one bulleted list; headings and the text after stay out of it', async () => {
    const { fake, port } = wordWith({ body: ['Intro', 'Signature'], selection: { paragraph: 0 } });
    const result = await port.insert(directBulletPlan(5, 3), 'after-selection');
    expect(result.ok).toBe(true);
    const inserted = paragraphs(fake);
    expect(inserted.map((p) => [p.text.replace(/ in the .*/, ''), p.isListItem, p.bullet ?? null])).toEqual([
      ['Intro', false, null],
      ['Competency 1', false, null],
      ['Responsibility r1', true, 'Solid'],
      ['Responsibility r2', true, 'Solid'],
      ['Responsibility r3', true, 'Solid'],
      ['Competency 2', false, null],
      ['Responsibility r4', true, 'Solid'],
      ['Responsibility r5', true, 'Solid'],
      ['Signature', false, null],
    ]);
    const lists = inserted.map((p) => p.listId);
    expect(new Set(lists.slice(2, 5)).size).toBe(1);
    expect(new Set(lists.slice(6, 8)).size).toBe(1);
    expect(lists[2]).not.toBe(lists[6]);
    expect(inserted.filter((p) => p.isListItem).every((p) => p.style === 'List Paragraph')).toBe(true);
  });

  test('a bullet item in a style that numbers itself is left to the style', async () => {
    const { fake, port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 } });
    await port.insert(
      plan(heading('Duties'), { kind: 'paragraph', style: LIST_BULLET, runs: [{ text: 'r1' }] }),
      'after-selection',
    );
    const item = paragraphs(fake)[2];
    expect([item.isListItem, item.listId, item.style]).toEqual([true, undefined, 'List Bullet']);
  });

  test('bullet items in two different styles make two lists', async () => {
    const { fake, port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 } });
    await port.insert(plan(bullet('one'), bullet('two', NORMAL)), 'after-selection');
    const [one, two] = paragraphs(fake).slice(1);
    expect([one.style, two.style]).toEqual(['List Paragraph', 'Normal']);
    expect([one.isListItem, two.isListItem]).toEqual([true, true]);
    expect(one.listId).not.toBe(two.listId);
  });

  test('with the cursor in a numbered list, the bullets start a list of their own', async () => {
    const { fake, port } = wordWith({
      body: [{ text: 'Existing item', style: 'List Paragraph', list: true }],
      selection: { paragraph: 0 },
    });
    const result = await port.insert(plan(bullet('one'), bullet('two')), 'after-selection');
    expect(result.ok).toBe(true);
    const [existing, one, two] = paragraphs(fake);
    expect(one.listId).toBeDefined();
    expect(one.listId).not.toBe(existing.listId);
    expect(two.listId).toBe(one.listId);
  });

  test('inserting after an earlier section that ends in bullets does not make the new heading a bullet', async () => {
    const { fake, port } = wordWith({ body: ['Intro', ''], selection: { paragraph: 1 } });
    await port.insert(directBulletPlan(2), 'after-selection');
    fake.select({ paragraph: 3 });
    const result = await port.insert(directBulletPlan(1), 'after-selection');
    expect(result.ok).toBe(true);
    const all = paragraphs(fake);
    expect(all.map((p) => [p.text.replace(/ in the .*/, ''), p.isListItem])).toEqual([
      ['Intro', false],
      ['Competency 1', false],
      ['Responsibility r1', true],
      ['Responsibility r2', true],
      ['Competency 1', false],
      ['Responsibility r1', true],
    ]);
    expect(all[5].listId).not.toBe(all[3].listId);
  });
});

describe('table headers', () => {
  const table = (headerBold: boolean | undefined): TableCommand => ({
    kind: 'table',
    style: TABLE_GRID,
    headerStyle: NORMAL,
    bodyStyle: NORMAL,
    ...(headerBold === undefined ? {} : { headerBold }),
    header: ['Area', 'Requirement'],
    rows: [['Education', "Bachelor's degree"]],
  });

  test.each([
    [true, [true, true]],
    [false, [false, false]],
    [undefined, [false, false]],
  ])('headerBold %s: header cells bold %j, body cells never', async (headerBold, expected) => {
    const { fake, port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 } });
    const result = await port.insert(plan(table(headerBold)), 'after-selection');
    expect(result.ok).toBe(true);
    const inserted = fake.snapshot().body.find((b): b is FakeTableSnapshot => b.kind === 'table');
    expect(inserted?.cellBold).toEqual([expected, [false, false]]);
    expect(inserted?.cellStyles[0]).toEqual(['Normal', 'Normal']);
  });
});

describe('replacing a block of adapter-made bullets', () => {
  test('the new bullets form their own list and the next block’s heading stays out of it', async () => {
    const { fake, port } = wordWith({ body: ['Intro', 'End'], selection: { paragraph: 0 } });
    await port.insert(directBulletPlan(4, 2), 'after-selection');
    const listed = await port.listBlocks!();
    if (!listed.ok) throw new Error(listed.error.message);
    const replacement = directBulletPlan(3, 3).sections[0];
    const result = await port.replaceBlock!(listed.value[0].id, replacement, { overwriteEdits: true });
    expect(result.ok).toBe(true);
    const all = paragraphs(fake);
    expect(all.map((p) => [p.text.replace(/ in the .*/, ''), p.isListItem])).toEqual([
      ['Intro', false],
      ['Competency 1', false],
      ['Responsibility r1', true],
      ['Responsibility r2', true],
      ['Responsibility r3', true],
      ['Competency 2', false],
      ['Responsibility r3', true],
      ['Responsibility r4', true],
      ['End', false],
    ]);
    expect(new Set(all.slice(2, 5).map((p) => p.listId)).size).toBe(1);
    expect(all[2].listId).not.toBe(all[6].listId);
  });
});
