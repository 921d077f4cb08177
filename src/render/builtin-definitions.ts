/**
 * Standard definitions of the built-in styles we may add to a document that lacks them, and a bullet
 * list definition whose ids no existing list uses, so adding them disturbs nothing already there.
 * Existing definitions are never edited: these are only ever appended.
 */
import type { StyleDef } from '../house-style/types';
import { parseXml, wAttr, wElements } from '../xml/dom';
import { escapeXml } from '../xml/escape';
import { editPart } from '../xml/part-edit';

export interface BuiltinStyleOptions {
  /** numId of our bullet definition: a List Bullet we add carries it, as Word's own List Bullet does. */
  bulletNumId?: number;
}

/** The w:style element for a built-in from detection (StyleChoice.missingFromDocument). */
export function builtinStyleXml(def: StyleDef, opts: BuiltinStyleOptions = {}): string {
  const key = def.builtInKey ?? '';
  const heading = /^heading ([1-9])$/.exec(key);
  const basedOn = def.basedOn ? `<w:basedOn w:val="${escapeXml(def.basedOn)}"/>` : '';
  // Word writes heading names in lower case ("heading 2") and the others as shown ("List Bullet").
  const open = (extra = '') =>
    `<w:style w:type="${def.type}"${extra} w:styleId="${escapeXml(def.id)}"><w:name w:val="${escapeXml(heading ? key : def.localName)}"/>${basedOn}`;
  if (heading) {
    const level = Number(heading[1]);
    const a = def.appearance ?? {};
    return (
      open() +
      (def.basedOn ? `<w:next w:val="${escapeXml(def.basedOn)}"/>` : '') +
      '<w:uiPriority w:val="9"/><w:qFormat/>' +
      `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${(a.spaceBeforePt ?? 2) * 20}" w:after="0"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
      '<w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light" w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:cstheme="majorBidi"/>' +
      `<w:color w:val="${a.color ?? '2F5496'}"/><w:sz w:val="${Math.round((a.sizePt ?? 13) * 2)}"/><w:szCs w:val="${Math.round((a.sizePt ?? 13) * 2)}"/></w:rPr></w:style>`
    );
  }
  switch (key) {
    case 'normal':
      return (
        open(' w:default="1"') +
        '<w:qFormat/><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>' +
        '<w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>'
      );
    case 'list bullet': {
      const numPr = opts.bulletNumId !== undefined ? `<w:numPr><w:numId w:val="${opts.bulletNumId}"/></w:numPr>` : '';
      return (
        open() + `<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr>${numPr}<w:contextualSpacing/></w:pPr></w:style>`
      );
    }
    case 'table grid':
      return (
        open() +
        '<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr>' +
        '<w:tblBorders>' +
        ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
          .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
          .join('') +
        '</w:tblBorders></w:tblPr></w:style>'
      );
    default:
      throw new Error(`No standard definition for the built-in style "${def.localName}".`);
  }
}

export interface BulletNumbering {
  /** <w:abstractNum>: goes after the part's last w:abstractNum (before any w:num). */
  abstractNum: string;
  /** <w:num>: goes after the part's last w:num. */
  num: string;
  numId: number;
}

const BULLETS = ['\u2022', '\u25E6', '\u25AA'];

/** A one-bullet-per-level list definition with ids unused by the document's numbering part. */
export function bulletNumberingXml(existingNumberingXml?: string): BulletNumbering {
  const doc = existingNumberingXml?.trim() ? parseXml(existingNumberingXml) : undefined;
  const ints = (local: string, attr: string) =>
    doc
      ? wElements(doc, local)
          .map((el) => Number(wAttr(el, attr)))
          .filter(Number.isFinite)
      : [];
  const abstractId = Math.max(-1, ...ints('abstractNum', 'abstractNumId')) + 1;
  const numId = Math.max(0, ...ints('num', 'numId')) + 1;
  const nsids = new Set(doc ? wElements(doc, 'nsid').map((el) => (wAttr(el) ?? '').toUpperCase()) : []);
  let seed = 0x4a440000 + abstractId;
  while (nsids.has(hex8(seed))) seed++;
  const levels = Array.from(
    { length: 9 },
    (_, i) =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${BULLETS[i % BULLETS.length]}"/>` +
      `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
  ).join('');
  return {
    abstractNum: `<w:abstractNum w:abstractNumId="${abstractId}"><w:nsid w:val="${hex8(seed)}"/><w:multiLevelType w:val="hybridMultilevel"/>${levels}</w:abstractNum>`,
    num: `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/></w:num>`,
    numId,
  };
}

/**
 * The numbering part with the bullet definition added where the schema wants it (abstract
 * definitions before instances), every existing definition kept; a new part when there was none.
 */
export function withBulletNumbering(existingNumberingXml: string | undefined, bullets: BulletNumbering): string {
  if (!existingNumberingXml?.trim()) {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${bullets.abstractNum}${bullets.num}</w:numbering>`
    );
  }
  // Abstract definitions go before the first instance; instances before Word for Mac's trailing cleanup element.
  return editPart(existingNumberingXml, 'The numbering part', 'numbering', ({ insert }) => {
    insert(bullets.abstractNum, ['num', 'numIdMacAtCleanup']);
    insert(bullets.num, ['numIdMacAtCleanup']);
  });
}

/** The numbering part with more list instances (w:num) on its existing definitions. */
export function withListInstances(numberingXml: string, nums: string): string {
  return editPart(numberingXml, 'The numbering part', 'numbering', ({ insert }) => insert(nums, ['numIdMacAtCleanup']));
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
}
