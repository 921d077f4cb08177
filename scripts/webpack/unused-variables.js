/**
 * The painted shell's theme, trimmed to what the shell uses. Its inline <style> declares every Fluent token in the
 * light and the dark theme (about 37 KB), while the shell's rules (the critical CSS) refer to a fraction of them.
 * A custom property is kept when something on the page refers to it: a declaration of an inline style sheet that
 * is not itself a custom property, a style="" attribute, or a custom property kept already (var() in its value).
 * Only custom-property declarations go; the rules and every other declaration stay as they were.
 */
const postcss = require('postcss');
const valueParser = require('postcss-value-parser');

const isCustomProperty = (decl) => decl.prop.startsWith('--');

/** Adds to `out` the custom properties a CSS value refers to, var() fallbacks included. */
function addReferences(value, out) {
  valueParser(value).walk((node) => {
    if (node.type !== 'function' || node.value.toLowerCase() !== 'var') return;
    const name = node.nodes.find((n) => n.type === 'word');
    if (name?.value.startsWith('--')) out.add(name.value);
  });
}

/**
 * `trimmed` (CSS texts) without the custom properties nothing refers to, given what else the page holds: `others`
 * (CSS texts kept whole, such as the critical rules) and `attributes` (style="" values).
 */
function withoutUnusedVariables(trimmed, others, attributes) {
  const roots = trimmed.map((css) => postcss.parse(css));
  const declarations = [...roots, ...others.map((css) => postcss.parse(css))].flatMap((root) => {
    const found = [];
    root.walkDecls((decl) => found.push(decl));
    return found;
  });
  const used = new Set();
  for (const decl of declarations) if (!isCustomProperty(decl)) addReferences(decl.value, used);
  for (const style of attributes) addReferences(style, used);
  // A kept custom property may refer to others: to a fixed point.
  for (let size = -1; size !== used.size;) {
    size = used.size;
    for (const decl of declarations) if (isCustomProperty(decl) && used.has(decl.prop)) addReferences(decl.value, used);
  }
  return roots.map((root) => {
    root.walkDecls((decl) => {
      if (!isCustomProperty(decl) || used.has(decl.prop)) return;
      const rule = decl.parent;
      decl.remove();
      if (!rule.nodes.length) rule.remove(); // emptied here: not written as an empty rule
    });
    return root.toString();
  });
}

module.exports = { withoutUnusedVariables };
