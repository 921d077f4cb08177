import type { Role } from '../compose/blocks';

export type StyleType = 'paragraph' | 'character' | 'table' | 'numbering';

/** How a style looks, approximately: enough for the HTML preview. */
export interface StyleAppearance {
  fontFamily?: string;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  /** Hex without '#', e.g. "1F3864". */
  color?: string;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
}

/** One style of the document, as the document defines it. We read these; we never change them. */
export interface StyleDef {
  /** The id this document uses (w:styleId; localized in localized Word, e.g. "berschrift1"). */
  id: string;
  /** The name shown to people in this document's Word (e.g. "Überschrift 1" or "Heading 1"). */
  localName: string;
  type: StyleType;
  /**
   * For built-in styles, the language-independent key: w:name lowercased ("heading 1",
   * "list bullet", "normal", "table grid"). Absent for custom styles.
   */
  builtInKey?: string;
  basedOn?: string;
  /** The paragraph style carries list numbering (w:numPr), e.g. a bullet style. */
  hasNumbering?: boolean;
  /** The list it numbers with, as its w:numPr says (itself or through w:basedOn), when read from styles.xml. */
  list?: { numId: string; level: number };
  /** The document's default style of its type (w:default="1"). */
  isDefault?: boolean;
  appearance?: StyleAppearance;
}

export interface StyleSheet {
  styles: StyleDef[];
}

/**
 * Formatting set on a paragraph by hand, over its style: what an inserted paragraph of the same role
 * copies so that it looks like the document's own. Read from .docx paragraphs (WordprocessingML).
 */
export interface DirectFormatting {
  /** The children of the paragraph's w:pPr in document order, as XML, without w:pStyle, w:sectPr, w:pPrChange. */
  paragraph: Array<{ name: string; xml: string }>;
  /** The children of the w:rPr of its first run with text, as XML. */
  run: Array<{ name: string; xml: string }>;
  /** The list it numbers with (its own w:numPr), if any; numId "0" (numbering switched off) is not a list. */
  list?: { numId: string; level: number };
  /** Font, size and so on from the run's properties, for the preview. */
  appearance: StyleAppearance;
}

/** A paragraph of the document, as detection sees it. */
export interface ParagraphInfo {
  /** The style id or local name the paragraph uses. */
  style: string;
  builtInKey?: string;
  text: string;
  isListItem: boolean;
  /** 1-9 for headings, absent for body text. */
  outlineLevel?: number;
  /** Set when the paragraph carries direct formatting over its style. */
  formatting?: DirectFormatting;
}

/** What detection needs to know about the document around the cursor. */
export interface DocumentContext {
  /** Paragraphs before the cursor, in document order (the nearest one last). */
  paragraphsAbove: ParagraphInfo[];
  /** Paragraphs from the cursor on, in document order. */
  paragraphsBelow: ParagraphInfo[];
  /** Style ids/names of the tables the document already has, in document order. */
  tableStyles: string[];
}

/** Where a role's style came from, shown to the user beside each choice. */
export type StyleSource = 'mapping' | 'detected' | 'built-in' | 'fallback';

export interface StyleChoice {
  /** The document's style (or a built-in to add); null = direct formatting only (e.g. bold term). */
  style: StyleDef | null;
  source: StyleSource;
  /** True when the style is a built-in the document does not define yet (it will be added unchanged). */
  missingFromDocument?: boolean;
  /**
   * The document's own paragraph of this role whose hand formatting the inserted ones copy, and the words
   * that say which one it is ("the bullets under “Key duties”").
   */
  model?: { formatting: DirectFormatting; description: string };
  /** The words for that paragraph when the user chose the style alone for this role (LayoutChoices.styleOnly). */
  modelLeftOut?: string;
}

export type StyleMap = Record<Role, StyleChoice>;

/** The user's explicit choices: role -> a style id or local name of this document. */
export type StyleMapping = Partial<Record<Role, string>>;
