/** Opening the production task pane in Chromium for the browser tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, newPaneContext, pageProblems, takeUnexpectedProblems } from './browser';
import { ensureDist } from './dist';
import { serveDirectory, type StaticServer } from './static-server';

export interface PaneSession {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

/** One browser and one dist/ server per test file. */
async function startPaneSession(): Promise<PaneSession> {
  const server = await serveDirectory(ensureDist());
  const browser = await launchChromium();
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Registers this test file's browser session (started before its tests, closed after them) and the
 * generous timeouts a shared 2-core machine needs; returns the session for the tests to use.
 * Every test fails on any Content-Security-Policy violation or uncaught script error in its pages.
 */
export function paneSessionPerFile(
  start: () => Promise<PaneSession> = startPaneSession,
  startTimeout = 240_000,
): () => PaneSession {
  let session: PaneSession | undefined;
  jest.setTimeout(120_000);
  beforeAll(async () => {
    session = await start();
  }, startTimeout);
  afterEach(failOnPageProblems);
  afterAll(() => session?.close());
  return () => {
    if (!session) throw new Error('The browser session has not started (paneSessionPerFile runs in beforeAll).');
    return session;
  };
}

function failOnPageProblems(): void {
  const problems = takeUnexpectedProblems();
  if (problems.length) throw new Error(`The pane had script errors or CSP violations:\n${problems.join('\n')}`);
}

export interface OpenPaneOptions {
  width?: number;
  height?: number;
  /** `?theme=` for the standalone preview. */
  theme?: 'light' | 'dark' | 'high-contrast';
  /** Scripts run before the page's own (e.g. the Word test double). */
  initScripts?: string[];
}

export interface OpenPane {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and CSP violations: a healthy pane has none. */
  errors: string[];
}

export async function openPane(session: PaneSession, options: OpenPaneOptions = {}): Promise<OpenPane> {
  const context = await newPaneContext(session.browser, { width: options.width, height: options.height });
  for (const script of options.initScripts ?? []) await context.addInitScript({ content: script });
  const page = await context.newPage();
  const errors = pageProblems(context);
  const query = options.theme ? `?theme=${options.theme}` : '';
  await page.goto(`${session.server.origin}/taskpane.html${query}`);
  await levelControl(page).waitFor({ state: 'visible' });
  await appTookOver(page);
  return { context, page, errors };
}

/**
 * Resolves once the app has taken over from the painted shell (taskpane.html's static first screen, usable before
 * the scripts run): tests that go further than the Level control and Search start from there.
 */
export function appTookOver(page: Page): Promise<void> {
  return page.locator('[data-jdb-shell]').waitFor({ state: 'detached' });
}

export function levelControl(page: Page) {
  return page.getByLabel('Level', { exact: true }).first();
}

/** The first-run explanation, when shown, is dismissed the way a user would: its "Got it" button. */
export async function dismissFirstRun(page: Page): Promise<void> {
  const gotIt = page.getByRole('button', { name: 'Got it' });
  if (await gotIt.isVisible()) await gotIt.click();
  await gotIt.waitFor({ state: 'hidden' });
}

/** Picks a level by its name (the option reads e.g. "Mid-Career · 5–14 years"). */
export async function chooseLevel(page: Page, levelName: string): Promise<void> {
  const level = levelControl(page);
  const labels = await level.locator('option').allTextContents();
  const label = labels.find((l) => l === levelName || l.startsWith(`${levelName} `));
  if (!label) throw new Error(`No level "${levelName}" among: ${labels.join(', ')}`);
  await level.selectOption({ label });
}

/** Open competency panels that list responsibilities (each has its "Select all in <competency>" box). */
export function competencyPanels(page: Page) {
  return page.locator('.fui-AccordionPanel').filter({ has: page.getByRole('checkbox', { name: /^Select all in / }) });
}

/** A responsibility or skill checkbox (not a "Select all" box). */
export const ITEM_CHECKBOX = { name: /^(?!Select all in )/ };

/**
 * Types a search and waits for the pane to show its result. The lists follow the query a moment later
 * (React's deferred value), so clearing waits until the search's open competencies have closed.
 */
export async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(text);
  if (text.trim()) await page.getByText(/\d+ matching items?$/).waitFor();
  else
    await page
      .getByRole('checkbox', { name: /^Select all in / })
      .first()
      .waitFor({ state: 'hidden' });
}

/** Ticks the checkbox with exactly this label (found again by name, so a re-rendered list cannot swap it). */
export async function tickByName(scope: Page | Locator, name: string): Promise<string> {
  await scope.getByRole('checkbox', { name, exact: true }).check();
  return name;
}

/** The visible label of the nth checkbox in a list. */
export async function labelOf(box: Locator): Promise<string> {
  return (await box.evaluate((el) => el.closest('.fui-Checkbox')?.querySelector('label')?.textContent ?? '')).trim();
}

export type ViewName = 'Build' | 'In this document' | 'Catalogs and profiles';

/** Shows one of the pane's three views by its tab, as a user would. */
export async function showView(page: Page, name: ViewName): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

/** Build's Catalog choice; it is folded away by default, so this opens it with its Change button if need be. */
export async function catalogChoice(page: Page): Promise<Locator> {
  const choice = page.getByLabel('Catalog', { exact: true });
  if (!(await choice.count())) {
    await showView(page, 'Build');
    await page.getByRole('button', { name: /^Change catalog/ }).click();
  }
  return choice;
}

/** The one-line result after an insertion ("Inserted 3 sections: …"). */
export function insertedStatus(page: Page): Locator {
  return page.getByText(/^Inserted \d+ sections?/);
}

/** The outermost elements (of the page, or of one part of it) reaching past the pane's right edge (clipped or causing a horizontal scrollbar). */
export function overflowing(page: Page, within?: Locator): Promise<string[]> {
  return (within ?? page.locator('body')).evaluate((root) => {
    // Content cut off by an ancestor that clips it inside the pane (e.g. a collapsed slot) is not seen.
    const clipped = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= window.innerWidth + 1)
          return true;
      }
      return false;
    };
    const found: Element[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (found.some((outer) => outer.contains(el))) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > window.innerWidth + 1 && !clipped(el)) found.push(el);
    }
    return found.map((el) => {
      const label =
        el.getAttribute('aria-label') ?? el.closest('.fui-Field')?.querySelector('label')?.textContent ?? '';
      const name = `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}`;
      return `${name} "${label}" reaches ${Math.round(el.getBoundingClientRect().right)}px of ${window.innerWidth}px`;
    });
  });
}

/** Violations as short lines (rule, impact, where), so a failure says what to fix. */
export async function violations(page: Page): Promise<string[]> {
  // axe reads colours as they are painted: in the middle of a button's colour transition (the pointer still on a
  // button that was just disabled and enabled again) it reads a mix of two states that no one sees at rest.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  );
  // Fluent's arrow-key groups (the view tabs, for one) put empty <i data-tabster-dummy> sentinels at their edges:
  // aria-hidden and focusable by design, they hand focus on at once, so a keyboard user never rests there.
  // axe's aria-hidden-focus flags them; they hold no content, so leaving them out hides nothing else.
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}
