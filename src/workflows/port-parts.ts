/**
 * What the document ports that keep their document as data (the .docx adapter, the preview) share: the
 * single-block changes as a change of one block, and the insertion report counted from the plan.
 */
import type { InsertPlan } from '../render/commands';
import type { BlockChangeRequest, BlockReport, DocumentPort, InsertReport, PortResult } from '../word/port';

type ChangeBlocks = (changes: readonly BlockChangeRequest[]) => Promise<PortResult<BlockReport[]>>;

/** replaceBlock and removeBlock, each one change through the port's changeBlocks (same checks, same refusal). */
export function singleBlockChanges(
  changeBlocks: ChangeBlocks,
): Required<Pick<DocumentPort, 'replaceBlock' | 'removeBlock'>> {
  return {
    async replaceBlock(id, section, opts) {
      const result = await changeBlocks([{ id, section, overwriteEdits: opts.overwriteEdits }]);
      return result.ok ? { ...result, value: result.value[0] } : result;
    },
    async removeBlock(id, opts) {
      const result = await changeBlocks([{ id, overwriteEdits: opts.overwriteEdits }]);
      return result.ok ? { ...result, value: undefined } : result;
    },
  };
}

/** What an insertion of the whole plan put in: its sections with content, their paragraphs and tables. */
export function insertReport(plan: InsertPlan): InsertReport {
  const sections = plan.sections.filter((s) => s.content.length);
  const content = sections.flatMap((s) => s.content);
  return {
    sectionsInserted: sections.length,
    paragraphsInserted: content.filter((c) => c.kind === 'paragraph').length,
    tablesInserted: content.filter((c) => c.kind === 'table').length,
  };
}
