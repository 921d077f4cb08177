/**
 * When the lists follow the search box (use-search-view.ts): on a short level a keystroke with few matches
 * redraws them in its own render; a broad keystroke, or any on a long level, leaves them as they are until
 * React's deferred render.
 */
import './setup';
import { act, render, renderHook, screen } from '@testing-library/react';
import { builtinCatalog } from '../../src/catalog/builtin';
import { levelView } from '../../src/catalog/query';
import type { Catalog } from '../../src/catalog/types';
import { LevelControls } from '../../src/taskpane/components/LevelControls';
import { useSearchView } from '../../src/taskpane/components/use-search-view';
import {
  filterView,
  itemsAt,
  MATCHES_DRAWN_AT_ONCE,
  redrawsAtOnce,
  SHORT_LEVEL_ITEMS,
} from '../../src/taskpane/state/search-filter';
import { generateCatalog } from '../support/generate-catalog';

/** Each render's box query and the query of the lists it returned, from the first render with `to` on. */
function rendersAfterTyping(catalog: Catalog, from: string, to: string): Array<[string, string]> {
  const view = levelView(catalog, catalog.levels[0].id);
  const renders: Array<[string, string]> = [];
  const { rerender } = renderHook(
    ({ query }) => {
      const filtered = useSearchView(catalog, view, query);
      renders.push([query, filtered.query]);
      return filtered;
    },
    { initialProps: { query: from } },
  );
  renders.length = 0;
  act(() => rerender({ query: to }));
  return renders;
}

const namss = builtinCatalog();

describe('how much a keystroke redraws', () => {
  const view = levelView(namss, 'entry');
  const matches = (q: string) => filterView(namss, view, q).matchCount;

  test('the bundled levels are short; a generated long catalog is not', () => {
    expect(itemsAt(view)).toBeLessThanOrEqual(SHORT_LEVEL_ITEMS);
    const long = generateCatalog(10_000);
    expect(itemsAt(levelView(long, long.levels[0].id))).toBeGreaterThan(SHORT_LEVEL_ITEMS);
  });

  test('few matches before and after: at once; a first letter matching most of the level: not', () => {
    expect(matches('credential')).toBeLessThanOrEqual(MATCHES_DRAWN_AT_ONCE);
    expect(matches('c')).toBeGreaterThan(MATCHES_DRAWN_AT_ONCE);
    const f = (q: string) => filterView(namss, view, q);
    expect(redrawsAtOnce(f('credential'), f('credentiali'))).toBe(true);
    // The unsearched level draws every header, qualification and skill: starting or ending a search is broad.
    expect(redrawsAtOnce(f(''), f('credential'))).toBe(false);
    expect(redrawsAtOnce(f('credential'), f(''))).toBe(false);
    expect(redrawsAtOnce(f(''), f('c'))).toBe(false);
    expect(redrawsAtOnce(f('c'), f(''))).toBe(false);
    expect(redrawsAtOnce(f('c'), f('cr'))).toBe(false);
  });
});

describe('useSearchView', () => {
  test('a narrow keystroke on a short level: the lists show its matches in the same render as the box', () => {
    const renders = rendersAfterTyping(namss, 'credential', 'credentiali');
    expect(renders[0]).toEqual(['credentiali', 'credentiali']);
  });

  test('a broad keystroke: the lists stay as they were, then follow in the deferred render', () => {
    const renders = rendersAfterTyping(namss, '', 'c');
    expect(renders[0]).toEqual(['c', '']);
    expect(renders[renders.length - 1]).toEqual(['c', 'c']);
  });

  test('clearing a narrow search at once (the clear button, select-all and Delete) waits for it too', () => {
    const renders = rendersAfterTyping(namss, 'credential', '');
    expect(renders[0]).toEqual(['', 'credential']);
    expect(renders[renders.length - 1]).toEqual(['', '']);
  });

  test('clearing a broad search also waits for the deferred render', () => {
    const renders = rendersAfterTyping(namss, 'c', '');
    expect(renders[0]).toEqual(['', 'c']);
    expect(renders[renders.length - 1]).toEqual(['', '']);
  });

  test('on a long level every keystroke waits for the deferred render, narrow or not', () => {
    const long = generateCatalog(10_000);
    const view = levelView(long, long.levels[0].id);
    const text = view.competencies[0].responsibilities[0].text;
    const typing = text.slice(0, -1);
    expect(filterView(long, view, typing).matchCount).toBeLessThanOrEqual(MATCHES_DRAWN_AT_ONCE);
    const renders = rendersAfterTyping(long, typing, text);
    expect(renders[0]).toEqual([text, typing]);
    expect(renders[renders.length - 1]).toEqual([text, text]);
  });
});

describe('recent searches', () => {
  const view = levelView(namss, 'entry');
  const typing = () =>
    renderHook(({ query }) => useSearchView(namss, view, query), { initialProps: { query: 'credential' } });

  test('erasing a letter shows the view the query had: the same objects, so its rows skip re-rendering', () => {
    const { result, rerender } = typing();
    const first = result.current;
    act(() => rerender({ query: 'credentiali' }));
    expect(result.current.query).toBe('credentiali');
    act(() => rerender({ query: 'credential' }));
    expect(result.current).toBe(first);
  });

  test('only the recent ones are kept', () => {
    const { result, rerender } = typing();
    const first = result.current;
    for (const word of ['a', 'b', 'd', 'e', 'f', 'g', 'h', 'i', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't'])
      act(() => rerender({ query: `credential ${word}` }));
    act(() => rerender({ query: 'credential' }));
    expect(result.current).not.toBe(first);
    expect(result.current).toEqual(first);
  });

  test('a search used again counts as recent: it outlives older ones', () => {
    const { result, rerender } = typing();
    const first = result.current;
    const words = ['a', 'b', 'd', 'e', 'f', 'g', 'h', 'i', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't'];
    for (const [i, word] of words.entries()) {
      act(() => rerender({ query: `credential ${word}` }));
      if (i === 7) act(() => rerender({ query: 'credential' }));
    }
    act(() => rerender({ query: 'credential' }));
    expect(result.current).toBe(first);
  });
});

describe('the line under the search box', () => {
  function renderControls(matchCount: number | undefined) {
    return (
      <LevelControls
        catalogs={[namss]}
        catalog={namss}
        levelId="entry"
        query="peer"
        matchCount={matchCount}
        onCatalog={() => undefined}
        onLevel={() => undefined}
        onWorkSetting={() => undefined}
        onQuery={() => undefined}
      />
    );
  }

  test('counts the matches the lists show; while they are still being drawn it says so, not an old count', () => {
    const view = render(renderControls(undefined));
    expect(screen.getByText('Searching…')).toBeTruthy();
    view.rerender(renderControls(1));
    expect(screen.getByText('1 matching item')).toBeTruthy();
    view.rerender(renderControls(12));
    expect(screen.getByText('12 matching items')).toBeTruthy();
    expect(screen.queryByText('Searching…')).toBeNull();
  });
});
