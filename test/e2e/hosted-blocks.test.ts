/**
 * Hosted mode in Chromium, live blocks: the production pane against the Word test double lists the competency
 * it inserted under "In this document", goes to it, re-levels it, refreshes it from an imported catalog and
 * removes it; a block holding the user's typing is changed only after a confirmation showing that text, and a
 * locked block is refused. Every test checks the fake document itself, not only what the pane says.
 */
import type { Locator, Page } from 'playwright-core';
import { builtinCatalog } from '../../src/catalog/builtin';
import { levelView } from '../../src/catalog/query';
import type { Catalog } from '../../src/catalog/types';
import { parseSectionTag } from '../../src/render/section-tag';
import type {
  FakeControlSnapshot,
  FakeDocumentSnapshot,
  FakeParagraphSnapshot,
  FakeSelectionSnapshot,
  FakeWordHandle,
} from '../support/fake-word';
import { fakeDocument, fakeOfficeScript, JOB_TEMPLATE, JOB_TEMPLATE_CURSOR } from './fake-office';
import {
  chooseLevel,
  competencyPanels,
  dismissFirstRun,
  ITEM_CHECKBOX,
  labelOf,
  openPane,
  paneSessionPerFile,
  type OpenPane,
  showView,
  insertedStatus,
} from './pane';

const session = paneSessionPerFile();

const NAMSS = builtinCatalog();
// Its responsibilities differ between Entry and Mid-Career, so the document shows which level the block is at.
const COMPETENCY_ID = 'clinical-competency-peer-review';
const TITLE = NAMSS.competencies.find((c) => c.id === COMPETENCY_ID)!.title;
const levelName = (levelId: string) => NAMSS.levels.find((l) => l.id === levelId)!.name;

function responsibilities(catalog: Catalog, levelId: string): string[] {
  const competency = levelView(catalog, levelId).competencies.find((c) => c.competency.id === COMPETENCY_ID)!;
  return competency.responsibilities.map((r) => r.text);
}

/** Opens the pane in Word (the double), runs the test, then checks the page raised no error. */
async function inWord(test: (pane: OpenPane) => Promise<void>): Promise<void> {
  const script = fakeOfficeScript({ body: JOB_TEMPLATE, selection: JOB_TEMPLATE_CURSOR });
  const pane = await openPane(session(), { width: 400, height: 900, initScripts: [script] });
  try {
    await dismissFirstRun(pane.page);
    await test(pane);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.context.close();
  }
}

/**
 * Ticks "Select all" in the competency at the level and inserts it, as a user would; waits for its block in
 * "In this document". Returns the block's entry there and the responsibilities that were ticked.
 */
async function insertCompetency(page: Page, levelId: string): Promise<{ block: Locator; picked: string[] }> {
  await showView(page, 'Build');
  await chooseLevel(page, levelName(levelId));
  await page.getByRole('button', { name: TITLE, exact: false }).first().click();
  const selectAll = page.getByRole('checkbox', { name: `Select all in ${TITLE}` });
  await selectAll.check();
  const picked: string[] = [];
  for (const box of await competencyPanels(page).filter({ has: selectAll }).getByRole('checkbox', ITEM_CHECKBOX).all())
    if (await box.isChecked()) picked.push(await labelOf(box));
  await page.getByRole('button', { name: 'Insert at cursor' }).click();
  await insertedStatus(page).waitFor();
  await showView(page, 'In this document');
  const block = blockItem(page);
  await block.getByText(`${levelName(levelId)} · catalog version`).waitFor();
  return { block, picked };
}

/** The competency's entry in "In this document". */
function blockItem(page: Page): Locator {
  return inDocument(page).locator('ul[aria-label="Blocks in this document"] > li').filter({ hasText: TITLE });
}

function inDocument(page: Page): Locator {
  return page.getByRole('region', { name: 'In this document' });
}

/** Re-level -> New level -> Show changes, leaving the diff on screen. */
async function showRelevel(block: Locator, levelId: string): Promise<void> {
  await block.getByRole('button', { name: 'Re-level' }).click();
  await block.getByLabel('New level').selectOption(levelId);
  await block.getByRole('button', { name: 'Show changes' }).click();
  await diffLine(block, '').first().waitFor();
}

/** A line of the diff shown before a change ("Added: ...", "Removed: ..."). */
function diffLine(block: Locator, text: string): Locator {
  return block.getByRole('list', { name: 'What would change' }).getByRole('listitem').filter({ hasText: text });
}

/** "Keep my edits" in the confirmation, then the document must be exactly as it was. */
async function keepMyEdits(page: Page, before: FakeDocumentSnapshot): Promise<void> {
  const dialog = confirmDialog(page);
  await dialog.getByRole('button', { name: 'Keep my edits' }).click();
  await dialog.waitFor({ state: 'detached' });
  const kept = await fakeDocument(page);
  expect(kept.body).toEqual(before.body);
  expect(kept.controls).toEqual(before.controls);
}

function confirmDialog(page: Page): Locator {
  return page.getByRole('dialog').filter({ hasText: 'Your edits in this block would be lost' });
}

/** The block's content control in the fake document, and the paragraphs inside it. */
function blockIn(doc: FakeDocumentSnapshot): { control: FakeControlSnapshot; paragraphs: FakeParagraphSnapshot[] } {
  const control = doc.controls.find((c) => parseSectionTag(c.tag)?.competencyId === COMPETENCY_ID);
  if (!control) throw new Error(`No block of ${COMPETENCY_ID} in the document: ${JSON.stringify(doc.controls)}`);
  // Paragraph indexes are in reading order; the template and the block hold no tables, so they index the body too.
  const paragraphs = doc.body.slice(control.from, control.to + 1) as FakeParagraphSnapshot[];
  return { control, paragraphs };
}

/** The template's paragraphs, i.e. everything outside the block. */
function aroundBlock(doc: FakeDocumentSnapshot): FakeDocumentSnapshot['body'] {
  const { control } = blockIn(doc);
  return doc.body.filter((_, i) => i < control.from || i > control.to);
}

function listTexts(paragraphs: FakeParagraphSnapshot[]): string[] {
  return paragraphs.filter((p) => p.isListItem).map((p) => p.text);
}

/** How the block is formatted, whatever its texts: the style of each heading, and of list items. */
function formatting(paragraphs: FakeParagraphSnapshot[]) {
  return {
    headings: paragraphs.filter((p) => !p.isListItem).map((p) => p.style),
    listItems: [...new Set(paragraphs.filter((p) => p.isListItem).map((p) => p.style))],
  };
}

function texts(doc: FakeDocumentSnapshot): string[] {
  return doc.body.map((b) => (b.kind === 'paragraph' ? b.text : '[table]'));
}

type FakeWindow = { __fakeWord: FakeWordHandle };

/** Types at the end of a paragraph of the document, as the user would in Word. */
function typeAfter(page: Page, paragraph: string, typed: string): Promise<void> {
  return page.evaluate(
    ([text, more]) => (window as unknown as FakeWindow).__fakeWord.typeAfter(text, more),
    [paragraph, typed],
  );
}

/** Puts Word's cursor in a paragraph (reading-order index), away from the block. */
function moveCursor(page: Page, paragraph: number): Promise<void> {
  return page.evaluate((at) => (window as unknown as FakeWindow).__fakeWord.select({ paragraph: at }), paragraph);
}

/** Word's selection once it starts at the paragraph (the pane selects asynchronously). */
async function selectionFrom(page: Page, paragraph: number): Promise<FakeSelectionSnapshot> {
  await page.waitForFunction(
    (at) => (window as unknown as FakeWindow).__fakeWord.snapshot().selection.paragraph === at,
    paragraph,
  );
  return (await fakeDocument(page)).selection;
}

/** Locks our block's content control, as a template author can in Word's control properties. */
function lockBlock(page: Page, lock: { cannotEdit: boolean; cannotDelete: boolean }): Promise<void> {
  return page.evaluate((change) => {
    const { controls } = (window as unknown as FakeWindow).__fakeWord.model;
    for (const control of controls.filter((c) => c.tag.startsWith('jdb'))) Object.assign(control, change);
  }, lock);
}

/** The catalog file an organization would import: the NAMSS catalog under its own name and version. */
function organizationCatalog(version: string, change?: (catalog: Catalog) => void): Catalog {
  const catalog = JSON.parse(JSON.stringify(NAMSS)) as Catalog;
  Object.assign(catalog, { id: 'st-luke-msp', title: 'St. Luke MSP catalog', version });
  change?.(catalog);
  return catalog;
}

/** "Import catalog…" with the file chosen, then "Use this catalog" in the preview. */
async function importCatalog(page: Page, catalog: Catalog): Promise<void> {
  await showView(page, 'Catalogs and profiles');
  await page.getByLabel('Catalog file').setInputFiles({
    name: `${catalog.id}-${catalog.version}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(catalog)),
  });
  const preview = page.getByRole('group', { name: 'Catalog to import' });
  await preview.getByText(`version ${catalog.version}`).waitFor();
  await preview.getByRole('button', { name: 'Use this catalog' }).click();
  await preview.waitFor({ state: 'detached' });
  await showView(page, 'In this document');
}

const ENTRY = responsibilities(NAMSS, 'entry');
const MID_CAREER = responsibilities(NAMSS, 'mid-career');

describe('blocks in the document, hosted in Word (test double)', () => {
  test('an inserted competency is listed with its level, catalog version and item count; Go to selects it', () =>
    inWord(async ({ page }) => {
      const { block, picked } = await insertCompetency(page, 'entry');
      expect(picked).toEqual(ENTRY);
      const doc = await fakeDocument(page);
      const { control, paragraphs } = blockIn(doc);
      expect(listTexts(paragraphs)).toEqual(picked);
      // Between the template's paragraphs above and below the cursor.
      expect(texts(doc)[control.from - 1]).toBe('Keep this sentence as it is.');
      expect(texts(doc)[control.to + 1]).toBe('Working conditions');

      await expect(block.getByText(TITLE, { exact: true }).count()).resolves.toBe(1);
      const meta = `${levelName('entry')} · catalog version ${NAMSS.version} · ${picked.length} items`;
      await block.getByText(meta, { exact: true }).waitFor();

      await moveCursor(page, 0);
      await block.getByRole('button', { name: 'Go to' }).click();
      expect(await selectionFrom(page, control.from)).toEqual({
        story: 'main',
        paragraph: control.from,
        offset: 0,
        endParagraph: control.to,
        endOffset: paragraphs[paragraphs.length - 1].text.length,
        wholeParagraphs: true,
      });
    }));

  test('re-level Entry -> Mid-Career shows the diff first, then rebuilds the block in place in one Word.run', () =>
    inWord(async ({ page }) => {
      const { block } = await insertCompetency(page, 'entry');
      const inserted = await fakeDocument(page);
      await showRelevel(block, 'mid-career');
      const added = MID_CAREER.find((t) => !ENTRY.includes(t))!;
      const removed = ENTRY.find((t) => !MID_CAREER.includes(t))!;
      await diffLine(block, `Added: ${added}`).waitFor();
      await diffLine(block, `Removed: ${removed}`).waitFor();
      const beforeApply = await fakeDocument(page);
      expect(beforeApply.body).toEqual(inserted.body); // nothing written before Apply

      await block.getByRole('button', { name: 'Apply' }).click();
      await block.getByText(`${levelName('mid-career')} · catalog version`).waitFor();
      const after = await fakeDocument(page);
      const old = blockIn(inserted);
      const rebuilt = blockIn(after);
      expect(listTexts(rebuilt.paragraphs)).toEqual(MID_CAREER);
      expect(formatting(rebuilt.paragraphs)).toEqual(formatting(old.paragraphs));
      expect(rebuilt.paragraphs.filter((p) => !p.isListItem).map((p) => p.text)).toEqual(
        old.paragraphs.filter((p) => !p.isListItem).map((p) => p.text),
      );
      expect(aroundBlock(after)).toEqual(aroundBlock(inserted));
      expect(parseSectionTag(rebuilt.control.tag)?.levelId).toBe('mid-career');
      expect(after.controls).toHaveLength(1);

      // One Word.run wrote the change, in at most two syncs; the others since only read the document again.
      const runsSince = after.runLog.slice(beforeApply.runLog.length);
      expect(after.counters.runs - beforeApply.counters.runs).toBe(runsSince.length);
      const writers = runsSince.filter((r) => r.edits > 0);
      expect(writers).toHaveLength(1);
      expect(writers[0].syncs).toBeLessThanOrEqual(2);
    }));

  test('refresh from an updated organization catalog shows what changed, then applies it', () =>
    inWord(async ({ page }) => {
      const v1 = organizationCatalog('1.0');
      await importCatalog(page, v1);
      const { block } = await insertCompetency(page, 'entry');
      await block.getByText(`catalog version 1.0 · ${ENTRY.length} items`).waitFor();
      const [reworded, dropped, kept] = ENTRY;
      const rewritten = `${reworded.replace(/\.$/, '')}, including telehealth providers.`;
      const v2 = organizationCatalog('1.1', (catalog) => {
        const level = catalog.competencies.find((c) => c.id === COMPETENCY_ID)!.levels.entry;
        level.responsibilities[0].text = rewritten;
        level.responsibilities.splice(1, 1);
      });
      await importCatalog(page, v2);
      await block
        .getByText('The catalog is now at version 1.1: Refresh from catalog shows what would change.')
        .waitFor();
      const before = await fakeDocument(page);

      await block.getByRole('button', { name: 'Refresh from catalog' }).click();
      await diffLine(block, `Removed: ${reworded}`).waitFor();
      await diffLine(block, `Added: ${rewritten}`).waitFor();
      await diffLine(block, `Removed: ${dropped}`).waitFor();
      await expect(diffLine(block, kept).count()).resolves.toBe(0);
      expect((await fakeDocument(page)).body).toEqual(before.body);

      await block.getByRole('button', { name: 'Apply' }).click();
      await block.getByText(`catalog version 1.1 · 2 items`).waitFor();
      const after = await fakeDocument(page);
      const refreshed = blockIn(after);
      expect(listTexts(refreshed.paragraphs)).toEqual([rewritten, kept]);
      expect(parseSectionTag(refreshed.control.tag)).toMatchObject({ catalogId: v2.id, catalogVersion: '1.1' });
      expect(aroundBlock(after)).toEqual(aroundBlock(before));
    }));

  test('an edited block is changed only after a confirmation listing the typed text', () =>
    inWord(async ({ page }) => {
      const { block } = await insertCompetency(page, 'entry');
      const typed = ' Also for locum tenens providers.';
      await typeAfter(page, ENTRY[0], typed);
      await inDocument(page).getByRole('button', { name: 'Refresh list' }).click();
      await block.getByText('Edited', { exact: true }).waitFor();
      const edited = await fakeDocument(page);

      await showRelevel(block, 'mid-career');
      await block.getByRole('button', { name: 'Apply' }).click();
      const dialog = confirmDialog(page);
      await dialog.getByText(`${ENTRY[0]}${typed}`).waitFor();
      await keepMyEdits(page, edited);

      await block.getByRole('button', { name: 'Apply' }).click();
      await dialog.getByRole('button', { name: 'Overwrite my edits' }).click();
      await block.getByText(`${levelName('mid-career')} · catalog version`).waitFor();
      const after = await fakeDocument(page);
      expect(listTexts(blockIn(after).paragraphs)).toEqual(MID_CAREER);
      expect(texts(after).some((t) => t.includes(typed.trim()))).toBe(false);
      await expect(block.getByText('Edited', { exact: true }).count()).resolves.toBe(0);
    }));

  test('typing after the list was read: Remove still asks, then removes the block without leaving a gap', () =>
    inWord(async ({ page }) => {
      const { block } = await insertCompetency(page, 'entry');
      const typed = ' Note: see the bylaws.';
      await typeAfter(page, ENTRY[1], typed);
      const edited = await fakeDocument(page);
      // The list still shows the block as inserted: only the adapter's own check can catch the edit.
      await expect(block.getByText('Edited', { exact: true }).count()).resolves.toBe(0);

      await block.getByRole('button', { name: 'Remove' }).click();
      const dialog = confirmDialog(page);
      await dialog.getByText(`${ENTRY[1]}${typed}`).waitFor();
      await keepMyEdits(page, edited);

      await block.getByRole('button', { name: 'Remove' }).click();
      await dialog.getByRole('button', { name: 'Remove anyway' }).click();
      await inDocument(page)
        .getByText(/No job-description blocks yet/)
        .waitFor();
      const after = await fakeDocument(page);
      expect(after.controls).toEqual([]);
      expect(texts(after)).toEqual([
        'Director, Medical Staff Services',
        'Duties',
        'Keep this sentence as it is.',
        'Working conditions',
        'Office environment.',
      ]);
      expect(after.body).toEqual(aroundBlock(edited));
    }));

  test('a locked block shows the error MessageBar, changes nothing, and the pane stays usable', () =>
    inWord(async ({ page }) => {
      const { block } = await insertCompetency(page, 'entry');
      const inserted = await fakeDocument(page);

      await lockBlock(page, { cannotEdit: false, cannotDelete: true });
      await block.getByRole('button', { name: 'Remove' }).click();
      const notRemoved = inDocument(page).locator('.fui-MessageBar').filter({ hasText: 'could not be removed' });
      await notRemoved.waitFor();
      await expect(notRemoved.innerText()).resolves.toMatch(/locked/);
      expect((await fakeDocument(page)).body).toEqual(inserted.body);

      await lockBlock(page, { cannotEdit: true, cannotDelete: false });
      await showRelevel(block, 'mid-career');
      await block.getByRole('button', { name: 'Apply' }).click();
      const notChanged = inDocument(page).locator('.fui-MessageBar').filter({ hasText: 'could not be changed' });
      await notChanged.waitFor();
      await expect(notChanged.innerText()).resolves.toMatch(/locked/);
      const after = await fakeDocument(page);
      expect(after.body).toEqual(inserted.body);
      expect(after.controls.map((c) => c.tag)).toEqual(inserted.controls.map((c) => c.tag));

      // Still usable: Go to selects the block.
      await moveCursor(page, 0);
      await block.getByRole('button', { name: 'Go to' }).click();
      const { control } = blockIn(after);
      expect(await selectionFrom(page, control.from)).toMatchObject({ endParagraph: control.to });
    }));
});
