/**
 * Insert, for every host: read the document, ask what must be asked (items already in the document; after
 * or instead of selected text), choose the house style, compose and render the plan, and hand it to the port.
 * The pane shows the questions; the CLI answers them from its arguments.
 */
import type { Catalog } from '../catalog/types';
import { compose } from '../compose/compose';
import type { BlockModel } from '../compose/blocks';
import type { Selection } from '../compose/selection';
import type { StyleMap, StyleMapping } from '../house-style/types';
import type { Message } from '../messages';
import type { InsertPlan } from '../render/commands';
import { renderCommands } from '../render/render-commands';
import type { DocumentPort, DocumentSnapshot, InsertMode, InsertReport, WordError } from '../word/port';
import { houseStyle } from './house-style';
import { alreadyInserted, itemsInDocument } from './in-document';

export interface InsertRequest {
  catalog: Catalog;
  selection: Selection;
  /** The user's explicit role -> style choices (saved in the document, or --style). */
  mapping: StyleMapping;
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
  | { kind: 'failed'; error: WordError }
  | { kind: 'done'; report: InsertReport; model: BlockModel; plan: InsertPlan; summary: string; messages: Message[] };

export interface Insertion {
  model: BlockModel;
  plan: InsertPlan;
  messages: Message[];
}

/** Catalog + selection + style map -> block model and the plan every port inserts. */
export function buildInsertion(catalog: Catalog, selection: Selection, styles: StyleMap): Insertion {
  const { value: model, messages } = compose(catalog, selection);
  return { model, plan: renderCommands(model, styles), messages };
}

/** The next question for this snapshot, or undefined when the insertion can go ahead. */
export function insertQuestion(
  snapshot: DocumentSnapshot,
  request: InsertRequest,
  answers: InsertAnswers,
): InsertQuestion | undefined {
  const summaryId = request.selection.includeSummary ? request.catalog.summary?.id : undefined;
  const duplicates = alreadyInserted(
    request.selection,
    itemsInDocument(snapshot.blocks, request.catalog),
    summaryId,
  ).length;
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
    if (!read.ok) return { kind: 'failed', error: read.error };
    fresh = read.value;
  }
  const question = insertQuestion(fresh, request, answers);
  if (question) return { kind: 'question', question, snapshot: fresh };
  const styles = houseStyle(fresh, request.mapping);
  const ready = buildInsertion(request.catalog, request.selection, styles.value);
  const result = await port.insert(ready.plan, answers.mode ?? 'after-selection');
  if (!result.ok) return { kind: 'failed', error: result.error };
  return {
    kind: 'done',
    report: result.value,
    model: ready.model,
    plan: ready.plan,
    summary: insertedSummary(ready.plan),
    messages: [...styles.messages, ...ready.messages, ...result.messages],
  };
}

/** "Inserted 3 sections: Qualifications, Analyzes and Manages Data, Knowledge and Skills." */
export function insertedSummary(plan: InsertPlan): string {
  const titles = plan.sections.map((s) => s.title);
  const n = titles.length;
  return `Inserted ${n} section${n === 1 ? '' : 's'}: ${titles.join(', ')}.`;
}
