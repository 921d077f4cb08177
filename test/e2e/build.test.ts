/** The production build: what ships in dist/ and what taskpane.html makes the browser wait for. */
import * as fs from 'fs';
import * as path from 'path';
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

  test('taskpane.html never blocks on office.js or on its own scripts', () => {
    const html = paneHtml(dist);
    expect(html).not.toMatch(/<script[^>]+appsforoffice\.microsoft\.com/i);
    const assets = paneAssets(dist);
    expect(assets.filter((a) => a.kind === 'script').length).toBeGreaterThan(0);
    expect(assets.filter((a) => a.kind === 'script' && a.blocking)).toEqual([]);
    // The pane's first screen (the painted shell) paints before any script runs.
    expect(html).toMatch(/<div id="?root"?>\s*<div[^>]*data-jdb-shell/);
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
