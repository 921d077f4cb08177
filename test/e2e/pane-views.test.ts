/**
 * The pane at Word's default task-pane size, 320 x 600, against the Word test double: the first screen of Build
 * shows the level, the search box and the first competency, and the three tabs fit on one row; after inserting a whole level the status is short
 * and offers Go to; In this document shows one job description whose Re-level changes every section in one
 * Word.run after one review; the three tabs work from the keyboard.
 * Screenshots go to test-artifacts/screenshots/ for people to look at.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { parseSectionTag } from '../../src/render/section-tag';
import { ROOT } from './dist';
import { fakeDocument, fakeOfficeScript, JOB_TEMPLATE, JOB_TEMPLATE_CURSOR } from './fake-office';
import {
  dismissFirstRun,
  insertedStatus,
  levelControl,
  openPane,
  paneSessionPerFile,
  showView,
  violations,
} from './pane';

const OUT = path.join(ROOT, 'test-artifacts', 'screenshots');
const session = paneSessionPerFile();
beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));

const THEMES = ['light', 'dark', 'high-contrast'] as const;

/** The pane in Word (the double) at 320 x 600; high contrast is Windows' forced colours, as Office shows it. */
async function openInWord(theme: (typeof THEMES)[number] = 'light') {
  const pane = await openPane(session(), {
    width: 320,
    height: 600,
    initScripts: [
      fakeOfficeScript({
        body: JOB_TEMPLATE,
        selection: JOB_TEMPLATE_CURSOR,
        theme: theme === 'dark' ? 'dark' : 'light',
      }),
    ],
  });
  if (theme === 'high-contrast') {
    await pane.page.emulateMedia({ forcedColors: 'active' });
    await pane.page.reload();
    await levelControl(pane.page).waitFor({ state: 'visible' });
  }
  return pane;
}

/** Whether the element is wholly inside the window (the first screen, without scrolling). */
function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth + 1;
    });
}

/**
 * Whether the element is wholly visible in the window without scrolling: inside it and inside the scrolling
 * column that holds it (Build's column ends above the insert bar).
 */
function shownWithoutScrolling(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    let bottom = window.innerHeight;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (getComputedStyle(p).overflowY !== 'visible') bottom = Math.min(bottom, p.getBoundingClientRect().bottom);
      if (p.scrollTop !== 0) return false;
    }
    return r.height > 0 && r.top >= 0 && r.bottom <= bottom && r.right <= window.innerWidth + 1;
  });
}

/** The tabs' tops: one value when they sit on one row. */
function tabRows(page: Page): Promise<number> {
  return page
    .getByRole('tab')
    .evaluateAll((tabs) => new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size);
}

/** The matrix cells' texts that take more than one line (a word broken in a narrow column does). */
function wrappedCellTexts(page: Page): Promise<string[]> {
  return page.getByRole('grid').evaluate((grid) => {
    const wrapped: string[] = [];
    for (const cell of grid.querySelectorAll('[role="gridcell"]')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(text);
        if (range.getClientRects().length > 1) wrapped.push(text.textContent ?? '');
      }
    }
    return wrapped;
  });
}

/** Fake Word's run counter (one Word.run per batch the pane sends). */
function wordRuns(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __fakeWord: { counters: { runs: number } } }).__fakeWord.counters.runs,
  );
}

/** Whole level: "Select all Very Essential and Essential", then Insert at cursor. */
async function insertWholeLevel(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Select all Very Essential and Essential/ }).click();
  await page.getByRole('button', { name: 'Insert at cursor' }).click();
  await insertedStatus(page).waitFor();
}

describe.each(THEMES)('%s theme at 320 x 600', (theme) => {
  test('the first screen of Build shows the level, the search box, the first competency and the insert bar; tabs on one row; matrix words whole; each view axe-clean', async () => {
    const { page, context, errors } = await openInWord(theme);
    try {
      await dismissFirstRun(page);
      await page.screenshot({ path: path.join(OUT, `pane-320x600-${theme}-build.png`) });
      expect(await levelControl(page).evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(
        true,
      );
      expect(await onFirstScreen(page, 'input[type="search"]')).toBe(true);
      const competencies = page.getByRole('region', { name: 'Competencies' }).locator('.fui-AccordionHeader');
      await expect(shownWithoutScrolling(competencies.first())).resolves.toBe(true);
      expect(await onFirstScreen(page, 'button:has-text("Insert at cursor")')).toBe(true);
      await expect(tabRows(page)).resolves.toBe(1);
      expect(await violations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Matrix', exact: true }).click();
      await page.getByRole('grid').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, `pane-320x600-${theme}-matrix.png`) });
      await expect(wrappedCellTexts(page)).resolves.toEqual([]);
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'List', exact: true }).click();

      await insertWholeLevel(page);
      await showView(page, 'In this document');
      await page.getByText(/^Job description 1/).waitFor();
      await page.screenshot({ path: path.join(OUT, `pane-320x600-${theme}-in-document.png`) });
      expect(await violations(page)).toEqual([]);
      await showView(page, 'Catalogs and profiles');
      await page.screenshot({ path: path.join(OUT, `pane-320x600-${theme}-catalogs.png`) });
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test('after inserting a whole level: a short status with Go to; one job description, re-levelled whole in one Word.run', async () => {
  const { page, context, errors } = await openInWord();
  try {
    await dismissFirstRun(page);
    await insertWholeLevel(page);
    const status = page.locator('.fui-MessageBar').filter({ has: insertedStatus(page) });
    await page.screenshot({ path: path.join(OUT, 'pane-320x600-light-inserted.png') });
    expect((await status.boundingBox())!.height).toBeLessThanOrEqual(200);
    // The count of a whole level wraps beside Insert at cursor, not onto a row of its own.
    const count = (await page
      .getByRole('status')
      .filter({ hasText: /selected/ })
      .boundingBox())!;
    const insert = (await page.getByRole('button', { name: 'Insert at cursor' }).boundingBox())!;
    expect(count.y < insert.y + insert.height && insert.y < count.y + count.height).toBe(true);
    const sections = (await fakeDocument(page)).controls.filter((c) => parseSectionTag(c.tag));
    expect(sections.length).toBeGreaterThan(2);
    expect(new Set(sections.map((c) => parseSectionTag(c.tag)?.jobId)).size).toBe(1);

    // Go to selects the first inserted section (its whole control).
    const first = (await fakeDocument(page)).controls.find((c) => parseSectionTag(c.tag))!;
    await status.getByRole('button', { name: 'Go to' }).click();
    await page.waitForFunction(
      ([from, to]) => {
        const { selection } = (
          window as unknown as {
            __fakeWord: { snapshot(): { selection: { paragraph: number; endParagraph: number } } };
          }
        ).__fakeWord.snapshot();
        return selection.paragraph === from && selection.endParagraph === to;
      },
      [first.from, first.to],
    );

    await showView(page, 'In this document');
    const job = page.locator('ul[aria-label="Blocks in this document"] > li');
    await expect(job.count()).resolves.toBe(1);
    await expect(job.textContent()).resolves.toContain(`${sections.length} sections`);
    await job.getByRole('button', { name: 'Re-level' }).click();
    await job.getByLabel('New level').selectOption('managerial');
    await job.getByRole('button', { name: 'Show changes' }).click();
    const review = job.getByRole('group', { name: 'Changes to apply' });
    await review.waitFor();
    await page.screenshot({ path: path.join(OUT, 'pane-320x600-light-job-review.png') });
    const runsBefore = await wordRuns(page);
    await review.getByRole('button', { name: 'Apply' }).click();
    await page.getByText(/^Re-levelled job description 1/).waitFor();
    // The change is one Word.run (test/word/blocks.test.ts counts its syncs); then the pane reads the document
    // again: the block list after the change, the document snapshot, and the list for that snapshot.
    expect((await wordRuns(page)) - runsBefore).toBeLessThanOrEqual(4);
    const after = (await fakeDocument(page)).controls.flatMap((c) => {
      const tag = parseSectionTag(c.tag);
      return tag ? [tag] : [];
    });
    expect(after.map((t) => t.levelId)).toEqual(sections.map(() => 'managerial'));
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the three tabs are reached and chosen from the keyboard', async () => {
  const { page, context } = await openInWord();
  try {
    await dismissFirstRun(page);
    await page.getByRole('tab', { name: 'Build' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tabpanel', { name: 'In this document' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tabpanel', { name: 'Catalogs and profiles' }).waitFor();
    await expect(page.getByRole('tab', { name: 'Catalogs and profiles' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await levelControl(page).waitFor({ state: 'visible' });
  } finally {
    await context.close();
  }
});
