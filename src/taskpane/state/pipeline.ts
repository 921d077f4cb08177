/**
 * The glue from the pane's state to what Word receives: the house style (workflows/house-style.ts), then the
 * insertion the insert workflow plans (workflows/insert.ts) with its preview HTML. Two steps so the pane
 * recomputes detection only when the document or mapping changes. The pane loads this module (and all it
 * brings) right after its first render: the first screen does not need it, step 3 and inserting do.
 */
import type { Catalog } from '../../catalog/types';
import type { Selection } from '../../compose/selection';
import { dutiesNumbered } from '../../house-style/detect';
import type { StyleMap } from '../../house-style/types';
import { renderHtml } from '../../render/html';
import { planInsertion, type Insertion as PlannedInsertion, type PlanOptions } from '../../workflows/insert';

export { compose } from '../../compose/compose';
export { dutiesNumbered, headingBeforeCursor } from '../../house-style/detect';
export { houseStyle } from '../../workflows/house-style';
export { insertQuestion, insertSelection, insertedSummary } from '../../workflows/insert';

export interface Insertion extends PlannedInsertion {
  previewHtml: string;
}

/** The planned insertion (workflows/insert.ts) and its preview, numbered duties numbered as chosen. */
export function buildInsertion(
  catalog: Catalog,
  selection: Selection,
  styles: StyleMap,
  options: PlanOptions = {},
): Insertion {
  const planned = planInsertion(catalog, selection, styles, options);
  const numbering = options.choices?.numbering ?? 'restart';
  const numberedDuties = dutiesNumbered(styles) ? numbering : undefined;
  return { ...planned, previewHtml: renderHtml(planned.model, styles, { numberedDuties }) };
}
