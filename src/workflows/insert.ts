/**
 * Insert, for every host: read the document, ask what must be asked (items already in the document; after
 * or instead of selected text), choose the house style, compose and render the plan, and hand it to the port.
 * The pane shows the questions; the CLI answers them from its arguments.
 */
import type { Catalog } from '../catalog/types';
import { compose } from '../compose/compose';
import { newJobId, withJobId } from '../blocks/job-id';
import type { BlockModel, SectionPart } from '../compose/blocks';
import type { Selection } from '../compose/selection';
import type { Composer } from '../compose/tables';
import type { StyleMap, StyleMapping } from '../house-style/types';
import type { Message } from '../messages';
import type { InsertPlan } from '../render/commands';
import { renderCommands } from '../render/render-commands';
import type { DocumentPort, DocumentSnapshot, InsertMode, InsertReport, WordError } from '../word/port';
import { houseStyle } from './house-style';
import type { LayoutChoices } from './layout-choices';
import { followsHeading } from '../house-style/detect';
import { withPartHeading } from '../compose/part-heading';
import { alreadyInserted, itemsInDocument } from './in-document';
import { NOTHING_TO_INSERT } from '../word/word-errors';

export interface InsertRequest {
  catalog: Catalog;
  selection: Selection;
  /** The user's explicit role -> style choices (saved in the document, or --style). */
  mapping: StyleMapping;
  /** Part heading, numbering and style-only roles (remembered in the document, or the CLI's flags). */
  choices?: LayoutChoices;
  /** The job description (compose, the default) or a table from the same picks (src/compose/tables.ts). */
  composer?: Composer;
}

/** What the user already answered. */
export interface InsertAnswers {
  /** Insert items the document already holds anyway. */
  duplicatesConfirmed?: boolean;
  /** With text selected: after it, or instead of it. */
  mode?: InsertMode;
}

export type InsertQuestion = { kind: 'confirm-duplicates'; count: number } | { kind: 'choose-mode' };

export type InsertOutcome =
  | { kind: 'question'; question: InsertQuestion; snapshot: DocumentSnapshot }
  | { kind: 'failed'; error: WordError; messages: Message[] }
  | { kind: 'done'; report: InsertReport; model: BlockModel; plan: InsertPlan; summary: string; messages: Message[] };

export interface Insertion {
  model: BlockModel;
  plan: InsertPlan;
  messages: Message[];
}

export interface PlanOptions {
  /** The sections are inserted as one job description (src/blocks/jobs.ts); the preview needs none. */
  jobId?: string;
  /** The job description (compose, the default) or a table from the same picks (src/compose/tables.ts). */
  composer?: Composer;
  choices?: LayoutChoices;
  /** The insertion point directly follows a heading (house-style/detect.ts followsHeading). */
  underHeading?: boolean;
}

/** Catalog + selection + style map -> block model and the plan every port inserts. */
export function planInsertion(
  catalog: Catalog,
  selection: Selection,
  styles: StyleMap,
  options: PlanOptions = {},
): Insertion {
  const { jobId, composer = compose, choices = {}, underHeading = false } = options;
  const composed = composer(catalog, selection);
  // A table's heading is its title, not a part heading the document's own heading could stand for.
  const partHeading = composer === compose ? (choices.partHeading ?? 'auto') : 'always';
  const placed = withPartHeading(composed.value, partHeading, underHeading);
  const model = jobId ? withJobId(placed, jobId) : placed;
  const plan = {
    ...renderCommands(model, styles, choices.numbering),
    ...(choices.numbering ? { numbering: choices.numbering } : {}),
  };
  return { model, plan, messages: composed.messages };
}

/** The next question for this snapshot, or undefined when the insertion can go ahead. */
export function insertQuestion(
  snapshot: DocumentSnapshot,
  request: InsertRequest,
  answers: InsertAnswers,
): InsertQuestion | undefined {
  const summaryId = request.selection.includeSummary ? request.catalog.summary?.id : undefined;
  // A table is about items, not a second copy of them: no question about items already inserted.
  const table = request.composer !== undefined && request.composer !== compose;
  const duplicates = table
    ? 0
    : alreadyInserted(request.selection, itemsInDocument(snapshot.blocks, request.catalog), summaryId).length;
  if (duplicates > 0 && !answers.duplicatesConfirmed) return { kind: 'confirm-duplicates', count: duplicates };
  if (!snapshot.cursor.collapsed && !answers.mode) return { kind: 'choose-mode' };
  return undefined;
}

/**
 * Runs the insertion. `snapshot`: the document as read when the questions were asked (read again when
 * absent). Port errors come back as 'failed'; nothing is half-inserted (each port inserts all or nothing).
 */
export async function insertSelection(
  port: DocumentPort,
  request: InsertRequest,
  answers: InsertAnswers = {},
  snapshot?: DocumentSnapshot,
): Promise<InsertOutcome> {
  let fresh = snapshot;
  if (!fresh) {
    const read = await port.readDocument();
    if (!read.ok) return { kind: 'failed', error: read.error, messages: [] };
    fresh = read.value;
  }
  const question = insertQuestion(fresh, request, answers);
  if (question) return { kind: 'question', question, snapshot: fresh };
  const choices = request.choices ?? {};
  const styles = houseStyle(fresh, request.mapping, { styleOnly: choices.styleOnly });
  const ready = planInsertion(request.catalog, request.selection, styles.value, {
    jobId: newJobId(fresh.blocks),
    ...(request.composer ? { composer: request.composer } : {}),
    choices,
    underHeading: followsHeading(fresh.context),
  });
  const planned = [...styles.messages, ...ready.messages];
  if (!ready.plan.sections.length) {
    // Nothing reaches the document; why (an empty selection) is in the composer's messages.
    const why = ready.messages.map((m) => m.text).join(' ');
    return { kind: 'failed', error: { ...NOTHING_TO_INSERT, ...(why ? { message: why } : {}) }, messages: planned };
  }
  const result = await port.insert(ready.plan, answers.mode ?? 'after-selection');
  if (!result.ok) return { kind: 'failed', error: result.error, messages: planned };
  return {
    kind: 'done',
    report: result.value,
    model: ready.model,
    plan: ready.plan,
    summary: insertedSummary(ready.model),
    messages: [...planned, ...result.messages],
  };
}

const PART_NOUNS: Partial<Record<SectionPart, [string, string]>> = {
  qualifications: ['qualification', 'qualifications'],
  competency: ['responsibility', 'responsibilities'],
  skills: ['skill', 'skills'],
  checklist: ['responsibility to assess', 'responsibilities to assess'],
};

/** One line: "Inserted 8 sections: 3 qualifications, 41 responsibilities, 27 skills." (the titles go elsewhere) */
export function insertedSummary(model: BlockModel): string {
  const n = model.sections.length;
  const counts = new Map<SectionPart, number>();
  for (const s of model.sections) counts.set(s.tag.part, (counts.get(s.tag.part) ?? 0) + s.tag.itemIds.length);
  const items = (['qualifications', 'competency', 'skills', 'checklist'] as const).flatMap((part) => {
    const count = counts.get(part) ?? 0;
    const [one, many] = PART_NOUNS[part] ?? [part, part];
    return count ? [`${count} ${count === 1 ? one : many}`] : [];
  });
  return `Inserted ${n} section${n === 1 ? '' : 's'}${items.length ? `: ${items.join(', ')}` : ''}.`;
}
