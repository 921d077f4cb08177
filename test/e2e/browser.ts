/** Debian's Chromium through playwright-core (never a downloaded browser), with office.js's CDN unreachable. */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/**';

/** `extraArgs`: switches one test needs for its own browser only (e.g. trusting its test certificate). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
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
      ...extraArgs,
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
  await watchProblems(context);
  return context;
}

interface Watched {
  problems: string[];
  /** Script errors a test provokes on purpose (never CSP violations). */
  expected: RegExp[];
  /** How many problems earlier checks have already looked at. */
  checked: number;
  closed: boolean;
}

const watched = new Map<BrowserContext, Watched>();

/**
 * Records, for every page of the context, uncaught script errors and Content-Security-Policy violations
 * (a `securitypolicyviolation` listener installed before the page's own scripts run).
 */
async function watchProblems(context: BrowserContext): Promise<void> {
  const entry: Watched = { problems: [], expected: [], checked: 0, closed: false };
  watched.set(context, entry);
  context.on('close', () => (entry.closed = true));
  await context.exposeBinding('__jdbReportViolation', (_source, text: string) => {
    entry.problems.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __jdbReportViolation(text: string): void }).__jdbReportViolation;
      void report(
        `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  context.on('page', (page) => page.on('pageerror', (e) => entry.problems.push(e.message)));
}

/** The context's script errors and CSP violations so far (the same array, kept up to date). */
export function pageProblems(context: BrowserContext): string[] {
  const entry = watched.get(context);
  if (!entry) throw new Error('This browser context was not made by newPaneContext.');
  return entry.problems;
}

/** A test that makes the page fail on purpose names the script error it expects. */
export function expectPageError(context: BrowserContext, message: RegExp): void {
  watched.get(context)?.expected.push(message);
}

/**
 * The unexpected problems recorded since the last call, in every context newPaneContext made (closed ones
 * are then forgotten): the browser tests' afterEach fails the test on any (test/e2e/pane.ts).
 */
export function takeUnexpectedProblems(): string[] {
  const found: string[] = [];
  for (const [context, entry] of watched) {
    const fresh = entry.problems.slice(entry.checked);
    entry.checked = entry.problems.length;
    found.push(...fresh.filter((p) => p.startsWith('CSP violation') || !entry.expected.some((re) => re.test(p))));
    if (entry.closed) watched.delete(context);
  }
  return found;
}
