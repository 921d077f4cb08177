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
 * The levels the shell opens at: the first catalog's, as the app chooses (the first one unless the user's last
 * level is another). The page holds the first level's screen; shellLevelScript() turns it into the user's level.
 */
export function shellLevelIds(): string[] {
  return builtinCatalogs()[0].levels.map((l) => l.id);
}

/**
 * The first screen as Word shows it at a level, in the light theme, with the first-run note: shellCss() gives the
 * dark theme its colours and hides the note from users who dismissed it; shellHeadScript() tells which they are.
 * What lies below the fold is left out (PaintingShell).
 */
export function renderShellMarkup(levelId: string): string {
  return renderToString(
    <PaintingShell.Provider value>
      <App port={noDocument} theme="light" firstRun shell={{ levelId }} />
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

/** The attributes of a patch's <template>: its level, its path, and "index removed". */
export interface PatchAttributes {
  level: string;
  at: string;
  splice: string;
}

/**
 * A script for right after the shell and its patches: for a returning user whose last level is not the first, it
 * turns the shell into that level's (the Level choice, ratings, counts), as the app will show it, then lets the
 * shell show (shellHeadScript held it back). Each patch's <template> says where its nodes go: at the node its path
 * leads to from #root, in place of `removed` children from `index` on. Applied last to first, every path and index
 * is still that of the page as written. A patch that cannot apply leaves the rest as it is (the app soon replaces
 * the shell); the templates go either way. scripts/webpack/shell-levels.js writes the templates, and names their
 * attributes (`PATCH`).
 */
export function shellLevelScript(PATCH: PatchAttributes): string {
  const templates = `document.querySelectorAll('template[${PATCH.level}]')`;
  return (
    `(function(){try{var l=localStorage.getItem(${JSON.stringify(LEVEL_KEY)}),r=document.getElementById('root');` +
    `[].slice.call(${templates}).filter(function(t){return t.getAttribute('${PATCH.level}')===l}).reverse()` +
    `.forEach(function(t){var n=r,a=t.getAttribute('${PATCH.at}'),s=t.getAttribute('${PATCH.splice}').split(' '),` +
    `i=+s[0],k=+s[1];if(a)a.split('.').forEach(function(x){n=n.childNodes[+x]});` +
    `var at=n.childNodes[i+k]||null;while(k--)n.removeChild(n.childNodes[i]);n.insertBefore(t.content,at)})}` +
    `catch(e){}finally{[].slice.call(${templates}).forEach(function(t){t.remove()});` +
    `document.documentElement.removeAttribute(${JSON.stringify(LEVEL_PENDING_ATTRIBUTE)})}})();`
  );
}
