/**
 * Task pane benchmarks, in Debian's headless Chromium against the production build:
 * - what taskpane.html loads (raw and gzip bytes of all its JS and CSS), and the page itself;
 * - navigation to interactive (the "Level" control visible and enabled), plain and with 4x CPU throttling;
 * - re-render after a level switch, a search keystroke and a tick, on the NAMSS catalog and on a generated
 *   10,000-item catalog (a bench-only page, bundled here with esbuild; never part of dist/).
 * office.js's CDN is unreachable, as on this machine's network, so the pane runs its standalone preview.
 * PANE_BENCH=rerenders runs the re-render measurements only, PANE_BENCH=load the bundle and load ones only (for
 * alternating before/after runs).
 */
import { build, type Plugin } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import type { Browser, Page } from 'playwright-core';
import { median, report } from './measure';
import { ensureDist, ROOT } from '../test/e2e/dist';
import { launchChromium, newPaneContext } from '../test/e2e/browser';
import { paneAssets } from '../test/e2e/pane-assets';
import { serveDirectory } from '../test/e2e/static-server';

const RUNS = 7;

function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

function reportBundle(dist: string): void {
  const assets = paneAssets(dist);
  const sum = (pick: (a: (typeof assets)[number]) => number, kind?: string) =>
    assets.filter((a) => !kind || a.kind === kind).reduce((n, a) => n + pick(a), 0);
  report({ name: 'pane bundle, all JS+CSS taskpane.html loads (raw)', value: kb(sum((a) => a.rawBytes)), unit: 'KB' });
  const loadedGzip = sum((a) => a.gzipBytes);
  report({ name: 'pane bundle, all JS+CSS taskpane.html loads (gzip)', value: kb(loadedGzip), unit: 'KB' });
  // The page itself is loaded first too: the painted shell's markup and its critical CSS are in it.
  const html = zlib.gzipSync(fs.readFileSync(path.join(dist, 'taskpane.html')), { level: 9 }).length;
  report({ name: 'pane bundle, taskpane.html itself (gzip)', value: kb(html), unit: 'KB' });
  report({
    name: 'pane bundle, first load: taskpane.html and all it loads (gzip)',
    value: kb(html + loadedGzip),
    unit: 'KB',
  });
  // Chunks taskpane.html does not load itself: the Word adapter, fetched only inside Word (beside office.js).
  const loaded = new Set(assets.map((a) => a.file));
  for (const file of fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !loaded.has(f))) {
    const bytes = fs.readFileSync(path.join(dist, file));
    const name = `pane on-demand chunk ${file.replace(/\.[0-9a-f]{8}\./, '.')} (gzip, not in first load)`;
    report({ name, value: kb(zlib.gzipSync(bytes, { level: 9 }).length), unit: 'KB' });
  }
  for (const a of assets) {
    report({
      name: `pane bundle file ${a.file.replace(/\.[0-9a-f]{8}\./, '.')} (gzip)`,
      value: kb(a.gzipBytes),
      unit: 'KB',
    });
  }
}

/**
 * Records, in the page itself, the first frame in which the "Level" control is in the DOM, visible and
 * enabled. Done in-page because Playwright's own locator polling would compete with the page for the CPU.
 */
const INTERACTIVE_PROBE = `
  (() => {
    const ready = () => Array.from(document.querySelectorAll('label')).some((label) => {
      const control = label.control;
      return label.textContent.trim() === 'Level' && control && !control.disabled && control.getClientRects().length > 0;
    });
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.__interactiveAt = performance.now(); });
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  })();
`;

/** ms from navigation start until the Level control is usable, and to first contentful paint. */
async function timeToInteractive(
  browser: Browser,
  url: string,
  cpuSlowdown: number,
): Promise<{ tti: number; fcp: number }> {
  const context = await newPaneContext(browser, { interceptCdn: false }); // empty cache, like a first open
  try {
    await context.addInitScript({ content: INTERACTIVE_PROBE });
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'commit' });
    // Both: the first paint's entry can be recorded after the frame in which the shell became usable.
    const done = () =>
      (window as { __interactiveAt?: number }).__interactiveAt !== undefined &&
      performance.getEntriesByName('first-contentful-paint').length > 0;
    await page.waitForFunction(done, undefined, {
      polling: 250,
      timeout: 60_000,
    });
    const { usable, fcp } = await page.evaluate(() => ({
      usable: (window as { __interactiveAt?: number }).__interactiveAt ?? NaN,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    // Usable once it is also on screen: the frame whose callback saw it usable may be painted later.
    return { tti: Math.max(usable, fcp), fcp };
  } finally {
    await context.close();
  }
}

/** The "Level" control once it can be used (a disabled control is not interactive yet). */
function interactiveLevel(page: Page) {
  return page
    .getByLabel('Level', { exact: true })
    .and(page.locator(':not([disabled]):not([aria-disabled="true"])'))
    .first();
}

/** ms to first contentful paint of a page with nothing to wait for: what this harness costs any page. */
async function firstPaintOfEmptyPage(browser: Browser, url: string, cpuSlowdown: number): Promise<number> {
  const context = await newPaneContext(browser, { interceptCdn: false });
  try {
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'commit' });
    const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    await page.waitForFunction(fcp, undefined, { polling: 250, timeout: 60_000 });
    return await page.evaluate(fcp);
  } finally {
    await context.close();
  }
}

async function reportInteractive(browser: Browser, url: string, emptyPageUrl: string): Promise<void> {
  await timeToInteractive(browser, url, 1); // warm the browser process, not measured
  for (const slowdown of [1, 4]) {
    const suffix = slowdown > 1 ? `, ${slowdown}x CPU throttling` : '';
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) floor.push(await firstPaintOfEmptyPage(browser, emptyPageUrl, slowdown));
    report({
      name: `first contentful paint of a one-line page in this harness${suffix} (median; the floor)`,
      value: median(floor),
      unit: 'ms',
    });
    const runs: Array<{ tti: number; fcp: number }> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeToInteractive(browser, url, slowdown));
    report({
      name: `pane first contentful paint${suffix} (median)`,
      value: median(runs.map((r) => r.fcp)),
      unit: 'ms',
    });
    report({
      name: `pane navigation to interactive${suffix} (median)`,
      value: median(runs.map((r) => r.tti)),
      unit: 'ms',
    });
  }
}

// ---- Re-render after a level switch / a search keystroke -------------------------------------------

/**
 * In-page recorder: the time from the user's input event (capture phase, before React sees it) to the
 * last DOM change it caused, with layout forced at each change, i.e. until the pane has settled.
 * Covers React's deferred (useDeferredValue) render as well as the urgent one: settled means quiet for
 * QUIET_MS and an idle callback run since the last change. React's concurrent render yields to the event loop
 * every few ms, so quiet alone ended the measurement in the middle of a long deferred render; while it goes on,
 * a task is always queued and no idle callback runs (after 2 s one is run anyway: headless Chromium sometimes
 * runs none after a click).
 */
const RECORDER = `
  window.__rerender = { armed: '', t0: 0, last: 0, idle: 0 };
  const watchIdle = () => requestIdleCallback(() => { window.__rerender.idle = performance.now(); }, { timeout: 2000 });
  for (const type of ['input', 'keydown', 'click']) {
    addEventListener(type, () => {
      const r = window.__rerender;
      if (r.armed === type && !r.t0) {
        r.t0 = performance.now();
        watchIdle();
      }
    }, true);
  }
  new MutationObserver(() => {
    const r = window.__rerender;
    if (!r.t0) return;
    void document.body.offsetHeight;
    r.last = performance.now();
    watchIdle();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;
const QUIET_MS = 400;

type Recorded = { armed: string; t0: number; last: number; idle: number };

async function timeRerender(
  page: Page,
  event: 'input' | 'keydown' | 'click',
  act: () => Promise<void>,
): Promise<number> {
  await page.evaluate((type) => {
    (window as unknown as { __rerender: Recorded }).__rerender = { armed: type, t0: 0, last: 0, idle: 0 };
  }, event);
  await act();
  await page.waitForFunction(
    (quiet) => {
      const r = (window as unknown as { __rerender: Recorded }).__rerender;
      return r.t0 > 0 && r.idle > Math.max(r.t0, r.last) && performance.now() - Math.max(r.t0, r.last) > quiet;
    },
    QUIET_MS,
    { polling: 50 },
  );
  return page.evaluate(() => {
    const r = (window as unknown as { __rerender: Recorded }).__rerender;
    return Math.max(0, r.last - r.t0);
  });
}

async function levelSwitches(page: Page, rounds: number): Promise<number[]> {
  const level = page.getByLabel('Level', { exact: true });
  const values = await level
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const times: number[] = [];
  for (let i = 1; i <= rounds; i++) {
    const next = values[i % values.length];
    times.push(await timeRerender(page, 'input', () => level.selectOption(next).then(() => undefined)));
  }
  return times;
}

interface Keystroke {
  /** The search box's text before and after the key. */
  before: string;
  after: string;
  ms: number;
}

/** Types each word and erases it again, one measured keystroke at a time. */
async function searchKeystrokes(page: Page, words: string[]): Promise<Keystroke[]> {
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  const times: Keystroke[] = [];
  for (const word of words) {
    for (const key of [...word, ...Array.from(word, () => 'Backspace')]) {
      const before = await search.inputValue();
      const ms = await timeRerender(page, 'keydown', () => page.keyboard.press(key));
      times.push({ before, after: await search.inputValue(), ms });
    }
  }
  return times;
}

/**
 * Ticks and unticks the first responsibility of the first competency and the first skill, one measured click
 * at a time (each box scrolled into view first, outside the measurement).
 */
async function ticks(page: Page, rounds: number): Promise<number[]> {
  const firstCompetency = page.locator('.fui-AccordionHeader button').first();
  if ((await firstCompetency.getAttribute('aria-expanded')) !== 'true') await firstCompetency.click();
  const search = page.getByRole('searchbox', { name: 'Search' });
  const boxes = [
    page.locator('.fui-AccordionPanel input[type="checkbox"]:not([aria-label^="Select all"])').first(),
    page.getByRole('region', { name: 'Knowledge and skills' }).getByRole('checkbox').first(),
  ];
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const box = boxes[i % boxes.length];
    // A long catalog's competencies are a virtual list: the first one is drawn again near the top of the column.
    if (i % boxes.length === 0) await search.scrollIntoViewIfNeeded();
    await box.scrollIntoViewIfNeeded();
    times.push(await timeRerender(page, 'click', () => box.click()));
  }
  return times;
}

/** Opens a pane page with the first-run explanation already dismissed and the recorder installed. */
async function openMeasuredPage(browser: Browser, url: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await newPaneContext(browser, { width: 450, height: 900, interceptCdn: false });
  await context.addInitScript({ content: `localStorage.setItem('jdb.firstRunDone', '1');\n${RECORDER}` });
  const page = await context.newPage();
  await page.goto(url);
  await interactiveLevel(page).waitFor({ state: 'visible', timeout: 120_000 });
  // The app, not the painted shell (taskpane.html's static first screen) it replaces.
  await page.locator('[data-jdb-shell]').waitFor({ state: 'detached', timeout: 120_000 });
  return { page, close: () => context.close() };
}

async function reportRerenders(browser: Browser, url: string, label: string): Promise<void> {
  const { page, close } = await openMeasuredPage(browser, url);
  try {
    await levelSwitches(page, 2); // warm-up
    report({
      name: `${label}: re-render after a level switch (median)`,
      value: median(await levelSwitches(page, 8)),
      unit: 'ms',
    });
    const words = ['cred', 'data', 'peer'];
    await searchKeystrokes(page, ['x']); // warm-up
    const keystrokes = await searchKeystrokes(page, words);
    report({
      name: `${label}: re-render after a search keystroke (median)`,
      value: median(keystrokes.map((k) => k.ms)),
      unit: 'ms',
    });
    // Half of those go to or from one letter, which matches most of a level; the rest narrow or widen a word.
    report({
      name: `${label}: re-render after a search keystroke, two letters or more before and after (median)`,
      value: median(keystrokes.filter((k) => k.before.length > 1 && k.after.length > 1).map((k) => k.ms)),
      unit: 'ms',
    });
    await ticks(page, 2); // warm-up
    report({ name: `${label}: re-render after a tick (median)`, value: median(await ticks(page, 8)), unit: 'ms' });
  } finally {
    await close();
  }
}

/** The Node-only XML parser is replaced by nothing in the browser, as webpack.config.js does. */
const noNodeXml: Plugin = {
  name: 'no-node-xml',
  setup(b) {
    b.onResolve({ filter: /^@xmldom\/xmldom$/ }, () => ({ path: 'xmldom', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({
      contents: 'export const DOMParser = undefined; export const XMLSerializer = undefined;',
      loader: 'js',
    }));
  },
};

/** bench/pane-page.tsx as a production bundle in a temporary directory. */
async function buildBenchPage(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jdb-pane-page-'));
  await build({
    entryPoints: [path.join(ROOT, 'bench', 'pane-page.tsx')],
    outfile: path.join(dir, 'pane-page.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [noNodeXml],
    logLevel: 'error',
  });
  fs.writeFileSync(
    path.join(dir, 'taskpane.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>' +
      '<body><div id="root"></div><script src="pane-page.js"></script></body></html>',
  );
  fs.writeFileSync(
    path.join(dir, 'empty.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>empty</title></head>' +
      '<body><p>Job Description Builder</p></body></html>',
  );
  return dir;
}

async function main(): Promise<void> {
  const dist = ensureDist();
  const all = process.env.PANE_BENCH !== 'rerenders';
  const rerenders = process.env.PANE_BENCH !== 'load';
  if (all) reportBundle(dist);
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  const pageDir = await buildBenchPage();
  const benchServer = await serveDirectory(pageDir);
  try {
    if (all) await reportInteractive(browser, `${server.origin}/taskpane.html`, `${benchServer.origin}/empty.html`);
    if (rerenders) {
      await reportRerenders(browser, `${server.origin}/taskpane.html`, 'NAMSS catalog');
      await reportRerenders(browser, `${benchServer.origin}/taskpane.html?items=10000`, '10,000-item catalog');
    }
  } finally {
    await browser.close();
    await server.close();
    await benchServer.close();
    fs.rmSync(pageDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`pane bench failed: ${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
