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
 * shellThemeCss() gives the dark one its colours.
 */
export function renderShellMarkup(): string {
  return renderToString(<App port={noDocument} theme="light" firstRun={false} />);
}

function themeVariables(theme: Theme): string {
  return Object.entries(theme)
    .map(([name, value]) => `--${name}:${value};`)
    .join('');
}

/**
 * Fluent's theme variables for the shell's own provider element, light or dark as the system prefers (Office's
 * own theme is only known once office.js answers). Scoped to `selector`, which only the shell carries, so they
 * never override the theme React applies once it takes over.
 */
export function shellThemeCss(selector: string): string {
  return (
    `${selector}{${themeVariables(FLUENT_THEMES.light)}}` +
    `@media (prefers-color-scheme: dark){${selector}{${themeVariables(FLUENT_THEMES.dark)}}}`
  );
}
