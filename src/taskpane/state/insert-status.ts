/**
 * Where an insertion stands. Questions come before anything is sent to Word: first whether to insert
 * items the document already holds, then where to put them when text is selected.
 */
import type { Message } from '../../messages';
import type { DocumentSnapshot, WordError } from '../../word/port';

export type InsertStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | { kind: 'confirm-duplicates'; count: number; snapshot: DocumentSnapshot }
  | { kind: 'choose-mode'; snapshot: DocumentSnapshot }
  | {
      kind: 'done';
      /** One line: how many sections and items. */
      summary: string;
      /** The inserted sections' titles, shown on request. */
      sections: string[];
      /** The job id the sections were inserted with (Go to finds the first of them by it). */
      jobId: string;
      /** Warnings: with any, the message stays until dismissed. */
      messages: Message[];
    }
  | { kind: 'failed'; error: WordError };

/** Success without warnings goes by itself after this long (or on the next action); anything else stays. */
export const SUCCESS_SECONDS = 8;

export function leavesByItself(status: InsertStatus): boolean {
  return status.kind === 'done' && status.messages.length === 0;
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
