/**
 * The level as the search box narrows it, and when the lists follow the box. On a short level, a keystroke
 * within a search whose matches are few (before and after it) redraws the lists in its own render: the letter
 * and its matches appear in the same frame. A broad one (a first letter, starting or clearing a search, a long
 * catalog) shows the letter at once and redraws the lists in React's deferred render, which the next keystroke
 * interrupts instead of waiting for it.
 */
import { useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import type { LevelView } from '../../catalog/query';
import type { Catalog, CatalogSummary } from '../../catalog/types';
import { filterView, itemsAt, redrawsAtOnce, SHORT_LEVEL_ITEMS, type FilteredView } from '../state/search-filter';

/** How many of a level's recent searches are kept. */
const RECENT_SEARCHES = 16;

/**
 * The level filtered by a query, remembered for its recent queries: erasing a letter finds the view it had, the
 * same objects, so the rows it shows again skip re-rendering (and a long level is not searched again).
 */
function useRecentSearches(
  catalog: Catalog,
  view: LevelView,
  summary?: CatalogSummary,
): (query: string) => FilteredView {
  return useMemo(() => {
    const recent = new Map<string, FilteredView>();
    return (query) => {
      const filtered = recent.get(query) ?? filterView(catalog, view, query, summary);
      // Most recent last; the oldest goes first.
      recent.delete(query);
      recent.set(query, filtered);
      if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value as string);
      return filtered;
    };
  }, [catalog, view, summary]);
}

interface Shown {
  catalog: Catalog;
  view: LevelView;
  summary?: CatalogSummary;
  filtered: FilteredView;
}

export function useSearchView(
  catalog: Catalog,
  view: LevelView,
  query: string,
  summary?: CatalogSummary,
): FilteredView {
  const deferredQuery = useDeferredValue(query);
  const search = useRecentSearches(catalog, view, summary);
  // A long level is filtered in the deferred render only: filtering it would hold the letter back.
  const urgentQuery = itemsAt(view) <= SHORT_LEVEL_ITEMS ? query : deferredQuery;
  const typed = useMemo(() => search(urgentQuery), [search, urgentQuery]);
  // What the lists show (written once committed). Read during render to judge how much a keystroke redraws.
  const shown = useRef<Shown>();
  const now = shown.current;
  const onScreen = now?.catalog === catalog && now.view === view && now.summary === summary ? now.filtered : undefined;
  let filtered = typed;
  if (typed.query !== deferredQuery && !(onScreen && redrawsAtOnce(onScreen, typed))) {
    // A broad keystroke: the lists stay as they are until the deferred render.
    filtered = onScreen ?? search(deferredQuery);
  }
  // Written as the commit ends, so the next render, whenever it starts, judges against what is on screen.
  useLayoutEffect(() => {
    shown.current = { catalog, view, summary, filtered };
  });
  return filtered;
}
