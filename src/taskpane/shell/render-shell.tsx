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
import { OFFICE_THEME_KEY } from '../state/remembered';

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
 * The first screen as Word shows it to a returning user (no first-run explanation), in the light theme:
 * shellThemeCss() gives the dark one its colours, shellThemeScript() chooses.
 */
export function renderShellMarkup(): string {
  return renderToString(<App port={noDocument} theme="light" firstRun={false} />);
}

function themeVariables(theme: Theme): string {
  return Object.entries(theme)
    .map(([name, value]) => `--${name}:${value};`)
    .join('');
}

/** The attribute of <html> that chooses the shell's theme before it paints (shellThemeScript). */
const THEME_ATTRIBUTE = 'data-jdb-theme';

/**
 * Fluent's theme variables for the shell's own provider element: light, or dark when <html> says so. Scoped to
 * `selector`, which only the shell carries, so they never override the theme React applies once it takes over.
 */
export function shellThemeCss(selector: string): string {
  return (
    `${selector}{${themeVariables(FLUENT_THEMES.light)}}` +
    `:root[${THEME_ATTRIBUTE}=dark] ${selector}{${themeVariables(FLUENT_THEMES.dark)}}`
  );
}

/**
 * A script for <head>, run before the shell is parsed: the shell opens in the theme Office last had (known only
 * once office.js answers, and remembered then), else in the system's light or dark setting.
 */
export function shellThemeScript(): string {
  return (
    `(function(){var t;try{t=localStorage.getItem(${JSON.stringify(OFFICE_THEME_KEY)})}catch(e){}` +
    `if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';` +
    `document.documentElement.setAttribute(${JSON.stringify(THEME_ATTRIBUTE)},t)})();`
  );
}
