/**
 * The pane's whole style sheet (griffel.css). taskpane.html carries inline only the rules the painted shell uses
 * and links the whole sheet switched off (media="not all", so it does not hold back the shell's first paint);
 * scripts/webpack/critical-css.js writes both. The app needs the rest of it from its first render: index.tsx waits
 * for the sheet, then switches it on as it mounts the app.
 */

/** The attribute critical-css.js gives the sheet's <link> (FULL_SHEET_ATTRIBUTE there). */
export const FULL_SHEET_ATTRIBUTE = 'data-jdb-full-styles';

function fullSheetLink(): HTMLLinkElement | null {
  return document.querySelector<HTMLLinkElement>(`link[${FULL_SHEET_ATTRIBUTE}]`);
}

/**
 * Settles once the sheet has loaded or failed (taskpane.html's error handler reports a failure), at once in a page
 * without it (the development server's, when it differs).
 */
export function fullStyleSheetLoaded(): Promise<void> {
  const link = fullSheetLink();
  if (!link || link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
}

/** Switches the whole sheet on; its rules follow the inline ones, which they repeat in the same order. */
export function applyFullStyleSheet(): void {
  const link = fullSheetLink();
  if (link) link.media = 'all';
}
