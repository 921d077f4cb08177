/** Items of this catalog already in the document, found by the tags of the sections inserted earlier. */
import type { Catalog } from '../../catalog/types';
import { resolveSectionItems } from '../../render/section-tag';
import type { ExistingBlock } from '../../word/port';
import type { EffectivePicks } from './derived';

/** Tags store short item keys, resolved against the catalog. */
export function itemsInDocument(blocks: readonly ExistingBlock[], catalog: Catalog): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.tag.catalogId !== catalog.id) continue;
    for (const id of resolveSectionItems(catalog, block.tag).itemIds) ids.add(id);
  }
  return ids;
}

/** The picked ids that the document already holds. */
export function alreadyInserted(picks: EffectivePicks, inDocument: ReadonlySet<string>, summaryId?: string): string[] {
  const ids = [...picks.qualification, ...picks.responsibility, ...picks.skill];
  if (picks.summary && summaryId) ids.push(summaryId);
  return ids.filter((id) => inDocument.has(id));
}
