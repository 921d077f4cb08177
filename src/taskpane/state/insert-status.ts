/**
 * Where an insertion stands. Questions come before anything is sent to Word: first whether to insert
 * items the document already holds, then where to put them when text is selected.
 */
import type { Message } from '../../messages';
import type { DocumentSnapshot, WordError } from '../../word/port';
import type { InsertAnswers, InsertQuestion } from '../../workflows/insert';

/** A question carries the document it was asked about and the answers given so far. */
interface Asked {
  snapshot: DocumentSnapshot;
  answers: InsertAnswers;
}

export type InsertStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | ({ kind: 'confirm-duplicates'; count: number } & Asked)
  | ({ kind: 'choose-mode' } & Asked)
  | { kind: 'done'; summary: string; messages: Message[] }
  | { kind: 'failed'; error: WordError };

/** The insert workflow's question, as the insert bar shows it. */
export function statusOfQuestion(
  question: InsertQuestion,
  snapshot: DocumentSnapshot,
  answers: InsertAnswers,
): InsertStatus {
  return question.kind === 'confirm-duplicates'
    ? { kind: 'confirm-duplicates', count: question.count, snapshot, answers }
    : { kind: 'choose-mode', snapshot, answers };
}

/** A thrown error (a port that broke its promise) in the same shape as a reported one. */
export function unexpectedError(e: unknown): WordError {
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: 'unknown',
    message: `Something unexpected went wrong: ${detail}`,
    advice: 'Nothing is lost in the pane. Try again; if it keeps happening, close and reopen the pane.',
  };
}

/** Messages worth showing after an insertion, each once. */
export function uniqueMessages(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((m) => !seen.has(m.text) && !!seen.add(m.text));
}
