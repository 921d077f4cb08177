/**
 * What the build's page rewrites share (the painted shell, the script starter): walking a parse5 tree, and a
 * webpack plugin that rewrites one page of the build after webpack's HTML minimizer (which would otherwise rewrite
 * React's markup and the inline code again) and before the Content-Security-Policy plugin hashes that code.
 */
/** Every element below a parse5 node, in document order, including those inside <template> content. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) {
      yield child;
      yield* elements(child.content ?? child);
    }
  }
}

const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;

/** The text an element holds directly: an inline <script>'s code or a <style>'s rules. */
const textOf = (el) => el.childNodes.map((n) => n.value ?? '').join('');

class PageRewritePlugin {
  /** `rewrite(html, compilation)` returns the new page; it runs once per build. */
  constructor(name, page, rewrite) {
    this.name = name;
    this.page = page;
    this.rewrite = rewrite;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(this.name, (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE;
      compilation.hooks.processAssets.tap({ name: this.name, stage }, () => {
        const asset = compilation.getAsset(this.page);
        if (!asset) throw new Error(`${this.name}: the build has no ${this.page}.`);
        const html = this.rewrite(asset.source.source().toString(), compilation);
        compilation.updateAsset(this.page, new sources.RawSource(html));
      });
    });
  }
}

module.exports = { elements, attr, textOf, PageRewritePlugin };
