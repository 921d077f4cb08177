/**
 * The painted shell (issue 14): taskpane.html shows the pane's first screen, rendered at build time from the pane's
 * own components, before any script runs. Here the pane's scripts are held back while the test looks at the shell
 * and uses it, then let through: the app takes over without a visible change and without losing what was done.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { builtinCatalog } from '../../src/catalog/builtin';
import { isStatedRating } from '../../src/catalog/honesty';
import { levelView } from '../../src/catalog/query';
import { ratingLabel } from '../../src/catalog/rating-words';
import { newPaneContext } from './browser';
import { fakeOfficeScript, JOB_TEMPLATE, JOB_TEMPLATE_CURSOR } from './fake-office';
import { appTookOver, levelControl, paneSessionPerFile, violations } from './pane';

const session = paneSessionPerFile();
const catalog = builtinCatalog();

interface HeldPane {
  context: BrowserContext;
  page: Page;
  /** Lets the pane's scripts download, and waits until the app has replaced the shell. */
  release(): Promise<void>;
  /** Lets the whole style sheet download, when held back (`holdStyleSheet`). */
  releaseStyleSheet(): void;
}

/** Holds back the page's requests to `url` until the function returned is called. */
async function holdBack(context: BrowserContext, url: RegExp): Promise<() => void> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  await context.route(url, async (route) => {
    await gate;
    await route.continue();
  });
  return open;
}

/** Opens the pane with its first script held back, and waits for the shell. Inside Word (the test double) if asked. */
async function openHeld(
  options: {
    inWord?: boolean;
    colorScheme?: 'light' | 'dark';
    officeThemeWas?: 'dark';
    newUser?: boolean;
    lastLevel?: string;
    holdStyleSheet?: boolean;
  } = {},
): Promise<HeldPane> {
  const context = await newPaneContext(session().browser, { width: 320, height: 600 });
  // A returning user unless asked, who has dismissed the first-run note. (about:blank runs it too, where storage is
  // refused.)
  if (!options.newUser) {
    await context.addInitScript({ content: "try { localStorage.setItem('jdb.firstRunDone', '1'); } catch {}" });
  }
  if (options.officeThemeWas) {
    const remember = `localStorage.setItem('jdb.officeTheme', '${options.officeThemeWas}');`;
    await context.addInitScript({ content: `try { ${remember} } catch {}` });
  }
  if (options.lastLevel) {
    await context.addInitScript({
      content: `try { localStorage.setItem('jdb.level', '${options.lastLevel}'); } catch {}`,
    });
  }
  if (options.inWord) {
    await context.addInitScript({ content: fakeOfficeScript({ body: JOB_TEMPLATE, selection: JOB_TEMPLATE_CURSOR }) });
  }
  const open = await holdBack(context, /\/vendor\.[0-9a-f]+\.js$/);
  const releaseStyleSheet = options.holdStyleSheet ? await holdBack(context, /\/griffel\.[0-9a-f]+\.css$/) : () => {};
  const page = await context.newPage();
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  await page.goto(`${session().server.origin}/taskpane.html`, { waitUntil: 'commit' });
  await page.locator('[data-jdb-shell]').waitFor();
  await levelControl(page).waitFor({ state: 'visible' });
  return {
    context,
    page,
    release: async () => {
      open();
      await appTookOver(page);
    },
    releaseStyleSheet,
  };
}

describe('before the scripts run', () => {
  test('the first screen is there: title, views, Level, Search, every competency, the insert bar', async () => {
    const { context, page } = await openHeld();
    try {
      await expect(page.getByRole('heading', { name: 'Job Description Builder' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('tab', { name: 'Build' }).isVisible()).resolves.toBe(true);
      await expect(levelControl(page).isEnabled()).resolves.toBe(true);
      await expect(levelControl(page).locator('option').allTextContents()).resolves.toHaveLength(catalog.levels.length);
      await expect(page.getByRole('searchbox', { name: 'Search' }).isEditable()).resolves.toBe(true);
      for (const competency of catalog.competencies) {
        await expect(page.getByText(competency.title, { exact: true }).count()).resolves.toBe(1);
      }
      await expect(page.getByRole('button', { name: 'Insert at cursor' }).isVisible()).resolves.toBe(true);
      await expect(page.getByText('Three steps').isVisible()).resolves.toBe(false);
      await expect(page.evaluate(() => typeof (window as { React?: unknown }).React)).resolves.toBe('undefined');
    } finally {
      await context.close();
    }
  });

  test('a returning user finds it at their last level: its competencies, ratings and counts', async () => {
    const { context, page } = await openHeld({ lastLevel: 'executive' });
    try {
      await expect(levelControl(page).inputValue()).resolves.toBe('executive');
      const expected = levelView(catalog, 'executive').competencies.map(
        (c) =>
          c.competency.title +
          (isStatedRating(c.rating) ? ratingLabel(catalog, c.rating) : '') +
          `0 of ${c.responsibilities.length} selected`,
      );
      const headers = await page.locator('.fui-AccordionHeader__button').allTextContents();
      expect(headers.filter((h) => h.endsWith(' selected'))).toEqual(expected);
      await expect(page.evaluate(() => typeof (window as { React?: unknown }).React)).resolves.toBe('undefined');
    } finally {
      await context.close();
    }
  });

  test('axe finds nothing to report in the shell', async () => {
    const { context, page } = await openHeld();
    try {
      await expect(violations(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });

  const shellBackground = (page: Page) =>
    page
      .locator('[data-jdb-shell]')
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--colorNeutralBackground1').trim());

  test('with the system in dark mode the shell is dark from the first paint', async () => {
    const { context, page } = await openHeld({ colorScheme: 'dark' });
    try {
      await expect(shellBackground(page)).resolves.toBe('#292929');
    } finally {
      await context.close();
    }
  });

  test("Office's dark theme, seen last time, wins over a light system", async () => {
    const { context, page } = await openHeld({ colorScheme: 'light', officeThemeWas: 'dark' });
    try {
      await expect(shellBackground(page)).resolves.toBe('#292929');
    } finally {
      await context.close();
    }
  });
});

describe('the app taking over', () => {
  test.each<[string, { newUser?: boolean; lastLevel?: string }]>([
    ['a returning user', {}],
    ['a new user, shown the first-run note', { newUser: true }],
    ['a returning user last at another level', { lastLevel: 'managerial' }],
  ])('inside Word, %s, with nothing done in the shell: not a pixel changes', async (_, user) => {
    const { context, page, release } = await openHeld({ inWord: true, ...user });
    try {
      await expect(page.getByText('Three steps').isVisible()).resolves.toBe(!!user.newUser);
      await expect(levelControl(page).inputValue()).resolves.toBe(user.lastLevel ?? catalog.levels[0].id);
      const before = await page.screenshot();
      await release();
      // Let the app read the document and settle (its first read fills nothing on the first screen).
      await page.getByText('Nothing selected yet').waitFor();
      await page.waitForTimeout(500);
      const after = await page.screenshot();
      expect(after.equals(before)).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('what the shell left out is styled once the app has taken over (the whole style sheet is on)', async () => {
    const { context, page, release } = await openHeld({ inWord: true });
    try {
      // The shell has no pick rows, so their rules are not among its inline ones: only the whole sheet hides
      // Fluent's native checkbox under its drawn box.
      await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
      await release();
      const box = page.getByRole('region', { name: 'Qualifications' }).getByRole('checkbox').first();
      await expect(box.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('0');
    } finally {
      await context.close();
    }
  });

  test('the app waits for the whole style sheet: it does not take over while the sheet is still downloading', async () => {
    const { context, page, release, releaseStyleSheet } = await openHeld({ inWord: true, holdStyleSheet: true });
    try {
      const scriptsDownloaded = page.waitForResponse(/\/vendor\.[0-9a-f]+\.js$/);
      const tookOver = release();
      await scriptsDownloaded;
      // Time enough for the scripts to run and mount the app (well under a second here) if they did not wait.
      await page.waitForTimeout(1500);
      await expect(page.locator('[data-jdb-shell]').count()).resolves.toBe(1);
      releaseStyleSheet();
      await tookOver;
      const box = page.getByRole('region', { name: 'Qualifications' }).getByRole('checkbox').first();
      await expect(box.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('0');
    } finally {
      await context.close();
    }
  });

  test('"Got it" in the shell works before the scripts run, and the app does not bring the note back', async () => {
    const { context, page, release } = await openHeld({ inWord: true, newUser: true });
    try {
      await page.getByRole('button', { name: 'Got it' }).click();
      await expect(page.getByText('Three steps').isVisible()).resolves.toBe(false);
      await release();
      await page.getByText('Nothing selected yet').waitFor();
      await expect(page.getByText('Three steps').count()).resolves.toBe(0);
      await expect(page.evaluate(() => localStorage.getItem('jdb.firstRunDone'))).resolves.toBe('1');
    } finally {
      await context.close();
    }
  });

  test('the level chosen and the search typed before it keep, with the caret where it was', async () => {
    const { context, page, release } = await openHeld({ inWord: true });
    try {
      await levelControl(page).selectOption('managerial');
      const box = page.getByRole('searchbox', { name: 'Search' });
      await box.click();
      await page.keyboard.type('peer');
      await page.keyboard.press('ArrowLeft');
      await release();
      await expect(levelControl(page).inputValue()).resolves.toBe('managerial');
      await expect(box.inputValue()).resolves.toBe('peer');
      await page.getByText(/\d+ matching items/).waitFor();
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { name: el?.getAttribute('name'), caret: el?.selectionStart };
      });
      expect(focus).toEqual({ name: 'search', caret: 3 });
      // Typing goes on in the same box, at the caret.
      await page.keyboard.type('s');
      await expect(box.inputValue()).resolves.toBe('peesr');
    } finally {
      await context.close();
    }
  });
});
