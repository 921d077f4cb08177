/**
 * The painted shell (issue 14), rendered at build time in Node: the pane's first screen as static markup, from
 * the same components React mounts later, so taskpane.html shows it before any script runs. Styles need no
 * run-time work: the class names are the ones whose CSS the build extracts into griffel.css.
 * scripts/webpack/painted-shell.js runs this and writes its result into taskpane.html.
 */
import { renderToString } from 'react-dom/server';
import type { Theme } from '@fluentui/react-components';
import { App } from '../App';
import { FLUENT_THEMES } from '../components/theme';
import type { DocumentPort } from '../../word/port';
import { FIRST_RUN_KEY, OFFICE_THEME_KEY } from '../state/remembered';
import { PaintingShell } from './painting-shell';
import { FIRST_RUN_ATTRIBUTE, FIRST_RUN_NOTE, SHELL_SELECTOR } from './shell-choices';

/** No document yet: the first screen is the same for every document until the pane has read it. */
const NOT_CONNECTED = new Error('The painted shell has no document.');
const noDocument: DocumentPort = {
  kind: 'word',
  getDocumentSetting: () => undefined,
  readDocument: () => Promise.reject(NOT_CONNECTED),
  insert: () => Promise.reject(NOT_CONNECTED),
  setDocumentSetting: () => Promise.reject(NOT_CONNECTED),
};

/**
 * The first screen as Word shows it, in the light theme, with the first-run note: shellCss() gives the dark theme
 * its colours and hides the note from users who dismissed it; shellHeadScript() tells which they are. What lies
 * below the fold is left out (PaintingShell).
 */
export function renderShellMarkup(): string {
  return renderToString(
    <PaintingShell.Provider value>
      <App port={noDocument} theme="light" firstRun />
    </PaintingShell.Provider>,
  );
}

function themeVariables(theme: Theme): string {
  return Object.entries(theme)
    .map(([name, value]) => `--${name}:${value};`)
    .join('');
}

/** The attribute of <html> that chooses the shell's theme before it paints (shellHeadScript). */
const THEME_ATTRIBUTE = 'data-jdb-theme';

/**
 * The shell's own CSS, scoped to `selector`, which only the shell carries, so none of it outlives the hand-over:
 * Fluent's theme variables (light, or dark when <html> says so), and the first-run note hidden unless <html>
 * says this user has not dismissed it.
 */
export function shellCss(selector: string): string {
  return (
    `${selector}{${themeVariables(FLUENT_THEMES.light)}}` +
    `:root[${THEME_ATTRIBUTE}=dark] ${selector}{${themeVariables(FLUENT_THEMES.dark)}}` +
    `:root:not([${FIRST_RUN_ATTRIBUTE}]) ${selector} [${FIRST_RUN_NOTE}]{display:none}`
  );
}

const FIRST_RUN_BUTTON = `${SHELL_SELECTOR} [${FIRST_RUN_NOTE}] button`;

/**
 * A script for <head>, run before the shell is parsed. The shell opens in the theme Office last had (known only
 * once office.js answers, and remembered then), else in the system's light or dark setting. It shows the first-run
 * note to a user who has not dismissed it, whose "Got it" already works before the app takes over.
 */
export function shellHeadScript(): string {
  const html = 'document.documentElement';
  return (
    `(function(){var t,f;try{t=localStorage.getItem(${JSON.stringify(OFFICE_THEME_KEY)});` +
    `f=localStorage.getItem(${JSON.stringify(FIRST_RUN_KEY)})}catch(e){}` +
    `if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';` +
    `${html}.setAttribute(${JSON.stringify(THEME_ATTRIBUTE)},t);if(f==='1')return;` +
    `${html}.setAttribute(${JSON.stringify(FIRST_RUN_ATTRIBUTE)},'');` +
    `document.addEventListener('click',function(e){` +
    `if(!(e.target instanceof Element&&e.target.closest(${JSON.stringify(FIRST_RUN_BUTTON)})))return;` +
    `try{localStorage.setItem(${JSON.stringify(FIRST_RUN_KEY)},'1')}catch(e){}` +
    `${html}.removeAttribute(${JSON.stringify(FIRST_RUN_ATTRIBUTE)})})})();`
  );
}
