/** Debian's Chromium through playwright-core (never a downloaded browser), with office.js's CDN unreachable. */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/**';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The CDN's name never resolves, so nothing can reach it even where a test does not intercept requests.
      '--host-resolver-rules=MAP appsforoffice.microsoft.com ~NOTFOUND',
    ],
  });
}

export interface PaneContextOptions {
  width?: number;
  height?: number;
  /**
   * Abort office.js requests through Playwright's routing, so tests see each attempt. Benchmarks turn it
   * off: routing sends every request of the page through Playwright, which would distort load timings.
   */
  interceptCdn?: boolean;
}

/** A fresh browser context (empty cache) in which the office.js CDN fails at once, as on this machine's network. */
export async function newPaneContext(browser: Browser, options: PaneContextOptions = {}): Promise<BrowserContext> {
  const { width = 400, height = 900, interceptCdn = true } = options;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  // Generous: the whole test suite shares a small machine, and axe or a cold page can take a while there.
  context.setDefaultTimeout(60_000);
  if (interceptCdn) await context.route(OFFICE_CDN, (route) => route.abort('internetdisconnected'));
  return context;
}
