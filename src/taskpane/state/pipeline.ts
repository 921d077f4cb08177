/**
 * The glue from the pane's state to what Word receives: document snapshot + mapping -> style map
 * (detection), then catalog + selection + style map -> block model -> insert plan and preview HTML.
 * Two steps so the pane recomputes detection only when the document or mapping changes.
 */
import type { Catalog } from '../../catalog/types';
import { compose } from '../../compose/compose';
import { withJobId } from '../../blocks/jobs';
import type { BlockModel, SectionPart } from '../../compose/blocks';
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

/**
 * The job description (compose), or a table made from the same picks (src/compose/tables.ts).
 * `jobId`: the sections are inserted as one job description (src/blocks/jobs.ts); the preview needs none.
 */
export function buildInsertion(
  catalog: Catalog,
  selection: Selection,
  styles: StyleMap,
  jobId?: string,
  composer: Composer = compose,
): Insertion {
  const composed = composer(catalog, selection);
  const model = jobId ? withJobId(composed.value, jobId) : composed.value;
  return {
    model,
    plan: renderCommands(model, styles),
    previewHtml: renderHtml(model, styles),
    messages: composed.messages,
  };
}

const PART_NOUNS: Record<SectionPart, [string, string] | undefined> = {
  summary: undefined,
  qualifications: ['qualification', 'qualifications'],
  competency: ['responsibility', 'responsibilities'],
  skills: ['skill', 'skills'],
  matrix: undefined,
  comparison: undefined,
  checklist: ['responsibility to assess', 'responsibilities to assess'],
};

/** One line: "Inserted 8 sections: 3 qualifications, 41 responsibilities, 27 skills." (the titles go elsewhere) */
export function insertedSummary(model: BlockModel): string {
  const n = model.sections.length;
  const counts = new Map<SectionPart, number>();
  for (const s of model.sections) counts.set(s.tag.part, (counts.get(s.tag.part) ?? 0) + s.tag.itemIds.length);
  const items = (['qualifications', 'competency', 'skills', 'checklist'] as const).flatMap((part) => {
    const count = counts.get(part) ?? 0;
    const [one, many] = PART_NOUNS[part]!;
    return count ? [`${count} ${count === 1 ? one : many}`] : [];
  });
  return `Inserted ${n} section${n === 1 ? '' : 's'}${items.length ? `: ${items.join(', ')}` : ''}.`;
}
