/**
 * The painted shell opens at a returning user's last level (issue 14): the page holds the first level's screen and,
 * per other level, the nodes that differ (scripts/webpack/shell-levels.js); a script right after the shell applies
 * them. Here the page's own scripts run in jsdom, in page order, as a browser would run them.
 */
import { JSDOM } from 'jsdom';
import { parseFragment } from 'parse5';
import { withPaintedShell } from '../scripts/webpack/painted-shell';
import { shellPatches } from '../scripts/webpack/shell-levels';
import * as renderer from '../src/taskpane/shell/render-shell';
import { builtinCatalogs } from '../src/catalog/builtin';

const PAGE = '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>';
const levels = builtinCatalogs()[0].levels.map((l) => l.id);

/** The page with `first` as the level written into it. */
const pageAt = (first: string) =>
  withPaintedShell(PAGE, { ...renderer, shellLevelIds: () => [first, ...levels.filter((l) => l !== first)] });

/** #root's markup once the page's scripts have run, for a user whose stored last level is `stored`. */
function shellFor(page: string, stored?: string): string {
  const dom = new JSDOM(page, {
    url: 'https://localhost/taskpane.html',
    runScripts: 'dangerously',
    beforeParse(window) {
      window.matchMedia = () => ({ matches: false }) as MediaQueryList;
      if (stored !== undefined) window.localStorage.setItem('jdb.level', stored);
    },
  });
  // Held back from <head> for a user with a last level, the shell shows once its level is set, whatever it is.
  expect(dom.window.document.documentElement.hasAttribute('data-jdb-level-pending')).toBe(false);
  return dom.window.document.getElementById('root')!.innerHTML;
}

describe('the shell at the user’s last level', () => {
  // All in one go, as the build renders them: once the pane's lazy parts have loaded, a render would show them.
  const pages = new Map(levels.map((level) => [level, pageAt(level)]));
  const page = pages.get(levels[0])!;
  const written = shellFor(page);

  test.each(levels.slice(1))('a user last at %s sees the screen the app renders at that level', (level) => {
    const shell = shellFor(page, level);
    expect(shell).not.toBe(written);
    expect(shell).toBe(shellFor(pages.get(level)!));
    expect(shell).toContain(`<option value="${level}" selected="">`);
  });

  test.each([
    ['a new user', undefined],
    ['a user last at the first level', levels[0]],
    ['a level this catalog does not have (another catalog’s)', 'coordinator-i'],
  ])('%s sees the page as written', (_, stored) => {
    expect(shellFor(page, stored)).toBe(written);
  });

  test('the page carries the differences only, not a screen per level', () => {
    const alone = withPaintedShell(PAGE, { ...renderer, shellLevelIds: () => [levels[0]] });
    const perLevel = (page.length - alone.length) / (levels.length - 1);
    expect(perLevel).toBeLessThan(written.length / 4);
  });
});

describe('shellPatches', () => {
  /** The page written with `first`'s screen in #root and the other's as patches. */
  const pageOf = (screens: Record<'first' | 'other', string>, first: 'first' | 'other') =>
    withPaintedShell(PAGE, {
      ...renderer,
      shellLevelIds: () => (first === 'first' ? ['first', 'other'] : ['other', 'first']),
      renderShellMarkup: (level) => `<div>${screens[level as 'first' | 'other']}</div>`,
    });

  test.each([
    ['a changed text', '<p>0 of <b>4</b></p>', '<p>0 of <b>6</b></p>'],
    [
      'a changed attribute',
      '<select><option selected>a</option><option>b</option></select>',
      '<select><option>a</option><option selected>b</option></select>',
    ],
    ['an item the level lacks', '<ul><li>a</li><li>b</li><li>c 1</li></ul>', '<ul><li>a</li><li>c 2</li></ul>'],
    ['an item only the level has', '<ul><li>a</li><li>c</li></ul>', '<ul><li>a</li><li>b</li><li>c</li></ul>'],
    ['texts and comments side by side', '<p>1<!-- -->a</p><p>x</p>', '<p>2<!-- --> of <!-- -->b</p>'],
    ['markup characters in texts', '<p>a</p>', '<p>&lt;/script&gt; &amp; “b”</p>'],
    [
      'a table’s rows',
      '<table><tbody><tr><td>1</td></tr></tbody></table>',
      '<table><tbody><tr><td>2</td></tr><tr><td>3</td></tr></tbody></table>',
    ],
  ])('%s: the other level’s screen, exactly', (_, first, other) => {
    const screens = { first, other };
    const patched = shellFor(pageOf(screens, 'first'), 'other');
    expect(patched).toBe(shellFor(pageOf(screens, 'other')));
    expect(patched).not.toBe(shellFor(pageOf(screens, 'first')));
  });

  test('the same screen needs no patch; a changed count is one small patch', () => {
    const nodes = (html: string) => parseFragment(html).childNodes;
    expect(shellPatches(nodes('<p>a<b>1</b></p>'), nodes('<p>a<b>1</b></p>'))).toEqual([]);
    expect(shellPatches(nodes('<p>a<b>1</b></p>'), nodes('<p>a<b>2</b></p>'))).toEqual([[[0], 1, 1, '<b>2</b>']]);
  });
});
