/**
 * Queues the loads that tell where the cursor is, and reads them back after context.sync().
 * Shared by reading the document and by the checks before an insertion, so both agree.
 */
import { parseSectionTag } from '../render/section-tag';
import type { CursorInfo } from './port';
import { locationFromBodyTypes, selectionCoversParagraphs } from './cursor';

export interface CursorProxies {
  selection: Word.Range;
  body: Word.Body;
  /** The body holding the selection's body (a table cell's outer body); a null object in the main text. */
  outerBody: Word.Body;
  control: Word.ContentControl;
  paragraphs: Word.ParagraphCollection;
  firstParagraph: Word.Paragraph;
  /** The first paragraph without its mark: empty only when it holds no text, picture or other object. */
  firstContent: Word.Range;
  lastParagraph: Word.Paragraph;
}

export function queueCursorLoad(context: Word.RequestContext): CursorProxies {
  const selection = context.document.getSelection().load('text,isEmpty');
  const body = selection.parentBody.load('type');
  const paragraphs = selection.paragraphs.load('text');
  const firstParagraph = paragraphs.getFirst();
  return {
    selection,
    body,
    outerBody: body.parentBodyOrNullObject.load('type'),
    control: selection.parentContentControlOrNullObject.load('id,title,tag,cannotEdit,cannotDelete'),
    paragraphs,
    firstParagraph,
    firstContent: firstParagraph.getRange('Content').load('isEmpty'),
    lastParagraph: paragraphs.getLast().load('isListItem'),
  };
}

/** Where insertion would go and whether the selection can be replaced whole, after the sync. */
export interface CursorFacts extends CursorInfo {
  coversParagraphs: boolean;
  /**
   * The cursor's content control cannot be deleted. Deleting all of its paragraphs would delete it,
   * which Word refuses half-way through the batch, so its paragraphs are never removed whole.
   */
  inUndeletableControl: boolean;
  /** The cursor is inside a section we inserted earlier (its content control carries our tag). */
  inOurSection: boolean;
  anchorIsListItem: boolean;
}

export function cursorFacts(p: CursorProxies): CursorFacts {
  const collapsed = p.selection.isEmpty;
  const control = p.control.isNullObject
    ? undefined
    : { title: p.control.title, tag: p.control.tag, editable: !p.control.cannotEdit };
  return {
    location: locationFromBodyTypes(p.body.type, p.outerBody.isNullObject ? undefined : p.outerBody.type),
    collapsed,
    selectedText: collapsed ? '' : p.selection.text,
    inEmptyParagraph: collapsed && p.firstContent.isEmpty,
    ...(control ? { contentControl: control } : {}),
    coversParagraphs:
      !collapsed &&
      selectionCoversParagraphs(
        p.selection.text,
        p.paragraphs.items.map((para) => para.text),
      ),
    inUndeletableControl: control !== undefined && p.control.cannotDelete,
    inOurSection: control !== undefined && parseSectionTag(control.tag) !== undefined,
    anchorIsListItem: p.lastParagraph.isListItem,
  };
}

/** What the task pane is told about the cursor (the port's CursorInfo, without the insertion details). */
export function cursorInfoOf(facts: CursorFacts): CursorInfo {
  const { location, collapsed, selectedText, inEmptyParagraph, contentControl } = facts;
  return { location, collapsed, selectedText, inEmptyParagraph, ...(contentControl ? { contentControl } : {}) };
}
