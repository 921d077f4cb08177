/**
 * The level as the search box narrows it, and when the lists follow the box. On a short level, a keystroke
 * whose matches are few (before and after it) redraws the lists in its own render: the letter and its matches
 * appear in the same frame. A broad one (a first letter, a long catalog) shows the letter at once and redraws
 * the lists in React's deferred render, which the next keystroke interrupts instead of waiting for it.
 */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { LevelView } from '../../catalog/query';
import type { Catalog, CatalogSummary } from '../../catalog/types';
import { filterView, itemsAt, redrawsAtOnce, SHORT_LEVEL_ITEMS, type FilteredView } from '../state/search-filter';

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
  // A long level is filtered in the deferred render only: filtering it would hold the letter back.
  const urgentQuery = itemsAt(view) <= SHORT_LEVEL_ITEMS ? query : deferredQuery;
  const typed = useMemo(() => filterView(catalog, view, urgentQuery, summary), [catalog, view, urgentQuery, summary]);
  // What the lists show (written once committed). Read during render to judge how much a keystroke redraws.
  const shown = useRef<Shown>();
  const now = shown.current;
  const onScreen = now?.catalog === catalog && now.view === view && now.summary === summary ? now.filtered : undefined;
  let filtered = typed;
  if (typed.query !== deferredQuery && !(onScreen && redrawsAtOnce(onScreen, typed))) {
    // A broad keystroke: the lists stay as they are until the deferred render.
    filtered = onScreen ?? filterView(catalog, view, deferredQuery, summary);
  }
  useEffect(() => {
    shown.current = { catalog, view, summary, filtered };
  });
  return filtered;
}
