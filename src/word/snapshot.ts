/**
 * Plain values loaded from Word -> DocumentSnapshot. Pure, so it is tested without Office.
 */
import { builtInKeyOf } from '../house-style/builtins';
import { parseSectionTag } from '../render/section-tag';
import type { StyleSheet } from '../house-style/types';
import type { CursorInfo, DocumentSnapshot, ExistingBlock } from './port';
import { paragraphInfo, type WordParagraphFacts } from './cursor';

export interface ControlFacts {
  id: number;
  tag: string;
  title: string;
  text: string;
}

export interface DocumentFacts {
  cursor: CursorInfo;
  /** Paragraphs from the start of the cursor's story up to and including the cursor's paragraph. */
  upToCursor: WordParagraphFacts[];
  /** Paragraphs from the cursor's paragraph to the end of its story. */
  fromCursor: WordParagraphFacts[];
  tables: { style: string; styleBuiltIn: string }[];
  controls: ControlFacts[];
  /** Document.changeTrackingMode (WordApi 1.4); undefined on hosts without it. */
  changeTrackingMode?: string;
  styles: StyleSheet;
}

/** Local style name -> Word.BuiltInStyleName, from paragraphs and tables that use a built-in style. */
export function builtInsInUse(facts: Pick<DocumentFacts, 'upToCursor' | 'fromCursor' | 'tables'>): Map<string, string> {
  const used = new Map<string, string>();
  for (const item of [...facts.upToCursor, ...facts.fromCursor, ...facts.tables]) {
    if (item.styleBuiltIn && item.styleBuiltIn !== 'Other') used.set(item.style, item.styleBuiltIn);
  }
  return used;
}

/**
 * Styles that number their own paragraphs, as far as the API shows: the API gives no style's numbering,
 * so a style counts when every paragraph of the document using it is a list item. "List Paragraph" never
 * counts: Word's bullet button gives it direct numbering, not numbering of its own.
 */
export function stylesNumberingTheirParagraphs(facts: Pick<DocumentFacts, 'upToCursor' | 'fromCursor'>): Set<string> {
  const listed = new Set<string>();
  const plain = new Set<string>();
  for (const p of [...facts.upToCursor, ...facts.fromCursor]) (p.isListItem ? listed : plain).add(p.style);
  return new Set([...listed].filter((style) => !plain.has(style) && builtInKeyOf(style) !== 'list paragraph'));
}

function isSameParagraph(a: WordParagraphFacts, b: WordParagraphFacts): boolean {
  return a.text === b.text && a.style === b.style;
}

export function existingBlocks(controls: ControlFacts[]): ExistingBlock[] {
  const blocks: ExistingBlock[] = [];
  for (const c of controls) {
    const parsed = parseSectionTag(c.tag);
    if (!parsed) continue;
    const { truncated: _truncated, ...tag } = parsed;
    blocks.push({ id: String(c.id), title: c.title, tag, text: c.text });
  }
  return blocks;
}

export function snapshotFromFacts(facts: DocumentFacts): DocumentSnapshot {
  const above = facts.upToCursor;
  const cursorParagraph = facts.fromCursor[0];
  // The range up to the cursor also touches the cursor's own paragraph; that one belongs below.
  const trimmed =
    cursorParagraph && above.length && isSameParagraph(above[above.length - 1], cursorParagraph)
      ? above.slice(0, -1)
      : above;
  return {
    styles: facts.styles,
    context: {
      paragraphsAbove: trimmed.map((p) => paragraphInfo(p, facts.styles)),
      paragraphsBelow: facts.fromCursor.map((p) => paragraphInfo(p, facts.styles)),
      tableStyles: facts.tables.map((t) => t.style).filter(Boolean),
    },
    cursor: facts.cursor,
    blocks: existingBlocks(facts.controls),
    trackChangesOn: facts.changeTrackingMode !== undefined && facts.changeTrackingMode !== 'Off',
  };
}
