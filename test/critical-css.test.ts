/**
 * The painted shell's critical CSS (scripts/webpack/critical-css.js): of the extracted style sheet, taskpane.html
 * carries inline only the rules its markup might use, in the sheet's order; the whole sheet is linked switched off
 * for the app to switch on. The browser tests check the hand-over stays pixel-identical.
 */
import { parse } from 'parse5';
import postcss from 'postcss';
import { attr, elements } from '../scripts/webpack/page-rewrite';
import { criticalCss, FULL_SHEET_ATTRIBUTE, withCriticalCss } from '../scripts/webpack/critical-css';
import { FULL_SHEET_ATTRIBUTE as APP_FULL_SHEET_ATTRIBUTE } from '../src/taskpane/shell/full-style-sheet';

const MARKUP =
  '<!doctype html><html><head></head><body><div id="root" class="a b"><button class="c">x</button>' +
  '<svg class="i"><path d=""></path></svg></div></body></html>';
const doc = parse(MARKUP);

/** The selectors of the rules kept, with the at-rules around them, in order. */
function kept(css: string): string[] {
  const out: string[] = [];
  postcss.parse(criticalCss(css, doc)).walk((node) => {
    if (node.type === 'rule') out.push(node.selector);
    if (node.type === 'atrule') out.push(`@${node.name} ${node.params}`);
  });
  return out;
}

describe('criticalCss', () => {
  test('keeps rules on classes, ids and elements of the markup, with their pseudo-classes and pseudo-elements', () => {
    const css =
      '.a{color:red}.c:hover{color:blue}.c:focus-visible::after{outline:none}#root{margin:0}.i path{fill:red}';
    expect(kept(css)).toEqual(['.a', '.c:hover', '.c:focus-visible::after', '#root', '.i path']);
  });

  test('drops rules asking for a class, id or element the markup lacks, anywhere in the selector', () => {
    const css = '.zz{color:red}.a .zz{color:red}.zz:hover{color:red}#nope{margin:0}.a table{margin:0}.a{color:red}';
    expect(kept(css)).toEqual(['.a']);
  });

  test('keeps the rules of markup inside a <template> (the shell’s patches for other levels)', () => {
    const page = parse(
      '<!doctype html><html><head></head><body><div id="root" class="a"></div>' +
        '<template><b class="patched">1</b></template></body></html>',
    );
    const css = '.patched{color:red}.zz{color:red}';
    expect(postcss.parse(criticalCss(css, page)).nodes.map((n) => (n.type === 'rule' ? n.selector : ''))).toEqual([
      '.patched',
    ]);
  });

  test('keeps a selector list when one of its selectors might match', () => {
    expect(kept('.zz,.b>.c{color:red}.zz,.yy{color:red}')).toEqual(['.zz,.b>.c']);
  });

  test('keeps @media and @supports with the rules kept inside, drops them when none is', () => {
    const css =
      '@media (forced-colors: active){.c{color:CanvasText}.zz{color:red}}' +
      '@supports (display:grid){.zz{display:grid}}' +
      '@media (min-width:1px){@supports (color:red){.b{color:red}}}';
    expect(kept(css)).toEqual([
      '@media (forced-colors: active)',
      '.c',
      '@media (min-width:1px)',
      '@supports (color:red)',
      '.b',
    ]);
  });

  test('keeps the order of the sheet, a subset of its rules, each unchanged', () => {
    const css = '.b{color:red}.zz{color:red}.a{color:blue}.c{color:green}.yy{color:red}.a:hover{color:black}';
    const critical = criticalCss(css, doc);
    expect(critical).toBe('.b{color:red}.a{color:blue}.c{color:green}.a:hover{color:black}');
  });

  test('keeps what it cannot decide: attributes, :not() and :is(), other at-rules, unreadable selectors', () => {
    const css =
      '[data-x]{color:red}.a:not(.zz){color:red}:is(.zz,.yy) .a{color:red}' +
      '@font-face{font-family:F;src:url(f.woff2)}@keyframes spin{from{opacity:0}to{opacity:1}}' +
      '.zz:(x){color:red}';
    expect(criticalCss(css, doc)).toBe(css);
  });
});

describe('withCriticalCss', () => {
  const PAGE =
    '<!doctype html><html><head><style>body{margin:0}</style><link href="griffel.1.css" rel="stylesheet">' +
    '<style>.shell{}</style></head><body><div class="a"></div></body></html>';
  const sheets = new Map([['griffel.1.css', '.a{color:red}.zz{color:red}']]);

  test("replaces the sheet's link with a preload, the rules the page uses inline, and the sheet switched off", () => {
    const head = Array.from(elements(parse(withCriticalCss(PAGE, sheets)))).find((el) => el.tagName === 'head')!;
    const described = Array.from(elements(head)).map((el) => {
      const text = el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
      return [el.tagName, attr(el, 'rel'), attr(el, 'as'), attr(el, 'media'), text];
    });
    expect(described).toEqual([
      ['style', undefined, undefined, undefined, 'body{margin:0}'],
      ['link', 'preload', 'style', undefined, ''],
      ['style', undefined, undefined, undefined, '.a{color:red}'],
      ['link', 'stylesheet', undefined, 'not all', ''],
      ['style', undefined, undefined, undefined, '.shell{}'],
    ]);
    const links = Array.from(elements(head)).filter((el) => el.tagName === 'link');
    expect(links.map((el) => attr(el, 'href'))).toEqual(['griffel.1.css', 'griffel.1.css']);
    expect(attr(links[1], FULL_SHEET_ATTRIBUTE)).toBe('');
  });

  test('the app switches on the link the build marks', () => {
    expect(APP_FULL_SHEET_ATTRIBUTE).toBe(FULL_SHEET_ATTRIBUTE);
  });

  test('a page without exactly one style sheet, or one the build lacks, stops the build with the reason', () => {
    expect(() => withCriticalCss('<html><head></head><body></body></html>', sheets)).toThrow(/one style sheet/);
    expect(() => withCriticalCss(PAGE, new Map())).toThrow(/griffel\.1\.css/);
  });
});
