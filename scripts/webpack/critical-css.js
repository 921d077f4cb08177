/**
 * Critical CSS for the painted shell (issue 14). Styling the shell's elements against the whole extracted style
 * sheet (griffel.css, about 95 KB) was most of its first paint with a slow CPU. The page now carries, inline in
 * <head>, only the rules that can match its own markup, in the sheet's order, and loads the whole sheet without
 * letting it block the first paint: preloaded, and linked with media="not all", which src/taskpane/shell/
 * full-style-sheet.ts switches on as the app mounts. The same rules come again, in the same order, in the whole
 * sheet, so switching it on changes no computed style of what the shell showed.
 *
 * A rule is dropped only when the page cannot match it: one of its compound selectors asks for a class, id or
 * element the page does not have. Anything this cannot read (attributes, pseudo-classes and what they contain,
 * at-rules other than @media, @supports, @layer and @container) counts as used.
 */
const postcss = require('postcss');
const selectorParser = require('postcss-selector-parser');
const { parse, serialize, defaultTreeAdapter: tree } = require('parse5');
const { elements, attr, textOf, PageRewritePlugin } = require('./page-rewrite');
const { withoutUnusedVariables } = require('./unused-variables');

const NAME = 'CriticalCssPlugin';
/** Marks the <link> of the whole sheet, for full-style-sheet.ts. */
const FULL_SHEET_ATTRIBUTE = 'data-jdb-full-styles';
/** At-rules holding rules: kept with the rules kept inside them. Any other at-rule is kept whole. */
const GROUPING_AT_RULES = new Set(['media', 'supports', 'layer', 'container']);

/** The classes, ids and element names present in a parse5 tree. */
function markupNames(doc) {
  const names = { classes: new Set(), ids: new Set(), tags: new Set() };
  for (const el of elements(doc)) {
    names.tags.add(el.tagName.toLowerCase());
    const id = attr(el, 'id');
    if (id) names.ids.add(id);
    for (const c of (attr(el, 'class') ?? '').split(/\s+/)) if (c) names.classes.add(c);
  }
  return names;
}

/**
 * Whether one complex selector (a.b > c:hover) might match: every class, id and element name it asks for outside
 * pseudo-classes exists in the page. Pseudo-classes' arguments (:not(.x), :is(.y)) are not looked into.
 */
function mightMatch(selector, names) {
  return selector.nodes.every((node) => {
    if (node.type === 'class') return names.classes.has(node.value);
    if (node.type === 'id') return names.ids.has(node.value);
    if (node.type === 'tag') return names.tags.has(node.value.toLowerCase());
    return true;
  });
}

function ruleUsed(rule, names) {
  let selectors;
  try {
    selectors = selectorParser().astSync(rule.selector).nodes;
  } catch {
    return true; // not understood: kept
  }
  return selectors.some((selector) => mightMatch(selector, names));
}

/** Removes from `container` the rules the page cannot match, and the grouping at-rules left empty. */
function prune(container, names) {
  for (const node of [...(container.nodes ?? [])]) {
    if (node.type === 'rule' && !ruleUsed(node, names)) node.remove();
    else if (node.type === 'atrule' && GROUPING_AT_RULES.has(node.name.toLowerCase()) && node.nodes) {
      prune(node, names);
      if (!node.nodes.some((n) => n.type !== 'comment')) node.remove();
    }
  }
}

/** The rules of `css` that the parse5 document `doc` might use, in their order. */
function criticalCss(css, doc) {
  const root = postcss.parse(css);
  prune(root, markupNames(doc));
  return root.toString();
}

function setText(el, text) {
  for (const child of [...el.childNodes]) tree.detachNode(child);
  tree.insertText(el, text);
}

/** The page's other inline <style>s (the shell's theme) keep only the custom properties the page refers to. */
function trimInlineVariables(all, critical) {
  const styles = all.filter((el) => el.tagName === 'style');
  const attributes = all.map((el) => attr(el, 'style')).filter((s) => s !== undefined);
  const trimmed = withoutUnusedVariables(styles.map(textOf), [critical], attributes);
  styles.forEach((el, i) => setText(el, trimmed[i]));
}

/**
 * taskpane.html with its one extracted style sheet (`sheets` maps its href to its text) replaced by: a preload of
 * it, the rules the page uses inline, and the sheet itself, linked where it was, off (media="not all"); the page's
 * own inline styles keep only the custom properties something refers to.
 */
function withCriticalCss(html, sheets) {
  const doc = parse(html);
  const all = Array.from(elements(doc));
  const links = all.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet');
  if (links.length !== 1) throw new Error(`${NAME}: taskpane.html should link one style sheet, not ${links.length}.`);
  const [link] = links;
  const href = attr(link, 'href');
  const css = sheets.get(href);
  if (css === undefined) throw new Error(`${NAME}: the build has no ${href}.`);
  const ns = link.namespaceURI;
  const preload = tree.createElement('link', ns, [
    { name: 'rel', value: 'preload' },
    { name: 'as', value: 'style' },
    { name: 'href', value: href },
  ]);
  const critical = criticalCss(css, doc);
  trimInlineVariables(all, critical);
  const style = tree.createElement('style', ns, []);
  tree.insertText(style, critical);
  tree.insertBefore(link.parentNode, preload, link);
  tree.insertBefore(link.parentNode, style, link);
  tree.adoptAttributes(link, [
    { name: 'media', value: 'not all' },
    { name: FULL_SHEET_ATTRIBUTE, value: '' },
  ]);
  return serialize(doc);
}

class CriticalCssPlugin extends PageRewritePlugin {
  /** Runs after the painted shell is written: the critical rules are those of the page as it will be served. */
  constructor(page) {
    super(NAME, page, (html, compilation) => {
      const sheets = new Map(
        compilation
          .getAssets()
          .filter((a) => a.name.endsWith('.css'))
          .map((a) => [a.name, a.source.source().toString()]),
      );
      return withCriticalCss(html, sheets);
    });
  }
}

module.exports = { CriticalCssPlugin, criticalCss, withCriticalCss, FULL_SHEET_ATTRIBUTE };
