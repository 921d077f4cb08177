/**
 * The small interface the task pane uses to talk to a document. The Office.js adapter,
 * the in-browser preview document and test doubles all implement it, so the same UI
 * runs in Word, in a plain browser and in tests. Types only: no Office.js here.
 */
import type { Message } from '../messages';
import type { SectionTag } from '../compose/blocks';
import type { DocumentContext, StyleSheet } from '../house-style/types';
import type { InsertPlan, SectionCommand } from '../render/commands';

/** Where the cursor is. Insertion is allowed in the body and in body tables only. */
export type CursorLocation = 'body' | 'table' | 'header' | 'footer' | 'footnote' | 'endnote' | 'text-box' | 'unknown';

export interface CursorInfo {
  location: CursorLocation;
  /** True when nothing is selected (a blinking cursor). */
  collapsed: boolean;
  /** The selected text, when the selection is not collapsed. */
  selectedText: string;
  /** The paragraph holding the cursor is empty (it will be replaced, not left blank). */
  inEmptyParagraph: boolean;
  /** Set when the cursor is inside a content control. */
  contentControl?: { title: string; tag: string; editable: boolean };
}

/** A job-description block already in the document (found by its content-control tag). */
export interface ExistingBlock {
  id: string;
  title: string;
  tag: SectionTag;
  text: string;
}

export interface DocumentSnapshot {
  styles: StyleSheet;
  context: DocumentContext;
  cursor: CursorInfo;
  blocks: ExistingBlock[];
  trackChangesOn: boolean;
}

export type InsertMode = 'after-selection' | 'replace-selection';

export interface InsertReport {
  sectionsInserted: number;
  paragraphsInserted: number;
  tablesInserted: number;
}

export type WordErrorCode =
  | 'protected'
  | 'locked-content-control'
  | 'unsupported-location'
  | 'not-allowed'
  | 'requirement-set'
  | 'nothing-to-insert'
  | 'block-not-found'
  | 'block-edited'
  | 'unknown';

/** A failure in plain language: what happened and what the user can do. */
export interface WordError {
  code: WordErrorCode;
  message: string;
  advice: string;
  /** 'block-edited': the block's current lines that the change would lose, for the confirmation. */
  lost?: string[];
}

export type PortResult<T> = { ok: true; value: T; messages: Message[] } | { ok: false; error: WordError };

export interface DocumentPort {
  /** 'word' inside Office; 'preview' for the in-browser sample document; 'docx' for a file (the CLI). */
  readonly kind: 'word' | 'preview' | 'docx';
  readDocument(): Promise<PortResult<DocumentSnapshot>>;
  insert(plan: InsertPlan, mode: InsertMode): Promise<PortResult<InsertReport>>;
  /** Settings stored in the document itself (Office document settings), e.g. the house-style mapping. */
  getDocumentSetting(key: string): unknown;
  setDocumentSetting(key: string, value: unknown): Promise<void>;
  /**
   * Blocks in the document (optional: ports without them offer no "In this document" actions).
   * listBlocks gives each block's text in canonical form (src/render/section-text.ts) with its edit state.
   */
  listBlocks?(): Promise<PortResult<ListedBlock[]>>;
  /** Scrolls to the block and selects it. */
  selectBlock?(id: string): Promise<PortResult<void>>;
  /**
   * Replaces the block with a new section in place. A block edited since insertion (its text no longer
   * matches its tag's fingerprint, checked in the same Word.run) is refused with 'block-edited' unless
   * overwriteEdits.
   */
  replaceBlock?(id: string, section: SectionCommand, opts: BlockChangeOptions): Promise<PortResult<BlockReport>>;
  /** Removes the block's control and its paragraphs, leaving no empty paragraph; edited blocks as replaceBlock. */
  removeBlock?(id: string, opts: BlockChangeOptions): Promise<PortResult<void>>;
}

export interface ListedBlock extends ExistingBlock {
  edits: 'unchanged' | 'edited' | 'unknown';
}

export interface BlockChangeOptions {
  /** The user confirmed that their edits inside the block may be lost. */
  overwriteEdits: boolean;
}

export interface BlockReport {
  /** The id of the block's new content control. */
  id: string;
}
