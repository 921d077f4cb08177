/**
 * Writes the painted shell into taskpane.html: the pane's first screen, rendered at build time from the same React
 * components (src/taskpane/shell/render-shell.tsx), so the page shows a usable Level and Search before any script
 * runs; index.tsx then carries what the user already chose into the app it mounts in its place.
 * The shell's theme variables get a <style> of their own, scoped to the shell (light, or dark as Office last was
 * or the system prefers), instead of FluentProvider's server-rendered <style>: that one carries the id of the
 * style element the mounted FluentProvider looks for, and reusing it would leave the Office theme unapplied.
 */
const path = require('path');
const { buildSync } = require('esbuild');
const { parse, parseFragment, serialize, defaultTreeAdapter: tree } = require('parse5');
const { elements, attr, PageRewritePlugin } = require('./page-rewrite');
const { shellPatches, patchTemplates, PATCH_ATTRIBUTES } = require('./shell-levels');

const NAME = 'PaintedShellPlugin';
/** The attribute that marks the shell's top element (taskpane.html's error handler and index.tsx look for it). */
const SHELL_ATTRIBUTE = 'data-jdb-shell';
const ENTRY = path.join(__dirname, '..', '..', 'src', 'taskpane', 'shell', 'render-shell.tsx');

/** src/taskpane/shell/render-shell.tsx, bundled for Node and loaded. */
function loadRenderer() {
  const [bundle] = buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    jsx: 'automatic',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  }).outputFiles;
  const module = { exports: {} };
  new Function('module', 'exports', 'require', bundle.text)(module, module.exports, require);
  return module.exports;
}

/** The shell's markup, without FluentProvider's own theme <style>, its top element marked. */
function shellNodes(markup) {
  const fragment = parseFragment(markup);
  for (const el of Array.from(elements(fragment))) {
    if (el.tagName === 'style' && attr(el, 'id')?.startsWith('fui-FluentProvider')) tree.detachNode(el);
  }
  const top = fragment.childNodes.filter((n) => n.tagName);
  if (top.length !== 1) throw new Error(`${NAME}: the shell should render one element, not ${top.length}.`);
  tree.adoptAttributes(top[0], [{ name: SHELL_ATTRIBUTE, value: '' }]);
  return fragment.childNodes;
}

/**
 * For right after #root: the other levels' patches (as <template>s) and the script that turns the first level's
 * shell into the user's level's, when it differs.
 */
function levelNodes(renderer, first, levels, namespaceURI) {
  const patches = {};
  for (const level of levels) {
    const found = shellPatches(first, shellNodes(renderer.renderShellMarkup(level)));
    if (found.length) patches[level] = found;
  }
  const script = tree.createElement('script', namespaceURI, []);
  tree.insertText(script, renderer.shellLevelScript(PATCH_ATTRIBUTES));
  return [...patchTemplates(patches, namespaceURI), script];
}

/**
 * taskpane.html with #root holding the shell at the first level, the other levels' patches and the script that sets
 * the user's level right after it, and <head> the shell's theme (the variables, and the script choosing).
 */
function withPaintedShell(html, renderer) {
  const doc = parse(html);
  const all = Array.from(elements(doc));
  const root = all.find((el) => attr(el, 'id') === 'root');
  const head = all.find((el) => el.tagName === 'head');
  if (!root || !head) throw new Error(`${NAME}: taskpane.html needs a <head> and a #root element.`);
  for (const child of [...root.childNodes]) tree.detachNode(child);
  const [first, ...others] = renderer.shellLevelIds();
  const shell = shellNodes(renderer.renderShellMarkup(first));
  const levels = levelNodes(renderer, shell, others, root.namespaceURI);
  for (const node of shell) tree.appendChild(root, node);
  const siblings = root.parentNode.childNodes;
  const next = siblings[siblings.indexOf(root) + 1];
  for (const node of levels) {
    if (next) tree.insertBefore(root.parentNode, node, next);
    else tree.appendChild(root.parentNode, node);
  }
  const script = tree.createElement('script', head.namespaceURI, []);
  tree.insertText(script, renderer.shellHeadScript());
  const style = tree.createElement('style', head.namespaceURI, []);
  tree.insertText(style, renderer.shellCss(`[${SHELL_ATTRIBUTE}]`));
  tree.appendChild(head, script);
  tree.appendChild(head, style);
  return serialize(doc);
}

class PaintedShellPlugin extends PageRewritePlugin {
  constructor(page) {
    // React's markup stays as rendered: the minimizer would drop the <!-- --> that keep adjacent texts apart, and
    // Chromium would then shape them as one run, a pixel off the app's.
    super(NAME, page, (html) => withPaintedShell(html, loadRenderer()));
  }
}

module.exports = { PaintedShellPlugin, withPaintedShell, SHELL_ATTRIBUTE };
