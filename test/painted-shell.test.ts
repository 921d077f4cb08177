/**
 * The painted shell (issue 14): the first screen rendered at build time from the pane's own components
 * (src/taskpane/shell/render-shell.tsx) and written into taskpane.html (scripts/webpack/painted-shell.js).
 * The browser tests check it in use: usable before the scripts run, pixel-identical once they take over.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { attr, elements, type Element } from '../scripts/webpack/page-rewrite';
import { withPaintedShell } from '../scripts/webpack/painted-shell';
import { renderShellMarkup, shellCss, shellHeadScript } from '../src/taskpane/shell/render-shell';
import { builtinCatalog } from '../src/catalog/builtin';

type ParentNode = DefaultTreeAdapterMap['parentNode'];

const textOf = (node: ParentNode): string =>
  node.childNodes
    .map((c) => ('value' in c && c.nodeName === '#text' ? c.value : 'childNodes' in c ? textOf(c) : ''))
    .join('');

const PAGE =
  '<!doctype html><html><head><title>t</title></head><body><div id="root"><p>placeholder</p></div>' +
  '<script src="app.js"></script></body></html>';

describe('the shell in taskpane.html', () => {
  const renderer = {
    shellLevelIds: () => ['one', 'two'],
    renderShellMarkup: (level: string) =>
      '<div class="fui-FluentProvider"><style id="fui-FluentProviderR0">.x{--a:1}</style><p>a<!-- -->b</p>' +
      `${level === 'two' ? '<i>2</i>' : ''}</div>`,
    shellLevelScript: (patch: { level: string }) => `levels('${patch.level}');`,
    shellCss: (selector: string) => `${selector}{--colorNeutralBackground1:#fff}`,
    shellHeadScript: () => 'chooseTheme();',
  };

  test('replaces what #root held with the shell, marks it, and keeps the rest of the page', () => {
    const doc = parse(withPaintedShell(PAGE, renderer));
    const all = Array.from(elements(doc));
    const root = all.find((el) => attr(el, 'id') === 'root')!;
    const top = root.childNodes.filter((n): n is Element => 'tagName' in n);
    expect(top.map((el) => el.tagName)).toEqual(['div']);
    expect(attr(top[0], 'data-jdb-shell')).toBe('');
    expect(textOf(root)).toBe('ab');
    // React's separator between adjacent texts stays: without it the two texts would render as one run.
    expect(top[0].childNodes.flatMap((n) => ('childNodes' in n ? n.childNodes : [])).map((n) => n.nodeName)).toEqual([
      '#text',
      '#comment',
      '#text',
    ]);
    expect(all.some((el) => el.tagName === 'script' && attr(el, 'src') === 'app.js')).toBe(true);
  });

  test('right after #root, the other levels’ patches and the script that turns the first level into the user’s', () => {
    const html = withPaintedShell(PAGE, renderer);
    const body = Array.from(elements(parse(html))).find((el) => el.tagName === 'body')!;
    const next = body.childNodes.filter((n): n is Element => 'tagName' in n);
    expect(next.map((el) => attr(el, 'id') ?? el.tagName).slice(0, 3)).toEqual(['root', 'template', 'script']);
    expect(next[1].attrs).toEqual([
      { name: 'data-jdb-level', value: 'two' },
      { name: 'data-jdb-at', value: '0' },
      { name: 'data-jdb-splice', value: '1 0' },
    ]);
    expect(html).toContain('<template data-jdb-level="two" data-jdb-at="0" data-jdb-splice="1 0"><i>2</i></template>');
    expect(textOf(next[2])).toBe("levels('data-jdb-level');");
  });

  test("drops FluentProvider's own theme <style>; <head> gets the script choosing the theme, then the shell's theme", () => {
    const all = Array.from(elements(parse(withPaintedShell(PAGE, renderer))));
    const styles = all.filter((el) => el.tagName === 'style');
    expect(styles.map((s) => attr(s, 'id'))).toEqual([undefined]);
    const head = all.find((el) => el.tagName === 'head')!;
    const added = head.childNodes.filter((n): n is Element => 'tagName' in n).slice(-2);
    expect(added.map((el) => [el.tagName, textOf(el)])).toEqual([
      ['script', 'chooseTheme();'],
      ['style', '[data-jdb-shell]{--colorNeutralBackground1:#fff}'],
    ]);
  });

  test('a page without #root stops the build with the reason', () => {
    expect(() => withPaintedShell('<html><head></head><body></body></html>', renderer)).toThrow(/#root/);
  });
});

describe("the shell's markup, from the pane's components", () => {
  const catalog = builtinCatalog();
  const markup = renderShellMarkup(catalog.levels[0].id);
  const all = Array.from(elements(parseFragment(markup)));

  test('has the Level control with every level, the current one chosen, named for the hand-over', () => {
    const level = all.find((el) => el.tagName === 'select' && attr(el, 'name') === 'level')!;
    const options = Array.from(elements(level)).filter((el) => el.tagName === 'option');
    expect(options.map((o) => attr(o, 'value'))).toEqual(catalog.levels.map((l) => l.id));
    expect(options.filter((o) => attr(o, 'selected') !== undefined).map((o) => attr(o, 'value'))).toEqual([
      catalog.levels[0].id,
    ]);
    const label = all.find((el) => el.tagName === 'label' && attr(el, 'for') === attr(level, 'id'));
    expect(label && textOf(label)).toBe('Level');
    expect(attr(level, 'disabled')).toBeUndefined();
  });

  test('has the Search box, every competency title, and the first-run note, marked for the CSS that hides it', () => {
    const search = all.find((el) => el.tagName === 'input' && attr(el, 'name') === 'search');
    expect(search && attr(search, 'aria-label')).toBe('Search');
    const text = textOf(parseFragment(markup));
    for (const competency of catalog.competencies) expect(text).toContain(competency.title);
    const notes = all.filter((el) => attr(el, 'data-jdb-first-run-note') !== undefined);
    expect(notes).toHaveLength(1);
    expect(textOf(notes[0])).toMatch(/^Three steps.*Got it$/);
  });

  test('leaves out what lies below the competencies, under the fold of a 320x600 pane: the other lists, step 3', () => {
    const headings = all.filter((el) => /^h[1-3]$/.test(el.tagName)).map(textOf);
    expect(headings).toEqual(
      expect.arrayContaining(['1. Choose the level', '2. Pick what the job needs', 'Competencies']),
    );
    for (const below of ['Position summary', 'Qualifications', 'Knowledge and skills', '3. Check and insert'])
      expect(headings).not.toContain(below);
    const text = textOf(parseFragment(markup));
    for (const skill of catalog.skills) expect(text).not.toContain(skill.description);
    // No pick rows at all: the competencies show closed, and the summary's, qualifications' and skills' are left out.
    expect(all.filter((el) => el.tagName === 'input' && attr(el, 'type') === 'checkbox')).toEqual([]);
    // The insert bar stays: it is always in view, at the foot of the pane.
    expect(text).toContain('Insert at cursor');
  });

  test('its CSS: light colours, dark ones when <html> is marked dark, the note hidden unless <html> asks for it', () => {
    const css = shellCss('[data-jdb-shell]');
    expect(css).toMatch(/^\[data-jdb-shell\]\{[^}]*--colorNeutralBackground1:#ffffff;/);
    expect(css).toMatch(/:root\[data-jdb-theme=dark\] \[data-jdb-shell\]\{[^}]*--colorNeutralBackground1:#292929;/);
    expect(css).toContain(':root:not([data-jdb-first-run]) [data-jdb-shell] [data-jdb-first-run-note]{display:none}');
    expect(css).toContain(':root[data-jdb-level-pending] [data-jdb-shell]{visibility:hidden}');
  });

  test("it opens in the theme Office last had, else in the system's; storage refused is no error", () => {
    const themeFor = (stored: string | null | Error, systemDark: boolean): string | undefined => {
      const attributes = new Map<string, string>();
      const localStorage = {
        getItem: (key: string) => {
          if (stored instanceof Error) throw stored;
          return key === 'jdb.officeTheme' ? stored : '1';
        },
      };
      const matchMedia = (query: string) => ({ matches: systemDark && query === '(prefers-color-scheme: dark)' });
      const document = {
        documentElement: { setAttribute: (name: string, v: string) => attributes.set(name, v) },
        addEventListener: () => undefined,
      };
      new Function('localStorage', 'matchMedia', 'document', shellHeadScript())(localStorage, matchMedia, document);
      return attributes.get('data-jdb-theme');
    };
    expect(themeFor('dark', false)).toBe('dark');
    expect(themeFor('light', true)).toBe('light');
    expect(themeFor(null, true)).toBe('dark');
    expect(themeFor(null, false)).toBe('light');
    expect(themeFor('high-contrast', true)).toBe('dark');
    expect(themeFor(new Error('Access is denied'), false)).toBe('light');
  });
});
