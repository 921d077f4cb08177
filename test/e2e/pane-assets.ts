/** What dist/taskpane.html loads on first paint: its scripts and style sheets, with their sizes. */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

export interface PaneAsset {
  file: string;
  kind: 'script' | 'style';
  /** defer / async / module / preloaded and started later: does not block parsing. */
  blocking: boolean;
  rawBytes: number;
  gzipBytes: number;
}

export function paneHtml(dist: string): string {
  return fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    found.set(m[1].toLowerCase(), (m[2] ?? '').replace(/^["']|["']$/g, ''));
  }
  return found;
}

/** Local scripts and style sheets referenced by taskpane.html (remote URLs are listed with 0 bytes). */
export function paneAssets(dist: string): PaneAsset[] {
  const html = paneHtml(dist);
  const assets: PaneAsset[] = [];
  const add = (ref: string, kind: PaneAsset['kind'], blocking: boolean) => {
    const local = !/^[a-z]+:\/\//i.test(ref);
    const bytes = local ? fs.readFileSync(path.join(dist, ref)) : Buffer.alloc(0);
    assets.push({
      file: ref,
      kind,
      blocking,
      rawBytes: bytes.length,
      gzipBytes: local ? zlib.gzipSync(bytes, { level: 9 }).length : 0,
    });
  };
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = attributes(m[1]);
    const src = attrs.get('src');
    if (src) add(src, 'script', !(attrs.has('defer') || attrs.has('async') || attrs.get('type') === 'module'));
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(m[1]);
    // The whole style sheet is linked switched off (media="not all") until the app switches it on.
    if (attrs.get('rel') === 'stylesheet' && attrs.get('href'))
      add(attrs.get('href') as string, 'style', attrs.get('media') !== 'not all');
    // The pane's own scripts: preloaded, and started after the first paint by an inline starter.
    if (attrs.get('rel') === 'preload' && attrs.get('as') === 'script' && attrs.get('href'))
      add(attrs.get('href') as string, 'script', false);
  }
  return assets;
}
