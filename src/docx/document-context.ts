/**
 * What house-style detection needs to know about the template around the insertion point: the body
 * paragraphs above and below it (style, text, list item or not, heading level) and the table styles in use.
 */
import type { DirectFormatting, DocumentContext, ParagraphInfo, StyleDef, StyleSheet } from '../house-style/types';
import { parseXml, wAttr, wChild, wElements } from '../xml/dom';
import { directFormatting } from './direct-formatting';
import { isW, paragraphText } from './paragraph-text';

export interface StyleFacts {
  byId: Map<string, StyleDef>;
  defaultParagraphStyle: string;
  /** Style id -> outline level 1-9 declared in the style's own w:pPr/w:outlineLvl. */
  outlineLevels: Map<string, number>;
}

export function styleFacts(sheet: StyleSheet, stylesXml: string | undefined): StyleFacts {
  const outlineLevels = new Map<string, number>();
  if (stylesXml) {
    for (const style of wElements(parseXml(stylesXml), 'style')) {
      const id = wAttr(style, 'styleId');
      const level = outlineLevelOf(wChild(style, 'pPr'));
      if (id && level !== undefined) outlineLevels.set(id, level);
    }
  }
  const byId = new Map(sheet.styles.map((s) => [s.id, s]));
  const paragraphDefault = sheet.styles.find((s) => s.type === 'paragraph' && s.isDefault);
  return { byId, defaultParagraphStyle: paragraphDefault?.id ?? 'Normal', outlineLevels };
}

export function documentContext(above: Element[], below: Element[], doc: Document, facts: StyleFacts): DocumentContext {
  return {
    paragraphsAbove: bodyParagraphs(above).map((p) => paragraphInfo(p, facts, doc.documentElement)),
    paragraphsBelow: bodyParagraphs(below).map((p) => paragraphInfo(p, facts, doc.documentElement)),
    tableStyles: wElements(doc, 'tbl')
      .map((tbl) => wAttr(childOf(wChild(tbl, 'tblPr'), 'tblStyle')))
      .filter((s): s is string => !!s),
  };
}

/** Body paragraphs, including those inside body-level content controls; table cells are not body text. */
function bodyParagraphs(elements: Element[]): Element[] {
  return elements.flatMap((el) => {
    if (isW(el, 'p')) return [el];
    if (isW(el, 'sdt')) {
      const content = wChild(el, 'sdtContent');
      return content
        ? bodyParagraphs(Array.from(content.childNodes).filter((n): n is Element => n.nodeType === 1))
        : [];
    }
    return [];
  });
}

function paragraphInfo(p: Element, facts: StyleFacts, root: Element): ParagraphInfo {
  const pPr = wChild(p, 'pPr');
  const styleId = wAttr(childOf(pPr, 'pStyle')) ?? facts.defaultParagraphStyle;
  const chain = styleChain(styleId, facts);
  const numId = wAttr(childOf(childOf(pPr, 'numPr'), 'numId'));
  const isListItem = numId !== undefined ? numId !== '0' : chain.some((s) => s.hasNumbering);
  const outlineLevel = outlineLevelOf(pPr) ?? chainOutlineLevel(chain, facts);
  const builtInKey = facts.byId.get(styleId)?.builtInKey;
  const info: ParagraphInfo = {
    style: styleId,
    ...(builtInKey ? { builtInKey } : {}),
    text: paragraphText(p),
    isListItem,
    ...(outlineLevel !== undefined ? { outlineLevel } : {}),
  };
  // Read when detection asks, for the few paragraphs it copies: serializing every paragraph's properties
  // would cost a long document most of its insertion time.
  let formatting: DirectFormatting | undefined | null = null;
  Object.defineProperty(info, 'formatting', {
    enumerable: true,
    get: () => (formatting === null ? (formatting = directFormatting(p, root)) : formatting),
  });
  return info;
}

/** The style and the styles it is based on, nearest first (cycles cut). */
function styleChain(id: string, facts: StyleFacts): StyleDef[] {
  const chain: StyleDef[] = [];
  for (let s = facts.byId.get(id); s && !chain.includes(s); s = s.basedOn ? facts.byId.get(s.basedOn) : undefined)
    chain.push(s);
  return chain;
}

function chainOutlineLevel(chain: StyleDef[], facts: StyleFacts): number | undefined {
  for (const s of chain) {
    const declared = facts.outlineLevels.get(s.id);
    if (declared !== undefined) return declared;
    const heading = /^heading ([1-9])$/.exec(s.builtInKey ?? '');
    if (heading) return Number(heading[1]);
  }
  return undefined;
}

/** w:outlineLvl counts from 0; 9 means body text. */
function outlineLevelOf(pPr: Element | undefined): number | undefined {
  const val = wAttr(childOf(pPr, 'outlineLvl'));
  const n = val === undefined ? NaN : Number(val);
  return n >= 0 && n <= 8 ? n + 1 : undefined;
}

function childOf(parent: Element | undefined, localName: string): Element | undefined {
  return parent ? wChild(parent, localName) : undefined;
}

/** The page's usable width (page width minus side margins) from the last section's properties, for table grids. */
export function textWidthTwips(doc: Document): number | undefined {
  const sections = wElements(doc, 'sectPr');
  const sectPr = sections[sections.length - 1];
  const width = Number(wAttr(childOf(sectPr, 'pgSz'), 'w'));
  const margins = childOf(sectPr, 'pgMar');
  const usable = width - Number(wAttr(margins, 'left') ?? 0) - Number(wAttr(margins, 'right') ?? 0);
  return Number.isFinite(usable) && usable > 1440 ? Math.round(usable) : undefined;
}
