/**
 * Facts about the cursor and the paragraphs around it, from plain loaded values. Pure.
 */
import type { ParagraphInfo, StyleSheet } from '../house-style/types';
import { wordHandFormatting, type WordFontFacts } from './hand-formatting';
import type { CursorLocation } from './port';
import { builtInKeyFromEnum } from './word-styles';

const BODY_TYPES: Record<string, CursorLocation> = {
  MainDoc: 'body',
  Section: 'body',
  TableCell: 'table',
  Header: 'header',
  Footer: 'footer',
  Footnote: 'footnote',
  Endnote: 'endnote',
  NoteItem: 'footnote',
  TextBox: 'text-box',
  Shape: 'text-box',
};

/**
 * Where the cursor is, from Body.type of the selection's body and, for a table cell, of the body
 * holding the table (a table in a header is still in the header).
 */
export function locationFromBodyTypes(bodyType: string, outerBodyType?: string): CursorLocation {
  const here = BODY_TYPES[bodyType] ?? 'unknown';
  if (here !== 'table' || !outerBodyType) return here;
  const outer = BODY_TYPES[outerBodyType] ?? 'unknown';
  return outer === 'body' || outer === 'table' ? 'table' : outer;
}

/** True when the selected text is the whole text of the paragraphs it touches (so they can go entirely). */
export function selectionCoversParagraphs(selectedText: string, paragraphTexts: string[]): boolean {
  // Word reports paragraph and line breaks as \r, \n or a vertical tab (\v).
  const squash = (s: string) => s.replace(/[\r\n\v]/g, '').trim();
  const whole = squash(paragraphTexts.join(''));
  return whole.length > 0 && squash(selectedText) === whole;
}

/** The loaded properties of one Word.Paragraph that detection needs. */
export interface WordParagraphFacts {
  text: string;
  style: string;
  styleBuiltIn: string;
  isListItem: boolean;
  /** The font of its text (Paragraph.font), where loaded. */
  font?: WordFontFacts;
}

/** `sheet`: the document's styles, to tell the paragraph's hand formatting from its style's look. */
export function paragraphInfo(p: WordParagraphFacts, sheet?: StyleSheet): ParagraphInfo {
  const builtInKey = builtInKeyFromEnum(p.styleBuiltIn);
  // Derived from the heading style rather than read from outlineLevel, which some hosts do not implement.
  const heading = /^heading ([1-9])$/.exec(builtInKey ?? '');
  const formatting = sheet && wordHandFormatting(p.font, p.style, sheet);
  return {
    style: p.style,
    ...(builtInKey ? { builtInKey } : {}),
    text: p.text,
    isListItem: p.isListItem,
    ...(heading ? { outlineLevel: Number(heading[1]) } : {}),
    ...(formatting ? { formatting } : {}),
  };
}
