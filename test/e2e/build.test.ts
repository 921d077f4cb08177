/** The production build: what ships in dist/ and what taskpane.html makes the browser wait for. */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'parse5';
import postcss from 'postcss';
import { attr, elements } from '../../scripts/webpack/page-rewrite';
import { ensureDist } from './dist';
import { paneAssets, paneHtml } from './pane-assets';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('production build (dist/)', () => {
  let dist: string;
  beforeAll(() => {
    dist = ensureDist();
  }, 180_000);

  test('ships the pane, its icons and the manifest, and no source maps', () => {
    const files = filesUnder(dist).map((f) => path.relative(dist, f).split(path.sep).join('/'));
    expect(files).toEqual(
      expect.arrayContaining(['taskpane.html', 'manifest.xml', 'assets/icon-16.png', 'assets/icon-80.png']),
    );
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      expect({
        file,
        mapComment: /\/\/# sourceMappingURL=/.test(fs.readFileSync(path.join(dist, file), 'utf8')),
      }).toEqual({
        file,
        mapComment: false,
      });
    }
  });

  test('taskpane.html never blocks on office.js, on its own scripts or on its style sheet', () => {
    const html = paneHtml(dist);
    expect(html).not.toMatch(/<script[^>]+appsforoffice\.microsoft\.com/i);
    const assets = paneAssets(dist);
    expect(assets.filter((a) => a.kind === 'script').length).toBeGreaterThan(0);
    expect(assets.filter((a) => a.kind === 'style').length).toBe(1);
    expect(assets.filter((a) => a.blocking)).toEqual([]);
    // The pane's first screen (the painted shell) paints before any script runs.
    expect(html).toMatch(/<div id="?root"?>\s*<div[^>]*data-jdb-shell/);
  });

  test("the shell's critical CSS inline: a proper subset of the style sheet's rules, in the sheet's order", () => {
    const head = Array.from(elements(parse(paneHtml(dist)))).find((el) => el.tagName === 'head')!;
    const children = head.childNodes.filter((n) => 'tagName' in n) as Array<typeof head>;
    const sheet = children.findIndex((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet');
    // Right before the sheet's <link>, preloaded before them both.
    const [preload, critical] = children.slice(sheet - 2, sheet);
    expect([attr(preload, 'rel'), attr(preload, 'as'), attr(preload, 'href')]).toEqual([
      'preload',
      'style',
      attr(children[sheet], 'href'),
    ]);
    expect(critical.tagName).toBe('style');
    /** Each rule with the at-rules around it, in order. */
    const rules = (css: string) => {
      const out: string[] = [];
      postcss.parse(css).walk((node) => {
        if (node.type !== 'rule' && node.type !== 'atrule') return;
        if (node.type === 'atrule' && node.nodes) return; // its rules carry it
        const context: string[] = [];
        for (let p = node.parent; p && p.type === 'atrule'; p = p.parent) context.unshift(`@${p.name} ${p.params}`);
        out.push([...context, node.toString()].join(' '));
      });
      return out;
    };
    const full = rules(fs.readFileSync(path.join(dist, attr(children[sheet], 'href')!), 'utf8'));
    const inline = rules(critical.childNodes.map((n) => ('value' in n ? n.value : '')).join(''));
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.length).toBeLessThan(full.length / 2);
    let at = 0;
    for (const rule of inline) {
      at = full.indexOf(rule, at) + 1;
      expect({ rule, inSheetInOrder: at > 0 }).toEqual({ rule, inSheetInOrder: true });
    }
  });

  test('scripts have content-hashed names, so a new release is never served from a stale cache', () => {
    for (const asset of paneAssets(dist)) expect(asset.file).toMatch(/\.[0-9a-f]{8}\.(js|css)$/);
  });

  test('the Node-only XML parser and the office.js npm copy stay out of the browser bundle', () => {
    // The pane's scripts: dist/'s top level (dist/cli/ is the command-line tool, never served to Word).
    const scripts = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const containing = (pattern: RegExp) =>
      scripts.filter((f) => pattern.test(fs.readFileSync(path.join(dist, f), 'utf8')));
    expect(containing(/xmldom/i)).toEqual([]);
    expect(containing(/ASPNETAJAX|OSF\.DDA/)).toEqual([]);
  });
});
