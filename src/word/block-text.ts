/**
 * A content control's text, as Word gives it, in the lines of section-text.ts: its paragraphs outside tables
 * one by one, and each table's rows (Table.values) where the table's first cell paragraph stands. Pure, so
 * it is tested without Office. Two tables with no paragraph between them read as one run of table
 * paragraphs; insertion always keeps a paragraph between tables, so our blocks never have that.
 */
import type { TextLine } from '../render/section-text';

export interface ParagraphTextFacts {
  text: string;
  tableNestingLevel: number;
}

export function controlLines(paragraphs: readonly ParagraphTextFacts[], tables: readonly string[][][]): TextLine[] {
  const lines: TextLine[] = [];
  let table = 0;
  let inTable = false;
  for (const p of paragraphs) {
    if (p.tableNestingLevel > 0) {
      if (!inTable) lines.push(...(tables[table++] ?? []));
      inTable = true;
    } else {
      inTable = false;
      lines.push(p.text);
    }
  }
  return lines;
}

export type TrackedState = 'none' | 'changed' | 'deleted';

/** A control's pending tracked changes, from its reviewed texts (Range.getReviewedText 'Current' and 'Original'). */
export function reviewedState(current: string, original: string): TrackedState {
  if (current.trim() === original.trim()) return 'none';
  return current.trim() === '' ? 'deleted' : 'changed';
}
