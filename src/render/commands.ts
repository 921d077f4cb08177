/**
 * The commands the Word adapter runs: the block model with every style resolved.
 * Plain data, so the adapter stays thin and tests can read what would be sent to Word.
 */
import type { DirectFormatting } from '../house-style/types';
import type { NumberingMode } from './numbered-lists';

/** A resolved reference to one of the document's styles. */
export interface StyleRef {
  id: string;
  localName: string;
  /** Language-independent built-in key ("heading 2"), when the style is built in. */
  builtInKey?: string;
  /** The style numbers its paragraphs (a bullet style): a paragraph that cannot have it needs a bullet of its own. */
  numbered?: boolean;
}

export interface RunCommand {
  text: string;
  bold?: boolean;
  characterStyle?: StyleRef;
  /** An unfilled "[insert ...]" token: the adapter highlights it so people see it needs a value. */
  placeholder?: boolean;
}

export interface ParagraphCommand {
  kind: 'paragraph';
  style: StyleRef;
  runs: RunCommand[];
  /**
   * A bullet item whose style brings no numbering of its own (e.g. the document bullets "List Paragraph"
   * by direct formatting): the adapter must make it a bulleted list item itself.
   */
  bullet?: boolean;
  /**
   * The first duty of a competency in a numbered list style (List Number) when numbering restarts at each
   * competency: the adapter starts a list of its own here, numbered from 1.
   */
  restartNumbering?: boolean;
  /** A list item (a responsibility, or a skill in a bullet style): its numbered list may start again per section. */
  listItem?: boolean;
  /**
   * The hand formatting of the document's own paragraph of this role (StyleChoice.model): the .docx adapter
   * writes it as the paragraph's and runs' properties, the Word adapter sets its font and size on the text.
   */
  formatting?: DirectFormatting;
}

export interface TableCommand {
  kind: 'table';
  /** null: the document has no table style to use; Word's default table. */
  style: StyleRef | null;
  headerStyle: StyleRef;
  bodyStyle: StyleRef;
  /** Header cells take bold runs (true unless the user mapped a table-header style). */
  headerBold?: boolean;
  header: string[];
  rows: string[][];
  /** Body rows (indices into rows) that label the rows after them: their first cell is bold. */
  groupRows?: number[];
  /**
   * A column whose body cells (group rows aside) become a drop-down of these options where Word can make
   * one (WordApi 1.9); elsewhere the cell keeps its text, the options listed.
   */
  choices?: { column: number; options: string[]; prompt: string };
  /**
   * Body cells holding an unfilled placeholder, with their runs, for the adapters that highlight it in a
   * cell too (the .docx adapter); `rows` keeps their plain text.
   */
  placeholderCells?: { row: number; column: number; runs: RunCommand[] }[];
}

export type ContentCommand = ParagraphCommand | TableCommand;

export interface SectionCommand {
  /** Content control title, for people. */
  title: string;
  /** Content control tag: serialized SectionTag (see src/render/section-tag.ts). */
  tag: string;
  content: ContentCommand[];
}

export interface InsertPlan {
  sections: SectionCommand[];
  /** Numbered list items start again in each section (restart, the default) or number straight through. */
  numbering?: NumberingMode;
}
