/**
 * The painted shell (issue 14), rendered at build time in Node: the pane's first screen as static markup, from
 * the same components React mounts later, so taskpane.html shows it before any script runs. Styles need no
 * run-time work: the class names are the ones whose CSS the build extracts into griffel.css.
 * scripts/webpack/painted-shell.js runs this and writes its result into taskpane.html.
 */
import { renderToString } from 'react-dom/server';
import type { Theme } from '@fluentui/react-components';
import { App } from '../App';
import { builtinCatalogs } from '../../catalog/builtin';
import { FLUENT_THEMES } from '../components/theme';
import type { DocumentPort } from '../../word/port';
import { FIRST_RUN_KEY, LEVEL_KEY, OFFICE_THEME_KEY } from '../state/remembered';
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
 * The levels the shell opens at: the first catalog's, as the app chooses (the first one unless the user's last
 * level is another). The page holds the first level's screen; shellLevelScript() turns it into the user's level.
 */
export function shellLevelIds(): string[] {
  return builtinCatalogs()[0].levels.map((l) => l.id);
}

/**
 * The first screen as Word shows it at a level, in the light theme, with the first-run note: shellCss() gives the
 * dark theme its colours and hides the note from users who dismissed it; shellHeadScript() tells which they are.
 */
export function renderShellMarkup(levelId: string): string {
  return renderToString(<App port={noDocument} theme="light" firstRun shell={{ levelId }} />);
}

function themeVariables(theme: Theme): string {
  return Object.entries(theme)
    .map(([name, value]) => `--${name}:${value};`)
    .join('');
}

/** The attribute of <html> that chooses the shell's theme before it paints (shellHeadScript). */
const THEME_ATTRIBUTE = 'data-jdb-theme';
/**
 * Set on <html> from <head> for a user with a last level, until the script after the shell has set that level:
 * the parser may yield, and the page paint, between the shell and that script, and the shell must not show the
 * first level's screen in the meantime.
 */
const LEVEL_PENDING_ATTRIBUTE = 'data-jdb-level-pending';

/**
 * The shell's own CSS, scoped to `selector`, which only the shell carries, so none of it outlives the hand-over:
 * Fluent's theme variables (light, or dark when <html> says so), the first-run note hidden unless <html>
 * says this user has not dismissed it, and the whole shell hidden while its level is still to be set.
 */
export function shellCss(selector: string): string {
  return (
    `${selector}{${themeVariables(FLUENT_THEMES.light)}}` +
    `:root[${THEME_ATTRIBUTE}=dark] ${selector}{${themeVariables(FLUENT_THEMES.dark)}}` +
    `:root:not([${FIRST_RUN_ATTRIBUTE}]) ${selector} [${FIRST_RUN_NOTE}]{display:none}` +
    `:root[${LEVEL_PENDING_ATTRIBUTE}] ${selector}{visibility:hidden}`
  );
}

const FIRST_RUN_BUTTON = `${SHELL_SELECTOR} [${FIRST_RUN_NOTE}] button`;

/**
 * A script for <head>, run before the shell is parsed. The shell opens in the theme Office last had (known only
 * once office.js answers, and remembered then), else in the system's light or dark setting. It shows the first-run
 * note to a user who has not dismissed it, whose "Got it" already works before the app takes over. For a user with
 * a last level, it holds the shell back until shellLevelScript() has set that level.
 */
export function shellHeadScript(): string {
  const html = 'document.documentElement';
  return (
    `(function(){var t,f,l;try{t=localStorage.getItem(${JSON.stringify(OFFICE_THEME_KEY)});` +
    `f=localStorage.getItem(${JSON.stringify(FIRST_RUN_KEY)});l=localStorage.getItem(${JSON.stringify(LEVEL_KEY)})}` +
    `catch(e){}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';` +
    `${html}.setAttribute(${JSON.stringify(THEME_ATTRIBUTE)},t);` +
    `if(l)${html}.setAttribute(${JSON.stringify(LEVEL_PENDING_ATTRIBUTE)},'');if(f==='1')return;` +
    `${html}.setAttribute(${JSON.stringify(FIRST_RUN_ATTRIBUTE)},'');` +
    `document.addEventListener('click',function(e){` +
    `if(!(e.target instanceof Element&&e.target.closest(${JSON.stringify(FIRST_RUN_BUTTON)})))return;` +
    `try{localStorage.setItem(${JSON.stringify(FIRST_RUN_KEY)},'1')}catch(e){}` +
    `${html}.removeAttribute(${JSON.stringify(FIRST_RUN_ATTRIBUTE)})})})();`
  );
}

/**
 * [path, index, removed, html]: at the node `path` leads to (child indexes from #root), `removed` child nodes from
 * `index` on give way to the nodes of `html` (scripts/webpack/shell-levels.js makes them).
 */
export type ShellPatch = [number[], number, number, string];

/**
 * A script for right after the shell: for a returning user whose last level is not the first, it turns the shell
 * into that level's (the Level choice, ratings, counts, qualifications), as the app will show it, then lets the
 * shell show (shellHeadScript held it back). Patches apply last to first, so each one's path and index are still
 * those of the page as written.
 */
export function shellLevelScript(patchesByLevel: Record<string, ShellPatch[]>): string {
  return (
    // In a <script>, "</script>" in the markup would end it: every "<" is written as its escape.
    `(function(){var l,p=${JSON.stringify(patchesByLevel).replace(/</g, '\\u003c')};` +
    `try{l=localStorage.getItem(${JSON.stringify(LEVEL_KEY)});` +
    `if(!l||!Object.prototype.hasOwnProperty.call(p,l))return;` +
    `var r=document.getElementById('root'),t=document.createElement('template');` +
    `p[l].reverse().forEach(function(x){var n=r,k;x[0].forEach(function(i){n=n.childNodes[i]});` +
    `var at=n.childNodes[x[1]+x[2]]||null;for(k=0;k<x[2];k++)n.removeChild(n.childNodes[x[1]]);` +
    `t.innerHTML=x[3];n.insertBefore(t.content,at)})}` +
    `catch(e){}finally{document.documentElement.removeAttribute(${JSON.stringify(LEVEL_PENDING_ATTRIBUTE)})}})();`
  );
}
