/**
 * The task pane's Content-Security-Policy, written into taskpane.html as a <meta> element by the production build.
 * The page's own inline <script> and <style> (the error view, the painted shell's theme) are allowed by their SHA-256
 * hashes, taken from the final HTML (after webpack's own HTML minimizer), so editing them cannot break the policy.
 * (frame-ancestors cannot be set from a <meta>: the web server sends it, see deploy/.)
 */
const crypto = require('crypto');
const { parse } = require('parse5');
const { elements, textOf } = require('./page-rewrite');

const NAME = 'ContentSecurityPolicyPlugin';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com';
/**
 * Griffel's CSS is extracted at build time into a style sheet of our own origin ('self'), but Fluent's
 * FluentProvider still writes its theme's variables into <style> elements it creates empty and fills through
 * the CSSOM (insertRule), which CSP does not govern; the hash of the empty string allows exactly those elements.
 */
const EMPTY_STYLE = `'sha256-${crypto.createHash('sha256').update('').digest('base64')}'`;

/**
 * The directives, given the hashes of the page's inline scripts and styles.
 * style-src-attr: the insert preview shows each document style's font, size and colour as style attributes of
 * HTML the renderer escapes (src/render/html.ts). style-src is the fallback for engines without CSP level 3
 * (style-src-elem/-attr), which could not tell those attributes from <style> elements.
 */
function directives({ scriptHashes, styleHashes }) {
  return [
    ["default-src 'none'"],
    ["script-src 'self'", OFFICE_JS_CDN, ...scriptHashes],
    ["style-src 'self' 'unsafe-inline'"],
    ["style-src-elem 'self'", EMPTY_STYLE, ...styleHashes],
    ["style-src-attr 'unsafe-inline'"],
    ["img-src 'self' data:"],
    // Word on the web's office.js checks a host it does not know (an Office Online Server of the organization's
    // own) in a hidden frame of its CDN (AgaveErrorUX); the frame blocked, the pane would wait for ever.
    ['frame-src', OFFICE_JS_CDN],
    // A central catalog may be on any https host the organization chooses (src/catalog/remote/).
    ["connect-src 'self' https:"],
    ["object-src 'none'"],
    ["base-uri 'none'"],
    ["form-action 'none'"],
  ].map((parts) => parts.join(' '));
}

function sha256(text) {
  return `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** taskpane.html with the policy right after <meta charset> (or <head>), before anything it governs. */
function withContentSecurityPolicy(html) {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const all = Array.from(elements(doc));
  const inline = (tag) => all.filter((el) => el.tagName === tag && !el.attrs.some((a) => a.name === 'src')).map(textOf);
  const policy = directives({ scriptHashes: inline('script').map(sha256), styleHashes: inline('style').map(sha256) });
  const charset = all.find((el) => el.tagName === 'meta' && el.attrs.some((a) => a.name === 'charset'));
  const head = all.find((el) => el.tagName === 'head');
  const at = charset?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined) throw new Error(`${NAME}: taskpane.html has no <head> tag.`);
  const content = policy.join('; ').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${content}">${html.slice(at)}`;
}

/**
 * Adds the policy to an HTML page of the build at the last stage, once every minimizer and page rewrite has run
 * (webpack's HTML minimizer can still rewrite inline code after the inline-optimizing stage), so the hashes match.
 */
class ContentSecurityPolicyPlugin {
  constructor(page) {
    this.page = page;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset(this.page);
        if (!asset) throw new Error(`${NAME}: the build has no ${this.page}.`);
        const html = withContentSecurityPolicy(asset.source.source().toString());
        compilation.updateAsset(this.page, new sources.RawSource(html));
      });
    });
  }
}

module.exports = { ContentSecurityPolicyPlugin, withContentSecurityPolicy, directives };
