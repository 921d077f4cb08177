/** Opening the production task pane in Chromium for the browser tests. */
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
export function paneSessionPerFile(start: () => Promise<PaneSession> = startPaneSession): () => PaneSession {
  let session: PaneSession | undefined;
  jest.setTimeout(120_000);
  beforeAll(async () => {
    session = await start();
  }, 240_000);
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
  return { context, page, errors };
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
