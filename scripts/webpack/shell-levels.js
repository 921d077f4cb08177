/**
 * The painted shell at the user's own level. taskpane.html holds the first screen at the catalog's first level;
 * a returning user's last level is known only in the browser (localStorage). Rather than a copy of the whole screen
 * per level, the page carries, per level, the few nodes that differ from the first level's (the Level choice,
 * ratings, counts, a competency the level lacks), and a script right after the shell puts them in
 * (shellLevelScript in src/taskpane/shell/render-shell.tsx).
 *
 * A patch is [path, index, removed, html]: at the node `path` leads to (child indexes from #root), `removed` child
 * nodes from `index` on give way to the nodes `html` holds. Patches are listed in document order and indexes are
 * those of the first level's screen, so applying them last to first keeps every path valid. The page carries each
 * as a <template> (patchTemplates), so the build's later steps see its markup as the page's own (the critical CSS
 * keeps the rules a patched badge needs).
 */
const { parseFragment, serializeOuter, defaultTreeAdapter: tree } = require('parse5');

const isCharacterData = (n) => n.nodeName === '#text' || n.nodeName === '#comment';
const dataOf = (n) => n.value ?? n.data;

function firstText(node) {
  if (node.nodeName === '#text') return node.value;
  for (const child of node.childNodes ?? []) {
    const text = firstText(child);
    if (text) return text;
  }
  return '';
}

/** What pairs two nodes up: a competency with the same competency, whatever its count says. */
function pairingKey(node) {
  if (isCharacterData(node)) return node.nodeName;
  return `${node.tagName} ${JSON.stringify(node.attrs)} ${firstText(node)}`;
}

/** Longest common subsequence of the two lists' keys: the index pairs, in order. */
function pairs(as, bs) {
  const ka = as.map(pairingKey);
  const kb = bs.map(pairingKey);
  const longest = Array.from({ length: as.length + 1 }, () => new Array(bs.length + 1).fill(0));
  for (let i = as.length - 1; i >= 0; i--)
    for (let j = bs.length - 1; j >= 0; j--)
      longest[i][j] = ka[i] === kb[j] ? longest[i + 1][j + 1] + 1 : Math.max(longest[i + 1][j], longest[i][j + 1]);
  const out = [];
  for (let i = 0, j = 0; i < as.length && j < bs.length;) {
    if (ka[i] === kb[j]) out.push([i++, j++]);
    else if (longest[i + 1][j] >= longest[i][j + 1]) i++;
    else j++;
  }
  return out;
}

const html = (nodes) => nodes.map((n) => serializeOuter(n)).join('');

function sameShallow(a, b) {
  if (isCharacterData(a)) return dataOf(a) === dataOf(b);
  return JSON.stringify(a.attrs) === JSON.stringify(b.attrs);
}

function diffChildren(as, bs, path, out) {
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs(as, bs), [as.length, bs.length]]) {
    if (pi > i || pj > j) out.push([path, i, pi - i, html(bs.slice(j, pj))]);
    if (pi < as.length) {
      const [a, b] = [as[pi], bs[pj]];
      if (!sameShallow(a, b)) out.push([path, pi, 1, html([b])]);
      else if (a.childNodes) diffChildren(a.childNodes, b.childNodes, [...path, pi], out);
    }
    [i, j] = [pi + 1, pj + 1];
  }
}

/** The patches that turn the nodes `from` into the nodes `to` (two renders of the same screen). */
function shellPatches(from, to) {
  const out = [];
  diffChildren(from, to, [], out);
  return out;
}

/** What marks a patch's <template> and says where it goes (read by shellLevelScript). */
const PATCH_ATTRIBUTES = { level: 'data-jdb-level', at: 'data-jdb-at', splice: 'data-jdb-splice' };

/** One <template> per patch, in order: its level, its path ("0.3.1"), "index removed", and its nodes. */
function patchTemplates(patchesByLevel, namespaceURI) {
  return Object.entries(patchesByLevel).flatMap(([level, patches]) =>
    patches.map(([path, index, removed, html]) => {
      const template = tree.createElement('template', namespaceURI, [
        { name: PATCH_ATTRIBUTES.level, value: level },
        { name: PATCH_ATTRIBUTES.at, value: path.join('.') },
        { name: PATCH_ATTRIBUTES.splice, value: `${index} ${removed}` },
      ]);
      tree.setTemplateContent(template, parseFragment(html));
      return template;
    }),
  );
}

module.exports = { shellPatches, patchTemplates, PATCH_ATTRIBUTES };
