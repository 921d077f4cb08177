/**
 * The plain text of a section as anyone can read it back from the document (Word adapter, CLI, preview),
 * in one normal form, so the fingerprint stored in the tag at insertion can be compared with the text
 * found later to tell whether the user edited the block:
 * - one line per paragraph, a table row is one line with its cells joined by a tab
 *   (trailing empty cells left out);
 * - inside a paragraph or cell every run of white space (line breaks, tabs, non-breaking spaces) is one
 *   space, characters XML forbids are dropped, and the ends are trimmed;
 * - empty paragraphs are left out (Word keeps one between adjacent tables; an empty line loses no text).
 */
import { stripForbiddenXmlChars } from '../xml/escape';
import type { Block } from '../compose/blocks';
import type { ContentCommand } from './commands';
import { shortHash } from './short-hash';

/** A paragraph's text, or a table row's cell texts. */
export type TextLine = string | string[];

export const FINGERPRINT_WIDTH = 6;

function normalise(text: string): string {
  // White space first: Word reads a line break as \v, which XML forbids, and it must read as a space.
  return stripForbiddenXmlChars(text.replace(/\s+/gu, ' ')).trim();
}

export function canonicalText(lines: readonly TextLine[]): string {
  return lines
    .map((line) => (typeof line === 'string' ? normalise(line) : rowText(line)))
    .filter((line) => line !== '')
    .join('\n');
}

/** Cells joined by tabs; trailing empty cells (a row padded to the table's width) are left out. */
function rowText(cells: readonly string[]): string {
  const texts = cells.map(normalise);
  while (texts.length && texts[texts.length - 1] === '') texts.pop();
  return texts.join('\t');
}

export function textFingerprint(text: string): string {
  return shortHash(text, FINGERPRINT_WIDTH);
}

/** Between a skill's bold term and its description. */
export const TERM_SEPARATOR = ': ';

/** The lines a section's blocks put in the document (every renderer writes exactly these texts). */
export function sectionLines(blocks: readonly Block[]): TextLine[] {
  const text = (runs: readonly { text: string }[]) => runs.map((r) => r.text).join('');
  return blocks.flatMap((b): TextLine[] => {
    switch (b.kind) {
      case 'heading':
        return [b.text];
      case 'paragraph':
        return [text(b.runs)];
      case 'bulletList':
        return b.items.map((item) => text(item.runs));
      case 'termList':
        return b.items.map((item) => item.term + TERM_SEPARATOR + text(item.definition));
      case 'table':
        return [...(b.header.length ? [b.header] : []), ...b.rows.map((row) => row.cells.map(text))];
    }
  });
}

/** The fingerprint a section's tag carries. */
export function sectionFingerprint(blocks: readonly Block[]): string {
  return textFingerprint(canonicalText(sectionLines(blocks)));
}

/** The lines a section command puts in the document (what the Word adapter inserts). */
export function commandLines(content: readonly ContentCommand[]): TextLine[] {
  return content.flatMap((c): TextLine[] =>
    c.kind === 'paragraph' ? [c.runs.map((r) => r.text).join('')] : [...(c.header.length ? [c.header] : []), ...c.rows],
  );
}
