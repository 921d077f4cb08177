/**
 * Per-catalog lookups, built once and cached by catalog object: id -> item in O(1) for
 * compose and the pane, and folded text for search (built on the first search only).
 * Catalogs are treated as immutable once loaded; an edited copy is a new object with a new index.
 */
import { forEachItem, type ItemVisit, type TextField } from './items';
import { foldText, type FoldedText } from './text-match';
import type { Catalog } from './types';

export interface SearchEntry {
  visit: ItemVisit;
  field: TextField;
  text: string;
  folded: FoldedText;
}

export interface CatalogIndex {
  items: Map<string, ItemVisit>;
  searchEntries(): SearchEntry[];
}

/** What search looks at: the text the pane shows for each selectable item (not notes or footnotes). */
const SEARCHED_FIELDS: ReadonlySet<TextField> = new Set(['title', 'text', 'name', 'description']);

const cache = new WeakMap<Catalog, CatalogIndex>();

export function catalogIndex(catalog: Catalog): CatalogIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    cache.set(catalog, index);
  }
  return index;
}

function buildIndex(catalog: Catalog): CatalogIndex {
  const items = new Map<string, ItemVisit>();
  forEachItem(catalog, (v) => {
    // A loaded catalog has unique ids; keep the first if an unchecked one does not.
    if (!items.has(v.id)) items.set(v.id, v);
  });
  let entries: SearchEntry[] | undefined;
  return {
    items,
    searchEntries() {
      entries ??= [...items.values()]
        .filter((v) => v.kind !== 'note')
        .flatMap((visit) =>
          visit.texts
            .filter((t) => SEARCHED_FIELDS.has(t.field))
            .map((t) => ({ visit, field: t.field, text: t.text, folded: foldText(t.text) })),
        );
      return entries;
    },
  };
}
