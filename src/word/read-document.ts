/**
 * readDocument: the style sheet and the context around the cursor, in one Word.run and one
 * context.sync() (a second one only when the cursor is in a table, to read the main text around it).
 */
import { parseStylesXml, stylesPartFromFlatOpc } from '../house-style/styles-xml';
import type { StyleSheet } from '../house-style/types';
import { parseSectionTag } from '../render/section-tag';
import { reviewedState } from './block-text';
import type { WordParagraphFacts } from './cursor';
import { cursorFacts, cursorInfoOf, queueCursorLoad } from './cursor-load';
import type { DocumentSnapshot, PortResult } from './port';
import { canGetStyles, withoutFailingApis, type OptionalUse } from './optional-apis';
import { MINIMUM_WORD_API, supportsWordApi } from './requirements';
import { builtInsInUse, snapshotFromFacts, stylesNumberingTheirParagraphs } from './snapshot';
import { errorFromOffice, REQUIREMENT_SET } from './word-errors';
import { styleSheetFromWordStyles, type WordStyleFacts } from './word-styles';

/** The font of each paragraph's text tells its hand formatting (hand-formatting.ts). */
const PARAGRAPH_PROPS = 'text,style,styleBuiltIn,isListItem,font/name,font/size';
const STYLE_PROPS = 'nameLocal,builtIn,type,baseStyle,font/name,font/size,font/bold,font/italic,font/color';

/**
 * Word for Mac reads "" as the style of a table's last paragraph (office-js#5934): such a paragraph tells
 * nothing about the house style and is left out, so Mac and Windows detect the same mapping.
 */
function paragraphFacts(paragraphs: Word.ParagraphCollection): WordParagraphFacts[] {
  return paragraphs.items
    .filter((p) => p.style !== '')
    .map((p) => ({
      text: p.text,
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      isListItem: p.isListItem,
      font: { name: p.font.name, size: p.font.size },
    }));
}

function styleFacts(styles: Word.StyleCollection): WordStyleFacts[] {
  return styles.items.map((s) => ({
    nameLocal: s.nameLocal,
    builtIn: s.builtIn,
    type: s.type,
    baseStyle: s.baseStyle,
    font: { name: s.font.name, size: s.font.size, bold: s.font.bold, italic: s.font.italic, color: s.font.color },
  }));
}

/** Paragraphs of one story split at the cursor; both ranges stay in the same story, as expandTo requires. */
function queueAround(story: Word.Body, selection: Word.Range) {
  const cursor = selection.getRange('Start');
  return {
    upToCursor: story.getRange('Start').expandTo(cursor).paragraphs.load(PARAGRAPH_PROPS),
    fromCursor: cursor.expandTo(story.getRange('End')).paragraphs.load(PARAGRAPH_PROPS),
  };
}

export async function readDocument(): Promise<PortResult<DocumentSnapshot>> {
  if (!supportsWordApi(MINIMUM_WORD_API)) return { ok: false, error: REQUIREMENT_SET };
  const withTracking = supportsWordApi('1.4');
  try {
    return await withoutFailingApis((use) => readWith(withTracking, use));
  } catch (e) {
    return { ok: false, error: errorFromOffice(e) };
  }
}

function readWith(withTracking: boolean, use: OptionalUse): Promise<PortResult<DocumentSnapshot>> {
  return Word.run(async (context) => {
    const doc = context.document;
    use.getStyles = canGetStyles(context);
    const withStyles = use.getStyles;
    const cursor = queueCursorLoad(context);
    let around = queueAround(cursor.body, cursor.selection);
    const tables = doc.body.tables.load('style,styleBuiltIn');
    const controls = doc.body.contentControls.load('id,tag,title,text');
    if (withTracking) doc.load('changeTrackingMode');
    const styles = withStyles ? doc.getStyles().load(STYLE_PROPS) : undefined;
    // Hosts without getStyles: the styles part travels inside the body's Flat OPC package.
    const ooxml = withStyles ? undefined : doc.body.getOoxml();
    await context.sync();

    const cursorInfo = cursorInfoOf(cursorFacts(cursor));
    // The cell's own body says little about the house style; read the main text around the table.
    if (cursorInfo.location === 'table') around = queueAround(doc.body, cursor.selection);
    // A block deleted with track changes on still looks present (office-js#1524): it is left out, as the block
    // list leaves it out, so its items are not counted as already in the document.
    const reviewed = withTracking
      ? controls.items
          .filter((c) => parseSectionTag(c.tag))
          .map((c) => ({ id: c.id, current: c.getReviewedText('Current'), original: c.getReviewedText('Original') }))
      : [];
    if (cursorInfo.location === 'table' || reviewed.length) await context.sync();
    const deleted = new Set(
      reviewed.filter((r) => reviewedState(r.current.value, r.original.value) === 'deleted').map((r) => r.id),
    );
    const facts = {
      upToCursor: paragraphFacts(around.upToCursor),
      fromCursor: paragraphFacts(around.fromCursor),
      tables: tables.items.map((t) => ({ style: t.style, styleBuiltIn: t.styleBuiltIn })),
    };
    const sheet: StyleSheet = styles
      ? styleSheetFromWordStyles(styleFacts(styles), builtInsInUse(facts), stylesNumberingTheirParagraphs(facts))
      : parseStylesXml((ooxml && stylesPartFromFlatOpc(ooxml.value)) ?? '');
    const snapshot = snapshotFromFacts({
      ...facts,
      cursor: cursorInfo,
      controls: controls.items
        .filter((c) => !deleted.has(c.id))
        .map((c) => ({ id: c.id, tag: c.tag, title: c.title, text: c.text })),
      changeTrackingMode: withTracking ? doc.changeTrackingMode : undefined,
      styles: sheet,
    });
    return { ok: true as const, value: snapshot, messages: [] };
  });
}
