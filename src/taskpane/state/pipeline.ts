/**
 * The glue from the pane's state to what Word receives: document snapshot + mapping -> style map
 * (detection), then catalog + selection + style map -> block model -> insert plan and preview HTML.
 * Two steps so the pane recomputes detection only when the document or mapping changes.
 */
import type { Catalog } from '../../catalog/types';
import { compose } from '../../compose/compose';
import type { BlockModel } from '../../compose/blocks';
import type { Selection } from '../../compose/selection';
import type { Composer } from '../../compose/tables';
import { detectStyleMap } from '../../house-style/detect';
import type { DocumentContext, StyleMap, StyleMapping, StyleSheet } from '../../house-style/types';
import type { Message, WithMessages } from '../../messages';
import type { InsertPlan } from '../../render/commands';
import { renderHtml } from '../../render/html';
import { renderCommands } from '../../render/render-commands';
import type { DocumentSnapshot } from '../../word/port';

const EMPTY_SHEET: StyleSheet = { styles: [] };
const EMPTY_CONTEXT: DocumentContext = { paragraphsAbove: [], paragraphsBelow: [], tableStyles: [] };

/** Without a snapshot (the document could not be read) detection falls back to Word's built-ins. */
export function houseStyle(snapshot: DocumentSnapshot | undefined, mapping: StyleMapping): WithMessages<StyleMap> {
  return detectStyleMap(snapshot?.styles ?? EMPTY_SHEET, snapshot?.context ?? EMPTY_CONTEXT, mapping);
}

export interface Insertion {
  model: BlockModel;
  plan: InsertPlan;
  previewHtml: string;
  messages: Message[];
}

/** The job description (compose), or a table made from the same picks (src/compose/tables.ts). */
export function buildInsertion(
  catalog: Catalog,
  selection: Selection,
  styles: StyleMap,
  composer: Composer = compose,
): Insertion {
  const { value: model, messages } = composer(catalog, selection);
  return { model, plan: renderCommands(model, styles), previewHtml: renderHtml(model, styles), messages };
}

/** "Inserted 3 sections: Qualifications, Analyzes and Manages Data, Knowledge and Skills." */
export function insertedSummary(plan: InsertPlan): string {
  const titles = plan.sections.map((s) => s.title);
  const n = titles.length;
  return `Inserted ${n} section${n === 1 ? '' : 's'}: ${titles.join(', ')}.`;
}
