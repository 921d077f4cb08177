/**
 * Loads office.js from Microsoft's CDN without ever blocking the pane: the script is injected
 * asynchronously, and both its download and Office.onReady are bounded by one deadline. When
 * the CDN is unreachable or slow, or the page runs outside Office, the answer is host 'none'.
 */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export type OfficeHostKind = 'word' | 'none';
export type PaneTheme = 'light' | 'dark' | 'high-contrast';

export interface OfficeBoot {
  host: OfficeHostKind;
  theme: PaneTheme;
  /** Why Office is not available, when it failed to load (as opposed to simply not being there). */
  failure?: string;
}

type OfficeGlobal = typeof Office;

function officeGlobal(): OfficeGlobal | undefined {
  return (globalThis as { Office?: OfficeGlobal }).Office;
}

/** True when the page probably runs inside Office: Office passes _host_Info, Office on the web frames the pane. */
export function probablyInOffice(win: Window = window): boolean {
  if (officeGlobal()) return true;
  if (/[?&]_host_Info=/i.test(win.location.search)) return true;
  try {
    return win.self !== win.top;
  } catch {
    return true; // a cross-origin parent frame: Office on the web
  }
}

function withDeadline<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
  const remaining = Math.max(0, deadline - Date.now());
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took longer than it should`)), remaining);
    work.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

function injectScript(src: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.appendChild(script);
  });
}

function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  // Relative luminance (sRGB approximation); below the midpoint the Office theme is dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function forcedColorsActive(win: Window = window): boolean {
  return typeof win.matchMedia === 'function' && win.matchMedia('(forced-colors: active)').matches;
}

/** The pane theme from the Office theme; Windows high contrast shows as forced colours. */
export function themeFromOffice(office: OfficeGlobal | undefined, win: Window = window): PaneTheme {
  if (forcedColorsActive(win)) return 'high-contrast';
  const theme = office?.context?.officeTheme as (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  return isDarkColor(theme.bodyBackgroundColor) ? 'dark' : 'light';
}

/**
 * Resolves within about `timeoutMs` whatever happens. Uses an Office global that is already
 * present (Office itself, or a test double) instead of fetching the CDN script.
 */
export async function loadOffice(timeoutMs = 5000): Promise<OfficeBoot> {
  const deadline = Date.now() + timeoutMs;
  try {
    if (!officeGlobal()) await withDeadline(injectScript(OFFICE_JS_URL), deadline, 'Loading office.js');
    const office = officeGlobal();
    if (!office) return { host: 'none', theme: themeFromOffice(undefined) };
    const info = await withDeadline(office.onReady(), deadline, 'Office.onReady');
    const host: OfficeHostKind = info?.host === (office.HostType?.Word ?? 'Word') ? 'word' : 'none';
    return { host, theme: host === 'word' ? themeFromOffice(office) : themeFromOffice(undefined) };
  } catch (e) {
    return { host: 'none', theme: themeFromOffice(undefined), failure: (e as Error).message };
  }
}
