/**
 * Hosted mode in Chromium: the production pane against the Word test double (installed before the
 * add-in loads, as Office would be). Asserts what the adapter put in the document.
 */
import type { Page } from 'playwright-core';
import type { FakeDocumentSnapshot, FakeWordOptions } from '../support/fake-word';
import { fakeDocument, fakeOfficeScript, JOB_TEMPLATE, JOB_TEMPLATE_CURSOR } from './fake-office';
import {
  chooseLevel,
  competencyPanels,
  dismissFirstRun,
  ITEM_CHECKBOX,
  labelOf,
  openPane,
  search,
  paneSessionPerFile,
  tickByName,
  type OpenPane,
  insertedStatus,
} from './pane';

const session = paneSessionPerFile();

async function openInWord(options: FakeWordOptions): Promise<OpenPane> {
  const pane = await openPane(session(), { width: 400, initScripts: [fakeOfficeScript(options)] });
  await dismissFirstRun(pane.page);
  return pane;
}

/** Ticks the first two responsibilities of the first competency matching the search, and one skill. */
async function pickSome(page: Page): Promise<string[]> {
  await chooseLevel(page, 'Mid-Career');
  await search(page, 'credential');
  const panel = competencyPanels(page).first();
  await panel.waitFor();
  const picked: string[] = [];
  for (const i of [0, 1])
    picked.push(await tickByName(panel, await labelOf(panel.getByRole('checkbox', ITEM_CHECKBOX).nth(i))));
  await search(page, '');
  const skills = page.getByRole('region', { name: 'Knowledge and skills' });
  picked.push(await tickByName(skills, await labelOf(skills.getByRole('checkbox').first())));
  return picked;
}

function texts(doc: FakeDocumentSnapshot): string[] {
  return doc.body.map((b) => (b.kind === 'paragraph' ? b.text : b.values.flat().join(' | ')));
}

/** Index of the first paragraph starting with the text (skills read "Name: description"). */
function indexOf(doc: FakeDocumentSnapshot, text: string): number {
  return texts(doc).findIndex((t) => t.startsWith(text.slice(0, 40)));
}

describe('hosted in Word (test double)', () => {
  test('inserts the picked sections at the cursor, in the document’s own styles', async () => {
    const { page, context, errors } = await openInWord({ body: JOB_TEMPLATE, selection: JOB_TEMPLATE_CURSOR });
    try {
      // Word mode: no sample document beside the pane.
      await expect(page.getByRole('region', { name: 'Sample document (preview)' }).count()).resolves.toBe(0);
      const picked = await pickSome(page);
      const before = await fakeDocument(page);
      await page.getByRole('button', { name: 'Insert at cursor' }).click();
      await insertedStatus(page).waitFor();
      const after = await fakeDocument(page);

      // Between the paragraph above the cursor and the heading below it, in the picked order.
      const at = picked.map((t) => indexOf(after, t));
      expect(at.every((i) => i > indexOf(after, 'Keep this sentence'))).toBe(true);
      expect(at.every((i) => i < indexOf(after, 'Working conditions'))).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      // Nothing of the template was lost.
      for (const t of texts(before).filter(Boolean)) expect(texts(after)).toContain(t);

      // Responsibilities and skills are list paragraphs; headings use the document's heading styles.
      for (const i of at) expect(after.body[i]).toMatchObject({ kind: 'paragraph', isListItem: true });
      const headings = after.body
        .slice(at[0] - 3, at[0])
        .filter((b) => b.kind === 'paragraph' && /^Heading/.test(b.styleBuiltIn));
      expect(headings.length).toBeGreaterThan(0);
      const styles = new Set(after.body.map((b) => b.style));
      expect(styles.has('Heading 1') || styles.has('Heading 2')).toBe(true);

      // Each inserted section is a tagged content control, so the pane can find it again.
      expect(after.controls.length).toBeGreaterThan(before.controls.length);
      expect(after.controls.every((c) => c.tag.length > 0)).toBe(true);

      // The pane reads the document again and marks what is now in it.
      await page.getByText('In document').first().waitFor();
      await expect(page.getByText('The document could not be read').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('follows the Office theme: a dark Office gives a dark pane', async () => {
    const background = async (theme: 'light' | 'dark') => {
      const { page, context } = await openInWord({ body: JOB_TEMPLATE, selection: JOB_TEMPLATE_CURSOR, theme });
      try {
        return await page.locator('main').evaluate((el) => {
          const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        });
      } finally {
        await context.close();
      }
    };
    expect(await background('dark')).toBeLessThan(0.3);
    expect(await background('light')).toBeGreaterThan(0.7);
  });

  test('a non-empty selection is kept when the user chooses "Insert after selection"', async () => {
    const { page, context } = await openInWord({
      body: JOB_TEMPLATE,
      selection: { paragraph: 2, offset: 0, endParagraph: 2 },
    });
    try {
      const picked = await pickSome(page);
      await page.getByRole('button', { name: 'Insert at cursor' }).click();
      await page.getByRole('button', { name: 'Insert after selection' }).click();
      await insertedStatus(page).waitFor();
      const after = await fakeDocument(page);
      const kept = indexOf(after, 'Keep this sentence as it is.');
      expect(texts(after)[kept]).toBe('Keep this sentence as it is.');
      expect(picked.every((t) => indexOf(after, t) > kept)).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('a protected document shows the error MessageBar and changes nothing', async () => {
    const { page, context } = await openInWord({ body: JOB_TEMPLATE, selection: JOB_TEMPLATE_CURSOR, protected: true });
    try {
      const before = await fakeDocument(page);
      await pickSome(page);
      await page.getByRole('button', { name: 'Insert at cursor' }).click();
      const bar = page.locator('.fui-MessageBar').filter({ hasText: 'Nothing was inserted' });
      await bar.waitFor();
      await expect(bar.innerText()).resolves.toMatch(/protected/i);
      const after = await fakeDocument(page);
      expect(texts(after)).toEqual(texts(before));
      // The pane is still there and usable.
      await expect(page.getByRole('button', { name: 'Insert at cursor' }).isEnabled()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });
});
