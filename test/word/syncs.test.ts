/** One Word.run per user action, and a fixed number of round trips whatever the size of the selection. */
import { uninstallFakeOffice } from '../support/fake-word';
import { texts, wordWith } from './helpers';
import { bulletPlan, directBulletPlan, NORMAL, TABLE_GRID } from './plans';

afterEach(() => uninstallFakeOffice(globalThis));

const TEMPLATE = {
  body: [
    { text: 'Job description', style: 'Title' },
    { text: 'Responsibilities', style: 'Heading 2' },
    '',
    'Signature',
  ],
  selection: { paragraph: 2 },
};

describe('insert', () => {
  test.each([1, 100, 10_000])('%i items: one Word.run and two context.sync() calls', async (items) => {
    const { fake, port } = wordWith(TEMPLATE);
    const plan = bulletPlan(items, 10);
    const result = await port.insert(plan, 'after-selection');
    expect(result.ok).toBe(true);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
    const sections = Math.ceil(items / 10);
    expect(texts(fake)).toHaveLength(3 + items + sections);
    expect(fake.snapshot().controls).toHaveLength(sections);
  });

  test.each([1, 100, 10_000])(
    '%i items as bullets the adapter makes, with placeholders and a bold table header: still one run, two syncs',
    async (items) => {
      const { fake, port } = wordWith(TEMPLATE);
      const plan = directBulletPlan(items, 10);
      plan.sections[0].content.push({
        kind: 'table',
        style: TABLE_GRID,
        headerStyle: NORMAL,
        bodyStyle: NORMAL,
        headerBold: true,
        header: ['Area', 'Requirement'],
        rows: [['Education', 'Degree']],
      });
      const result = await port.insert(plan, 'after-selection');
      expect(result.ok).toBe(true);
      expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
      const listed = fake.snapshot().body.filter((b) => b.kind === 'paragraph' && b.listId !== undefined);
      expect(listed).toHaveLength(items);
    },
  );

  test('a check that fails costs one round trip and changes nothing', async () => {
    const { fake, port } = wordWith({ ...TEMPLATE, controls: [{ from: 2, title: 'Locked', cannotEdit: true }] });
    const before = texts(fake);
    const result = await port.insert(bulletPlan(100), 'after-selection');
    expect(!result.ok && result.error.code).toBe('locked-content-control');
    expect(fake.counters).toEqual({ runs: 1, syncs: 1 });
    expect(texts(fake)).toEqual(before);
  });

  test('on a WordApi 1.3 host (no style checks, no change tracking) still two syncs', async () => {
    const { fake, port } = wordWith({ ...TEMPLATE, requirementSets: { WordApi: '1.3' } });
    const result = await port.insert(bulletPlan(100), 'after-selection');
    expect(result.ok).toBe(true);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
  });
});

describe('readDocument', () => {
  test('one Word.run and one sync with the cursor in the text', async () => {
    const { fake, port } = wordWith(TEMPLATE);
    expect((await port.readDocument()).ok).toBe(true);
    expect(fake.counters).toEqual({ runs: 1, syncs: 1 });
  });

  test('one sync on a WordApi 1.3 host, where styles come from the OOXML', async () => {
    const { fake, port } = wordWith({ ...TEMPLATE, requirementSets: { WordApi: '1.3' } });
    expect((await port.readDocument()).ok).toBe(true);
    expect(fake.counters).toEqual({ runs: 1, syncs: 1 });
  });

  test('two syncs with the cursor in a table, to read the main text around it', async () => {
    const { fake, port } = wordWith({ body: ['Intro', { table: [['a', 'b']] }, 'End'], selection: { paragraph: 1 } });
    expect((await port.readDocument()).ok).toBe(true);
    expect(fake.counters).toEqual({ runs: 1, syncs: 2 });
  });

  test('the same for a large document', async () => {
    const body = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i}`);
    const { fake, port } = wordWith({ body, selection: { paragraph: 2500 } });
    const result = await port.readDocument();
    expect(result.ok && result.value.context.paragraphsAbove).toHaveLength(2500);
    expect(fake.counters).toEqual({ runs: 1, syncs: 1 });
  });
});
