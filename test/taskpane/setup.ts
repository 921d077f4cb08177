import { TextEncoder } from 'util';
import { configure } from '@testing-library/react';

/**
 * Minimal stand-ins for browser APIs jsdom lacks and Fluent UI touches. Import first in each test.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!('ResizeObserver' in globalThis)) {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = NoopResizeObserver;
}

// React's server renderer (the painted shell's, src/taskpane/shell) encodes its output; jsdom has no TextEncoder.
if (!('TextEncoder' in globalThis)) {
  (globalThis as { TextEncoder?: unknown }).TextEncoder = TextEncoder;
}

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => undefined;
}

// jsdom's getComputedStyle walks every CSS rule, and Fluent (Griffel) inserts thousands of atomic rules, so
// each role query (accessible names read computed styles) took seconds. The tests assert behaviour, not
// looks, so Griffel's rules are dropped; nothing in the pane hides content with CSS only.
CSSStyleSheet.prototype.insertRule = function insertRule(): number {
  return 0;
};
// findBy* waits up to 5 s, not 1: on a busy two-core machine a catalog import alone can take over a second.
configure({ defaultHidden: true, asyncUtilTimeout: 5_000 });
// A full pane in jsdom is still heavy: interactions take hundreds of milliseconds each.
jest.setTimeout(60_000);
