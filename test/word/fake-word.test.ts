/** The Word test double behaves like Office where the adapter depends on it. */
import { installFakeOffice, uninstallFakeOffice } from '../support/fake-word';

afterEach(() => uninstallFakeOffice(globalThis));

function word() {
  return (globalThis as unknown as { Word: typeof Word }).Word;
}

test('reading a property before load, or after load but before sync, throws PropertyNotLoaded', async () => {
  installFakeOffice(globalThis, { body: ['Hello'] });
  await word().run(async (context) => {
    const selection = context.document.getSelection();
    expect(() => selection.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    selection.load('text');
    expect(() => selection.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(selection.text).toBe('');
    expect(() => selection.isEmpty).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('changes wait for sync; Word.run sends what is left in one more round trip, and counts it', async () => {
  const fake = installFakeOffice(globalThis, { body: ['Hello'], selection: { paragraph: 0 } });
  await word().run(async (context) => {
    context.document.getSelection().paragraphs.getFirst().insertParagraph('World', 'After');
    expect(fake.snapshot().body).toHaveLength(1);
  });
  expect(fake.snapshot().body.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['Hello', 'World']);
  expect(fake.counters).toEqual({ runs: 1, syncs: 1 });
});

test('a failed sync shows no loaded values and stops the rest of the batch', async () => {
  const fake = installFakeOffice(globalThis, { body: ['Hello'], selection: { paragraph: 0 }, protected: true });
  await word().run(async (context) => {
    const paragraph = context.document.getSelection().paragraphs.getFirst();
    paragraph.insertParagraph('World', 'After');
    paragraph.load('text');
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    expect(() => paragraph.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
  expect(fake.snapshot().body).toHaveLength(1);
});

test('an unknown style name fails with ItemNotFound; an unknown property fails loudly', async () => {
  installFakeOffice(globalThis, { body: ['Hello'], selection: { paragraph: 0 } });
  await word().run(async (context) => {
    context.document.getSelection().paragraphs.getFirst().style = 'No Such Style';
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    context.document.getSelection().load('noSuchProperty');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

test('ranges in different stories cannot be joined', async () => {
  installFakeOffice(globalThis, { body: ['Hello'], header: ['Logo'], selection: { story: 'header', paragraph: 0 } });
  await word().run(async (context) => {
    const range = context.document.body.getRange('Start').expandTo(context.document.getSelection());
    range.load('text');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

test('features of newer requirement sets fail on older hosts', async () => {
  installFakeOffice(globalThis, { requirementSets: { WordApi: '1.3' } });
  const office = (globalThis as unknown as { Office: typeof Office }).Office;
  expect(office.context.requirements.isSetSupported('WordApi', '1.3')).toBe(true);
  expect(office.context.requirements.isSetSupported('WordApi', '1.4')).toBe(false);
  await word().run(async (context) => {
    context.document.getStyles().load('nameLocal');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

test('setScenario protects the document later; onReady reports Word', async () => {
  const fake = installFakeOffice(globalThis, { body: ['Hello'], selection: { paragraph: 0 } });
  const office = (globalThis as unknown as { Office: typeof Office }).Office;
  await expect(office.onReady()).resolves.toEqual({ host: 'Word', platform: 'PC' });
  fake.setScenario({ notAllowed: true });
  await word().run(async (context) => {
    context.document.getSelection().paragraphs.getFirst().insertParagraph('x', 'After');
    await expect(context.sync()).rejects.toMatchObject({ code: 'NotAllowed' });
  });
});

test('startNewList fails on a paragraph that is already a list item, as documented; detached, it works', async () => {
  const fake = installFakeOffice(globalThis, { body: [{ text: 'Item', list: true }], selection: { paragraph: 0 } });
  await word().run(async (context) => {
    const paragraph = context.document.getSelection().paragraphs.getFirst();
    paragraph.startNewList();
    await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    paragraph.detachFromList();
    paragraph.startNewList().setLevelBullet(0, 'Square');
    await context.sync();
  });
  expect(fake.snapshot().body[0]).toMatchObject({ isListItem: true, bullet: 'Square' });
});

test('list bullets and highlight colors are checked as Word checks them; settings wait for sync', async () => {
  const fake = installFakeOffice(globalThis, { body: ['Hello'], selection: { paragraph: 0 } });
  await word().run(async (context) => {
    const paragraph = context.document.getSelection().paragraphs.getFirst();
    paragraph.startNewList().setLevelBullet(0, 'Star' as Word.ListBullet);
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    const added = paragraph.insertText(' world', 'End');
    added.font.highlightColor = 'Yellow';
    expect(fake.snapshot().body[0]).toMatchObject({ runs: [{ text: 'Hello' }] });
    await context.sync();
    added.font.highlightColor = 'Sparkly';
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
  expect(fake.snapshot().body[0]).toMatchObject({ runs: [{ text: 'Hello' }, { text: ' world', highlight: 'Yellow' }] });
});
