/**
 * Where the .docx adapter's "cursor" is, as Word would see it: a CLI target (a placeholder paragraph, a
 * bookmark, the end), or a paragraph of the body by its reading-order index (table cells included), with an
 * optional selection, as a starting document describes it. Resolved to a text edit of word/document.xml
 * (insertion-point.ts) and to the CursorInfo the workflows see. Insertion is at body level: a cursor
 * inside a table or a content control inserts after it (Word would insert inside a table cell).
 */
import {
  elementsOf,
  locateInsertionPoint,
  pointAfter,
  type InsertionPoint,
  type InsertionTarget,
} from './insertion-point';
import type { DocumentBody } from './document-body';
import { isW, paragraphText } from './paragraph-text';
import { parseSectionTag } from '../render/section-tag';
import type { Message } from '../messages';
import type { CursorInfo } from '../word/port';
import { W_NS, wAttr, wChild } from '../xml/dom';

export interface ParagraphCursor {
  paragraph: number;
  offset?: number;
  endParagraph?: number;
  endOffset?: number;
}

export type DocxCursor = { kind: 'target'; target: InsertionTarget } | ({ kind: 'paragraph' } & ParagraphCursor);

export interface ControlFacts {
  title: string;
  tag: string;
  /** w:lock: the content cannot be edited, or the control cannot be deleted. */
  cannotEdit: boolean;
  cannotDelete: boolean;
}

export interface ResolvedCursor {
  info: CursorInfo;
  /** The edit for 'after-selection' and, when the selection covers whole paragraphs, for 'replace-selection'. */
  after: InsertionPoint;
  replace?: InsertionPoint;
  control?: ControlFacts;
  messages: Message[];
}

export function controlFacts(sdt: Element): ControlFacts {
  const sdtPr = wChild(sdt, 'sdtPr');
  const lock = wAttr(sdtPr && wChild(sdtPr, 'lock'));
  return {
    title: wAttr(sdtPr && wChild(sdtPr, 'alias')) ?? '',
    tag: wAttr(sdtPr && wChild(sdtPr, 'tag')) ?? '',
    cannotEdit: lock === 'contentLocked' || lock === 'sdtContentLocked',
    cannotDelete: lock === 'sdtLocked' || lock === 'sdtContentLocked',
  };
}

function paragraphCount(el: Element): number {
  return isW(el, 'p') ? 1 : paragraphsIn(el).length;
}

function paragraphsIn(el: Element): Element[] {
  return Array.from(el.getElementsByTagNameNS(W_NS, 'p'));
}

/** Reading-order index of the first paragraph of body element `index` (the paragraphs of those before it). */
export function paragraphsBefore(body: DocumentBody, index: number): number {
  return body.elements.slice(0, index).reduce((n, e) => n + paragraphCount(e.element), 0);
}

function paragraphAt(el: Element, index: number): Element | undefined {
  return isW(el, 'p') ? el : paragraphsIn(el)[index];
}

/** The body element holding reading-order paragraph `paragraph`, and the paragraph's index inside it. */
function elementOf(body: DocumentBody, paragraph: number): { index: number; inner: number } {
  let seen = 0;
  for (let index = 0; index < body.elements.length; index++) {
    const count = paragraphCount(body.elements[index].element);
    if (paragraph < seen + count) return { index, inner: paragraph - seen };
    seen += count;
  }
  throw new RangeError(`The document has no paragraph ${paragraph}.`);
}

function pointReplacing(body: DocumentBody, from: number, to: number, description: string): InsertionPoint {
  return {
    start: body.elements[from].start,
    end: body.elements[to].end,
    before: '',
    after: '',
    above: elementsOf(body, 0, from),
    below: elementsOf(body, to + 1),
    description,
  };
}

export function resolveCursor(body: DocumentBody, cursor: DocxCursor): ResolvedCursor {
  if (cursor.kind === 'target') {
    const located = locateInsertionPoint(body, cursor.target);
    // The target's own rules decide what is replaced (a placeholder-only paragraph), so no question arises.
    return {
      info: { location: 'body', collapsed: true, selectedText: '', inEmptyParagraph: false },
      after: located.value,
      messages: located.messages,
    };
  }
  const start = elementOf(body, cursor.paragraph);
  const end = elementOf(body, cursor.endParagraph ?? cursor.paragraph);
  const first = body.elements[start.index].element;
  const last = body.elements[end.index].element;
  const startText = paragraphText(paragraphAt(first, start.inner) ?? first);
  const endText = paragraphText(paragraphAt(last, end.inner) ?? last);
  const collapsed =
    cursor.endParagraph === undefined && (cursor.endOffset === undefined || cursor.endOffset === cursor.offset);
  const control = isW(first, 'sdt') ? controlFacts(first) : undefined;
  const info: CursorInfo = {
    location: isW(first, 'tbl') ? 'table' : 'body',
    collapsed,
    selectedText: collapsed ? '' : selected(cursor, startText, endText),
    inEmptyParagraph: collapsed && isW(first, 'p') && startText === '' && !hasObjects(first),
    ...(control ? { contentControl: { title: control.title, tag: control.tag, editable: !control.cannotEdit } } : {}),
  };
  const ours = control !== undefined && parseSectionTag(control.tag) !== undefined;
  const description = ours ? 'after the block holding the cursor' : 'after the cursor paragraph';
  const wholeParagraphs =
    !collapsed &&
    isW(first, 'p') &&
    isW(last, 'p') &&
    (cursor.offset ?? startText.length) === 0 &&
    (cursor.endOffset ?? endText.length) === endText.length;
  return {
    info,
    after: info.inEmptyParagraph
      ? pointReplacing(body, start.index, start.index, 'replaced the empty cursor paragraph')
      : // The house style is read around the cursor's element, which counts as below it, as Word's adapter
        // reads it (src/word/snapshot.ts).
        pointAfter(body, end.index, start.index, description),
    ...(wholeParagraphs
      ? { replace: pointReplacing(body, start.index, end.index, 'replaced the selected paragraphs') }
      : {}),
    ...(control ? { control } : {}),
    messages: [],
  };
}

function selected(cursor: ParagraphCursor, startText: string, endText: string): string {
  const from = cursor.offset ?? startText.length;
  if ((cursor.endParagraph ?? cursor.paragraph) === cursor.paragraph)
    return startText.slice(from, cursor.endOffset ?? startText.length);
  return `${startText.slice(from)}\n…\n${endText.slice(0, cursor.endOffset ?? endText.length)}`;
}

/** Pictures, fields and other objects make a paragraph without text still not empty. */
function hasObjects(p: Element): boolean {
  return ['drawing', 'pict', 'object', 'fldSimple', 'sdt'].some((n) => p.getElementsByTagNameNS(W_NS, n).length > 0);
}
