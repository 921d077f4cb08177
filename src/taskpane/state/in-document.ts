/** Items of this catalog already in the document, found by the tags of the sections inserted earlier. */
import type { Catalog } from '../../catalog/types';
import { resolveSectionItems } from '../../render/section-tag';
import type { ExistingBlock } from '../../word/port';
import type { EffectivePicks } from './derived';

/**
 * Tags store short item keys, resolved against the catalog. Given only a catalog id, just the tags that
 * list ids (the first tag format) count.
 */
export function itemsInDocument(blocks: readonly ExistingBlock[], catalog: Catalog | string): ReadonlySet<string> {
  const catalogId = typeof catalog === 'string' ? catalog : catalog.id;
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.tag.catalogId !== catalogId) continue;
    const itemIds = typeof catalog === 'string' ? block.tag.itemIds : resolveSectionItems(catalog, block.tag).itemIds;
    for (const id of itemIds) ids.add(id);
  }
  return ids;
}

/** The picked ids that the document already holds. */
export function alreadyInserted(picks: EffectivePicks, inDocument: ReadonlySet<string>, summaryId?: string): string[] {
  const ids = [...picks.qualification, ...picks.responsibility, ...picks.skill];
  if (picks.summary && summaryId) ids.push(summaryId);
  return ids.filter((id) => inDocument.has(id));
}
