/** Items of a catalog already in the document, found by the tags of the sections inserted earlier. */
import type { Catalog } from '../catalog/types';
import type { Selection } from '../compose/selection';
import { resolveSectionItems } from '../render/section-tag';
import type { ExistingBlock } from '../word/port';

/** Tags store short item keys, resolved against the catalog. */
export function itemsInDocument(blocks: readonly ExistingBlock[], catalog: Catalog): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.tag.catalogId !== catalog.id) continue;
    for (const id of resolveSectionItems(catalog, block.tag).itemIds) ids.add(id);
  }
  return ids;
}

/** The selected item ids that the document already holds. */
export function alreadyInserted(selection: Selection, inDocument: ReadonlySet<string>, summaryId?: string): string[] {
  const ids = [...selection.qualificationIds, ...selection.responsibilityIds, ...selection.skillIds];
  if (selection.includeSummary && summaryId) ids.push(summaryId);
  return ids.filter((id) => inDocument.has(id));
}
