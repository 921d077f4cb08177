/**
 * Real Word's known behaviours (OfficeDev/office-js issues, Office-Add-in-samples#223): each is a rule
 * of the Word double, checked here against the double directly, and the adapter's defence against it.
 */
import { createWordPort } from '../../src/word/word-document';
import type { InsertPlan } from '../../src/render/commands';
import { installFakeOffice, uninstallFakeOffice, type FakeWordHandle } from '../support/fake-word';
import { paragraphs, texts, wordWith } from './helpers';
import { bulletPlan, directBulletPlan, NORMAL, tagFor } from './plans';

afterEach(() => uninstallFakeOffice(globalThis));

/** Runs one batch against the installed double, as an add-in would. */
function run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  return Word.run(batch);
}

const HEADING_1 = { id: 'Heading1', localName: 'Heading 1', builtInKey: 'heading 1' };

function headingPlan(): InsertPlan {
  return {
    sections: [
      {
        title: 'Summary',
        tag: tagFor('c1', ['r1']),
        content: [
          { kind: 'paragraph', style: HEADING_1, runs: [{ text: 'Position summary' }] },
          { kind: 'paragraph', style: NORMAL, runs: [{ text: 'Leads the department.' }] },
        ],
      },
    ],
  };
}

async function insertedBlock(fake: FakeWordHandle, plan: InsertPlan = bulletPlan(2)) {
  const port = createWordPort();
  const result = await port.insert(plan, 'after-selection');
  expect(result).toMatchObject({ ok: true });
  return { port, fake };
}

describe('lists', () => {
  test('#2307: startNewList fails on a list item; the adapter detaches inherited numbering first', async () => {
    const fake = installFakeOffice(globalThis, { body: [{ text: 'Existing item', list: true }] });
    await expect(
      run(async (context) => {
        context.document.body.paragraphs.getFirst().startNewList();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    // The cursor is in that list item: our bullets inherit its numbering and still get their own list.
    await insertedBlock(fake, directBulletPlan(2));
    const bullets = paragraphs(fake).filter((p) => p.text.startsWith('Responsibility'));
    expect(bullets).toHaveLength(2);
    expect(new Set(bullets.map((p) => p.listId)).size).toBe(1);
    expect(bullets[0].listId).not.toBe(paragraphs(fake)[0].listId);
  });

  test('#3156: on hosts where startNewList adds an empty item, the adapter removes it and nothing else', async () => {
    const fake = installFakeOffice(globalThis, {
      body: ['Intro', { text: '', list: true }, 'End'],
      selection: { paragraph: 0 },
      bugs: ['startNewList-empty-item'],
    });
    await run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.startNewList();
      await context.sync();
    });
    expect(texts(fake)).toEqual(['Intro', '', '', 'End']);
    uninstallFakeOffice(globalThis);

    const buggy = installFakeOffice(globalThis, {
      body: ['Intro', 'End'],
      selection: { paragraph: 0 },
      bugs: ['startNewList-empty-item'],
    });
    await insertedBlock(buggy, directBulletPlan(4, 2));
    expect(texts(buggy).filter((t) => t === '')).toEqual([]);
    expect(texts(buggy)[texts(buggy).length - 1]).toBe('End');
  });

  test('#3156: an empty list item the user already had after the cursor is kept', async () => {
    const fake = installFakeOffice(globalThis, {
      body: ['Intro', { text: '', list: true }, 'End'],
      selection: { paragraph: 0 },
      bugs: ['startNewList-empty-item'],
    });
    await insertedBlock(fake, directBulletPlan(2));
    // Cannot be told apart from the stray item: nothing empty is removed, no text is lost.
    expect(texts(fake).filter((t) => t !== '')).toEqual([
      'Intro',
      'Competency 1',
      expect.stringContaining('Responsibility r1'),
      expect.stringContaining('Responsibility r2'),
      'End',
    ]);
  });

  test('#6524: attachToList joins a list without its indentation; our bullets follow the list and get it', async () => {
    const fake = installFakeOffice(globalThis, { body: ['First', 'Second'] });
    await run(async (context) => {
      const [first, second] = [context.document.body.paragraphs.getFirst(), context.document.body.paragraphs.getLast()];
      const list = first.startNewList().load('id');
      await context.sync();
      second.attachToList(list.id, 0);
      await context.sync();
    });
    const [first, second] = paragraphs(fake);
    expect(second.listId).toBe(first.listId);
    expect(first.leftIndent).toBe(36);
    expect(second.leftIndent).toBe(0);
    uninstallFakeOffice(globalThis);

    const doc = installFakeOffice(globalThis, { body: ['Intro'] });
    await insertedBlock(doc, directBulletPlan(3));
    const bullets = paragraphs(doc).filter((p) => p.isListItem);
    expect(bullets).toHaveLength(3);
    expect(bullets.every((p) => p.leftIndent === 36)).toBe(true);
  });
});

describe('content controls', () => {
  test('#3176: insertParagraph at the edge of a control lands outside it', async () => {
    const fake = installFakeOffice(globalThis, {
      body: ['Before', 'Inside', 'After'],
      controls: [{ from: 1, tag: 'slot' }],
    });
    await run(async (context) => {
      const inside = context.document.body.paragraphs.getFirst().getNextOrNullObject();
      inside.insertParagraph('New after', 'After');
      inside.insertParagraph('New before', 'Before');
      await context.sync();
    });
    expect(texts(fake)).toEqual(['Before', 'New before', 'Inside', 'New after', 'After']);
    expect(fake.snapshot().controls[0].text).toBe('Inside');
  });

  test('#3176: at the last paragraph of a template control, the sections go at the end inside it', async () => {
    const fake = installFakeOffice(globalThis, {
      body: ['Intro', 'Duties:', 'End'],
      controls: [{ from: 1, tag: 'template-slot' }],
      selection: { paragraph: 1 },
    });
    await insertedBlock(fake);
    const slot = fake.snapshot().controls.find((c) => c.tag === 'template-slot');
    expect(slot?.text.split('\r')).toEqual(['Duties:', 'Competency 1', 'Responsibility r1', 'Responsibility r2']);
    expect(texts(fake)[texts(fake).length - 1]).toBe('End');
  });

  test('#3176: in the middle of a template control, the sections follow the cursor paragraph inside it', async () => {
    const fake = installFakeOffice(globalThis, {
      body: ['Intro', 'One', 'Two', 'End'],
      controls: [{ from: 1, to: 2, tag: 'template-slot' }],
      selection: { paragraph: 1 },
    });
    await insertedBlock(fake);
    const slot = fake.snapshot().controls.find((c) => c.tag === 'template-slot');
    expect(slot?.text.split('\r')).toEqual(['One', 'Competency 1', 'Responsibility r1', 'Responsibility r2', 'Two']);
  });

  test('#3705: a control over a range without the paragraph mark covers one line; ours cover whole paragraphs', async () => {
    const fake = installFakeOffice(globalThis, { body: ['First line\u000bsecond line'] });
    await run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange('Content').insertContentControl().tag = 'line';
      await context.sync();
    });
    expect(fake.snapshot().controls[0].text).toBe('First line');
    uninstallFakeOffice(globalThis);

    const doc = installFakeOffice(globalThis, { body: ['Intro'] });
    const plan: InsertPlan = {
      sections: [
        {
          title: 'Two lines',
          tag: tagFor('c1', ['r1']),
          content: [{ kind: 'paragraph', style: NORMAL, runs: [{ text: 'Line one\u000bLine two' }] }],
        },
      ],
    };
    await insertedBlock(doc, plan);
    expect(doc.snapshot().controls[0].text).toBe('Line one\u000bLine two');
  });

  test('#6738: on the web a control refilled twice fails getRange; the adapter never asks a control for its range', async () => {
    installFakeOffice(globalThis, { body: ['Slot'], controls: [{ from: 0, tag: 'slot' }], platform: 'OfficeOnline' });
    const refillAndRange = () =>
      run(async (context) => {
        const control = context.document.body.contentControls.getFirst();
        control.insertText('Filled', 'Replace');
        control.getRange('Whole').load('text');
        await context.sync();
      });
    await refillAndRange();
    await expect(refillAndRange()).rejects.toMatchObject({ code: 'GeneralException' });
    uninstallFakeOffice(globalThis);

    const web = installFakeOffice(globalThis, { body: ['Intro'], platform: 'OfficeOnline' });
    const { port } = await insertedBlock(web);
    for (const count of [3, 1]) {
      const listed = await port.listBlocks?.();
      const id = listed?.ok ? listed.value[0].id : '';
      // The plans' tags carry no fingerprint, so edits cannot be ruled out: confirmed here.
      const replaced = await port.replaceBlock?.(id, bulletPlan(count).sections[0], { overwriteEdits: true });
      expect(replaced).toMatchObject({ ok: true });
    }
    expect(texts(web)).toEqual(['Intro', 'Competency 1', 'Responsibility r1']);
  });

  test('#6046: Word for Mac refuses controls while a comment is selected; nothing is inserted, the message says why', async () => {
    const { fake, port } = wordWith({ body: ['Intro'], platform: 'Mac', bugs: ['comment-selected'] });
    const result = await port.insert(bulletPlan(2), 'after-selection');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    if (!result.ok) expect(result.error.advice).toMatch(/comment is selected/);
    expect(texts(fake)).toEqual(['Intro']);
    expect(fake.snapshot().controls).toEqual([]);
  });

  test('#6046: on a Mac without a comment selected, the probe leaves no trace', async () => {
    const { fake, port } = wordWith({ body: ['Intro'], platform: 'Mac' });
    expect((await port.insert(bulletPlan(2), 'after-selection')).ok).toBe(true);
    expect(fake.snapshot().controls.map((c) => c.text)).toEqual(['Competency 1\rResponsibility r1\rResponsibility r2']);
  });
});

describe('styles', () => {
  test('#1656: styleBuiltIn on a paragraph made by Range.insertParagraph fails', async () => {
    installFakeOffice(globalThis, { body: ['Text'] });
    await expect(
      run(async (context) => {
        context.document.getSelection().insertParagraph('New', 'After').styleBuiltIn = Word.BuiltInStyleName.heading2;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('samples#223: Heading 1 by styleBuiltIn on a new paragraph only looks like it; the adapter sets it by name', async () => {
    const fake = installFakeOffice(globalThis, { body: ['Text'] });
    await run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph('Looks like one', 'After').styleBuiltIn =
        Word.BuiltInStyleName.heading1;
      await context.sync();
    });
    expect(paragraphs(fake)[1]).toMatchObject({ style: 'Normal', looksLike: 'Heading 1' });
    uninstallFakeOffice(globalThis);

    const doc = installFakeOffice(globalThis, { body: ['Intro'] });
    await insertedBlock(doc, headingPlan());
    expect(paragraphs(doc)[1]).toMatchObject({
      text: 'Position summary',
      style: 'Heading 1',
      styleBuiltIn: 'Heading1',
    });
    expect(paragraphs(doc)[1].looksLike).toBeUndefined();
  });

  test('#5934: Word for Mac reads "" as the style of a table\'s last paragraph; the house style read is the same as on Windows', async () => {
    const body = [{ text: 'Duties', style: 'Heading 2' }, { table: [['Area', 'Detail']] }, 'Closing'];
    const read = async (platform: 'PC' | 'Mac') => {
      const { port } = wordWith({ body, platform, selection: { paragraph: 3 } });
      const result = await port.readDocument();
      uninstallFakeOffice(globalThis);
      return result;
    };
    installFakeOffice(globalThis, { body, platform: 'Mac' });
    const styles = await run(async (context) => {
      const last = context.document.body.tables.getFirst().getCell(0, 1).body.paragraphs.getFirst().load('style');
      await context.sync();
      return last.style;
    });
    expect(styles).toBe('');
    uninstallFakeOffice(globalThis);
    const [pc, mac] = [await read('PC'), await read('Mac')];
    expect(mac.ok && pc.ok).toBe(true);
    // The unreadable paragraph is left out rather than read as a paragraph without a style.
    if (!mac.ok || !pc.ok) return;
    const all = [...mac.value.context.paragraphsAbove, ...mac.value.context.paragraphsBelow];
    expect(all.map((p) => p.style)).not.toContain('');
    expect(mac.value.context).toEqual({
      ...pc.value.context,
      paragraphsAbove: pc.value.context.paragraphsAbove.filter((p) => p.text !== 'Detail'),
    });
  });

  test('#6859: getStyles missing although WordApi 1.5 is reported; read and insert still work', async () => {
    const { fake, port } = wordWith({ body: ['Intro'], bugs: ['getStyles-missing'] });
    await expect(run(async (context) => typeof context.document.getStyles)).resolves.toBe('undefined');
    const read = await port.readDocument();
    expect(read.ok && read.value.styles.styles.some((s) => s.localName === 'Heading 1')).toBe(true);
    expect((await port.insert(bulletPlan(2), 'after-selection')).ok).toBe(true);
    expect(texts(fake)).toEqual(['Intro', 'Competency 1', 'Responsibility r1', 'Responsibility r2']);
  });

  test('#4953: isSetSupported says yes, getStyles fails; the adapter reads and inserts without it', async () => {
    const { fake, port } = wordWith({ body: ['Intro'], bugs: ['getStyles-fails'] });
    await expect(
      run(async (context) => {
        context.document.getStyles().load('items');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    const read = await port.readDocument();
    expect(read.ok).toBe(true);
    expect((await port.insert(bulletPlan(2), 'after-selection')).ok).toBe(true);
    expect(texts(fake)).toEqual(['Intro', 'Competency 1', 'Responsibility r1', 'Responsibility r2']);
  });
});

describe('tracked changes', () => {
  test('#1267: a tracked deletion stays in the text Word reports; the block counts as edited and is not overwritten', async () => {
    const fake = installFakeOffice(globalThis, { body: ['Intro'], changeTracking: 'TrackAll' });
    const { port } = await insertedBlock(fake);
    fake.trackDeletion('Responsibility r2');
    const text = await run(async (context) => {
      const control = context.document.body.contentControls.getFirst().load('text');
      await context.sync();
      return control.text;
    });
    expect(text).toContain('Responsibility r2');
    const listed = await port.listBlocks?.();
    expect(listed?.ok && listed.value.map((b) => b.edits)).toEqual(['edited']);
    const id = listed?.ok ? listed.value[0].id : '';
    const refused = await port.replaceBlock?.(id, bulletPlan(3).sections[0], { overwriteEdits: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'block-edited' } });
  });

  test('#1524: a block deleted with track changes on still looks live to the API; it is not listed nor changed', async () => {
    const fake = installFakeOffice(globalThis, { body: ['Intro'], changeTracking: 'TrackAll' });
    const { port } = await insertedBlock(fake);
    const before = await port.listBlocks?.();
    const id = before?.ok ? before.value[0].id : '';
    fake.trackDeletionOfControl(tagFor('c1', ['r1', 'r2']));
    expect(fake.snapshot().controls).toHaveLength(1);
    expect(await port.listBlocks?.()).toMatchObject({ ok: true, value: [] });
    expect(await port.removeBlock?.(id, { overwriteEdits: true })).toMatchObject({
      ok: false,
      error: { code: 'block-not-found' },
    });
  });
});

describe('document settings', () => {
  test('#621/#6304: settings over 2 MB do not save; a setting that large is refused and the saved one kept', async () => {
    const { fake, port } = wordWith({ settings: { 'jd-builder.catalog': { name: 'small' } } });
    const settings = Office.context.document.settings;
    settings.set('huge', 'x'.repeat(2_100_000));
    const status = await new Promise<string>((resolve) => settings.saveAsync((r) => resolve(String(r.status))));
    expect(status).toBe('failed');
    settings.remove('huge');

    await expect(port.setDocumentSetting('jd-builder.catalog', { rows: 'y'.repeat(1_200_000) })).rejects.toThrow(
      /too large to keep in the document.*Nothing was changed/,
    );
    expect(port.getDocumentSetting('jd-builder.catalog')).toEqual({ name: 'small' });
    expect(fake.snapshot().settings['jd-builder.catalog']).toEqual({ name: 'small' });
  });

  test('a save Word refuses leaves the value it had in memory as well as in the file', async () => {
    const near = (c: string) => c.repeat(990_000);
    const { fake, port } = wordWith({ settings: { a: 'kept', b: near('b'), c: near('c') } });
    // Each value is under the per-setting limit, but together they pass Word's 2 MB.
    await expect(port.setDocumentSetting('d', near('d'))).rejects.toThrow(/could not save/);
    await expect(port.setDocumentSetting('a', near('a'))).rejects.toThrow(/could not save/);
    expect(port.getDocumentSetting('a')).toBe('kept');
    expect(port.getDocumentSetting('d')).toBeUndefined();
    expect(fake.snapshot().settings.a).toBe('kept');
  });
});
