/**
 * Starts the pane's scripts one frame after the painted shell's first paint. As `defer` scripts they ran as soon
 * as the page was parsed, and evaluating them (about 280 ms on the bench machine, four times that on a slow laptop)
 * held back the first paint of a shell that was ready to show. Their download still starts at once
 * (`<link rel="preload">`); a small inline starter adds them, in order, after the first frame.
 */
const { parse, serialize, defaultTreeAdapter: tree } = require('parse5');
const { elements, attr, PageRewritePlugin } = require('./page-rewrite');

const NAME = 'ScriptsAfterFirstPaintPlugin';

/**
 * A visible page that draws no frame for this long (a pane Office keeps out of sight without hiding it) starts its
 * scripts anyway, so the app is ready when the pane is shown. Long enough not to come before a slow laptop's first
 * paint (about 1.3 s after the page starts on the bench's 4x-throttled CPU).
 */
const NO_FRAME_FALLBACK_MS = 2000;

/**
 * The starter: in order (async=false), once a frame has been drawn; at once in a page that draws no frames
 * (hidden), which would otherwise never start; and, whichever comes first, after NO_FRAME_FALLBACK_MS.
 */
function starter(sources) {
  return (
    `(function(){var s=${JSON.stringify(sources)},started;function go(){if(started)return;started=true;` +
    `s.forEach(function(src){var e=document.createElement('script');e.src=src;e.async=false;` +
    `document.body.appendChild(e)})}if(document.visibilityState==='hidden')go();` +
    `else{requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,${NO_FRAME_FALLBACK_MS})}})();`
  );
}

/** taskpane.html with its own scripts preloaded in <head> and started at the end of <body>. */
function withScriptsAfterFirstPaint(html) {
  const doc = parse(html);
  const all = Array.from(elements(doc));
  const head = all.find((el) => el.tagName === 'head');
  const body = all.find((el) => el.tagName === 'body');
  if (!head || !body) throw new Error(`${NAME}: taskpane.html needs a <head> and a <body>.`);
  const scripts = all.filter((el) => el.tagName === 'script' && attr(el, 'src') !== undefined);
  if (!scripts.length) throw new Error(`${NAME}: taskpane.html loads no script of its own.`);
  const sources = scripts.map((el) => attr(el, 'src'));
  for (const el of scripts) tree.detachNode(el);
  for (const src of sources) {
    const link = tree.createElement('link', head.namespaceURI, [
      { name: 'rel', value: 'preload' },
      { name: 'as', value: 'script' },
      { name: 'href', value: src },
    ]);
    tree.appendChild(head, link);
  }
  const start = tree.createElement('script', body.namespaceURI, []);
  tree.insertText(start, starter(sources));
  tree.appendChild(body, start);
  return serialize(doc);
}

class ScriptsAfterFirstPaintPlugin extends PageRewritePlugin {
  constructor(page) {
    super(NAME, page, withScriptsAfterFirstPaint);
  }
}

module.exports = { ScriptsAfterFirstPaintPlugin, withScriptsAfterFirstPaint };
