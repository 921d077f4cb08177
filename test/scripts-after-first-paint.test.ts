/**
 * The pane's scripts start one frame after the painted shell's first paint
 * (scripts/webpack/scripts-after-first-paint.js): preloaded in <head>, added in order by an inline starter.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { attr, elements, type Element } from '../scripts/webpack/page-rewrite';
import { withScriptsAfterFirstPaint } from '../scripts/webpack/scripts-after-first-paint';

const PAGE =
  '<!doctype html><html><head><script>handleErrors()</script><script defer src="vendor.1.js"></script>' +
  '<script defer src="taskpane.2.js"></script></head><body><div id="root">shell</div></body></html>';

/** Runs the starter with a stand-in document; returns what it added, and when. */
function runStarter(visibility: 'visible' | 'hidden') {
  const all = Array.from(elements(parse(withScriptsAfterFirstPaint(PAGE))));
  const inline = all.filter((el) => el.tagName === 'script' && attr(el, 'src') === undefined);
  const code = (inline.at(-1)!.childNodes[0] as DefaultTreeAdapterMap['textNode']).value;
  const added: Array<{ src: string; async: boolean }> = [];
  const frames: Array<() => void> = [];
  const timers: Array<{ run: () => void; ms: number }> = [];
  const document = {
    visibilityState: visibility,
    createElement: () => ({ src: '', async: true }),
    body: { appendChild: (e: { src: string; async: boolean }) => added.push({ ...e }) },
  };
  new Function('document', 'requestAnimationFrame', 'setTimeout', code)(
    document,
    (f: () => void) => frames.push(f),
    (run: () => void, ms: number) => timers.push({ run, ms }),
  );
  return { all, added, frames, timers };
}

test('the scripts leave <head> for preloads there, and the starter is the last thing in <body>', () => {
  const { all } = runStarter('visible');
  expect(all.filter((el) => el.tagName === 'script' && attr(el, 'src'))).toEqual([]);
  const preloads = all.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'preload');
  expect(preloads.map((el) => [attr(el, 'as'), attr(el, 'href')])).toEqual([
    ['script', 'vendor.1.js'],
    ['script', 'taskpane.2.js'],
  ]);
  const body = all.find((el) => el.tagName === 'body')!;
  expect(body.childNodes.filter((n): n is Element => 'tagName' in n).map((el) => el.tagName)).toEqual([
    'div',
    'script',
  ]);
  // The error handler, an inline script of the page's own, stays where it was.
  expect(
    all.find((el) => el.tagName === 'head')!.childNodes.some((n) => 'tagName' in n && n.tagName === 'script'),
  ).toBe(true);
});

test('a visible pane adds the scripts, in order, right after a frame has been drawn', () => {
  const { added, frames, timers } = runStarter('visible');
  expect(added).toEqual([]);
  frames.forEach((f) => f());
  expect(added).toEqual([]);
  // The frame's own timer (the fallback's is still waiting).
  timers.filter((t) => t.ms === 0).forEach((t) => t.run());
  expect(added).toEqual([
    { src: 'vendor.1.js', async: false },
    { src: 'taskpane.2.js', async: false },
  ]);
});

test('a visible pane that draws no frame starts them once a fallback timer fires, and only once', () => {
  const { added, frames, timers } = runStarter('visible');
  const [fallback] = timers.splice(0);
  expect(timers).toEqual([]);
  expect(fallback.ms).toBeGreaterThanOrEqual(1000);
  fallback.run();
  expect(added.map((s) => s.src)).toEqual(['vendor.1.js', 'taskpane.2.js']);
  // The frame comes after all: nothing is added twice.
  frames.forEach((f) => f());
  timers.forEach((t) => t.run());
  expect(added).toHaveLength(2);
});

test('a hidden pane, which draws no frames, starts them at once', () => {
  expect(runStarter('hidden').added.map((s) => s.src)).toEqual(['vendor.1.js', 'taskpane.2.js']);
});

test('a page without scripts of its own stops the build with the reason', () => {
  expect(() => withScriptsAfterFirstPaint('<html><head></head><body></body></html>')).toThrow(/no script/);
});
