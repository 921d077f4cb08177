/**
 * `jd-builder matrix`, `compare` and `checklist`: the tables go into a template as insert puts a job
 * description there (same insertion point, house style and package handling); only what is composed differs.
 */
import type { BlockModel } from '../compose/blocks';
import { composeChecklist, composeComparison, composeMatrix, type Composer } from '../compose/tables';
import { findLevel } from './selection-args';

export type TableRequest =
  { kind: 'matrix' } | { kind: 'comparison'; from: string; to: string } | { kind: 'checklist'; jobTitle?: string };

/** Composes the requested table from the catalog and the selection the command line made. */
export function tableComposer(request: TableRequest): Composer {
  switch (request.kind) {
    case 'matrix':
      return (catalog, selection) => ({
        value: composeMatrix(catalog, selection.levelId, selection.workSettingId),
        messages: [],
      });
    case 'comparison':
      return (catalog, selection) =>
        composeComparison(
          catalog,
          findLevel(catalog, request.from).id,
          findLevel(catalog, request.to).id,
          selection.workSettingId,
        );
    case 'checklist':
      return (catalog, selection) => composeChecklist(catalog, selection, { jobTitle: request.jobTitle });
  }
}

/** The summary's words for what was written. */
export function describeTable(model: BlockModel): string | undefined {
  const section = model.sections[0];
  const table = section?.blocks.find((b) => b.kind === 'table');
  if (!section || table?.kind !== 'table') return undefined;
  const rows = table.rows.filter((r) => !r.group).length;
  switch (section.tag.part) {
    case 'matrix':
      return `the competency matrix (${rows} competencies, ${table.header.length - 1} levels)`;
    case 'comparison':
      return `"${section.title}" (${rows} competencies that change)`;
    case 'checklist':
      return `"${section.title}" (${rows} responsibilities to assess)`;
    default:
      return undefined;
  }
}
