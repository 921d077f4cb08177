/**
 * The pane's Content-Security-Policy (scripts/webpack/content-security-policy.js): what it allows, and that the
 * hashes in the built taskpane.html are those of its inline script and style. The browser tests check it in use.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'parse5';
import { attr, elements } from '../scripts/webpack/page-rewrite';
import { withContentSecurityPolicy } from '../scripts/webpack/content-security-policy';
import { withCriticalCss } from '../scripts/webpack/critical-css';
import { ensureDist } from './e2e/dist';

/** The page's policy as directive -> sources, and the hashes of its inline scripts and styles. */
function read(html: string) {
  const all = Array.from(elements(parse(html)));
  const metas = all.filter((el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'Content-Security-Policy');
  expect(metas).toHaveLength(1);
  const policy = new Map(
    (attr(metas[0], 'content') ?? '').split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
  const inlineHashes = (tag: string) =>
    all
      .filter((el) => el.tagName === tag && attr(el, 'src') === undefined)
      .map((el) => {
        const text = el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
        return `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
      });
  return { all, metas, policy, scripts: inlineHashes('script'), styles: inlineHashes('style') };
}

const SAMPLE = `<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<style>body{margin:0}</style><script>window.boot = 1;</script><script defer src="app.12345678.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('withContentSecurityPolicy', () => {
  test('allows the inline script and style by their hashes, and nothing else inline', () => {
    const { policy, scripts, styles } = read(withContentSecurityPolicy(SAMPLE));
    expect(scripts).toHaveLength(1);
    expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com', ...scripts]);
    // The empty string's hash: Fluent's style engine fills empty <style> elements through the CSSOM.
    const empty = `'sha256-${crypto.createHash('sha256').update('').digest('base64')}'`;
    expect(policy.get('style-src-elem')).toEqual(["'self'", empty, ...styles]);
    expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  test('a script inside <template> content is hashed too (it runs once the template is used)', () => {
    const page = SAMPLE.replace('<div id="root"></div>', '<template><script>later()</script></template>');
    const { policy } = read(withContentSecurityPolicy(page));
    // Its hash from its text alone, not through the tree walk the plugin and read() share.
    const later = `'sha256-${crypto.createHash('sha256').update('later()').digest('base64')}'`;
    expect(policy.get('script-src')).toContain(later);
  });

  test("the painted shell's critical CSS, written inline by the build before the policy, is allowed by its hash", () => {
    const page = SAMPLE.replace('</head>', '<link href="s.css" rel="stylesheet"></head>').replace(
      '<div id="root">',
      '<div id="root" class="a">',
    );
    const { policy } = read(
      withContentSecurityPolicy(withCriticalCss(page, new Map([['s.css', '.a{color:red}.b{}']]))),
    );
    const critical = `'sha256-${crypto.createHash('sha256').update('.a{color:red}').digest('base64')}'`;
    expect(policy.get('style-src-elem')).toContain(critical);
  });

  test('no eval, no plugins, no <base>, no form posts; catalogs from https addresses', () => {
    const { policy } = read(withContentSecurityPolicy(SAMPLE));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'https:']);
    // Only office.js's own frame (its host trust check on Word on the web).
    expect(policy.get('frame-src')).toEqual(['https://appsforoffice.microsoft.com']);
    const everything = [...policy.values()].flat();
    expect(everything).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  test('the policy comes right after <meta charset>, before anything it governs', () => {
    const html = withContentSecurityPolicy(SAMPLE);
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });
});

describe('the built taskpane.html', () => {
  test('carries one policy whose hashes are those of its own inline script and style', () => {
    const { policy, scripts, styles } = read(fs.readFileSync(path.join(ensureDist(), 'taskpane.html'), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    expect(policy.get('script-src')).toEqual(expect.arrayContaining(scripts));
    expect(policy.get('style-src-elem')).toEqual(expect.arrayContaining(styles));
    expect(policy.get('script-src')).toHaveLength(2 + scripts.length);
  }, 180_000);

  test("its style sheet (the styles extracted at build time) is its own, allowed by 'self' and nothing wider", () => {
    const { all, policy } = read(fs.readFileSync(path.join(ensureDist(), 'taskpane.html'), 'utf8'));
    const sheets = all
      .filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet')
      .map((el) => attr(el, 'href'));
    expect(sheets).toEqual([expect.stringMatching(/^[\w.-]+\.css$/)]);
    expect(policy.get('style-src-elem')?.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
  });

  test('the help page has no scripts and a policy of its own', () => {
    const { all, policy } = read(fs.readFileSync(path.join(ensureDist(), 'help.html'), 'utf8'));
    expect(all.filter((el) => el.tagName === 'script')).toEqual([]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });
});
