/** Items of this catalog already in the document, found by the tags of the sections inserted earlier. */
import type { ExistingBlock } from '../../word/port';
import type { EffectivePicks } from './derived';

export function itemsInDocument(blocks: readonly ExistingBlock[], catalogId: string): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.tag.catalogId !== catalogId) continue;
    for (const id of block.tag.itemIds) ids.add(id);
  }
  return ids;
}

/** The picked ids that the document already holds. */
export function alreadyInserted(picks: EffectivePicks, inDocument: ReadonlySet<string>, summaryId?: string): string[] {
  const ids = [...picks.qualification, ...picks.responsibility, ...picks.skill];
  if (picks.summary && summaryId) ids.push(summaryId);
  return ids.filter((id) => inDocument.has(id));
}
