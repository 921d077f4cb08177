/**
 * w:pPr and w:rPr for inserted paragraphs and runs: the style, what the renderer itself sets (numbering,
 * bold terms, highlighted placeholders) and the hand formatting copied from the document's own paragraph
 * of the role, merged in the order the schema requires (Word refuses a document whose properties are
 * out of order). What the renderer sets wins over the copied property of the same name.
 */
import type { DirectFormatting } from '../house-style/types';

type Property = { name: string; xml: string };

/** CT_PPrBase then CT_PPr's own children, in schema order. */
const PARAGRAPH_ORDER = [
  'pStyle',
  'keepNext',
  'keepLines',
  'pageBreakBefore',
  'framePr',
  'widowControl',
  'numPr',
  'suppressLineNumbers',
  'pBdr',
  'shd',
  'tabs',
  'suppressAutoHyphens',
  'kinsoku',
  'wordWrap',
  'overflowPunct',
  'topLinePunct',
  'autoSpaceDE',
  'autoSpaceDN',
  'bidi',
  'adjustRightInd',
  'snapToGrid',
  'spacing',
  'ind',
  'contextualSpacing',
  'mirrorIndents',
  'suppressOverlap',
  'jc',
  'textDirection',
  'textAlignment',
  'textboxTightWrap',
  'outlineLvl',
  'divId',
  'cnfStyle',
  'rPr',
  'sectPr',
  'pPrChange',
];

/** CT_RPr's children (EG_RPrBase), in schema order. */
const RUN_ORDER = [
  'rStyle',
  'rFonts',
  'b',
  'bCs',
  'i',
  'iCs',
  'caps',
  'smallCaps',
  'strike',
  'dstrike',
  'outline',
  'shadow',
  'emboss',
  'imprint',
  'noProof',
  'snapToGrid',
  'vanish',
  'webHidden',
  'color',
  'spacing',
  'w',
  'kern',
  'position',
  'sz',
  'szCs',
  'highlight',
  'u',
  'effect',
  'bdr',
  'shd',
  'fitText',
  'vertAlign',
  'rtl',
  'cs',
  'em',
  'lang',
  'eastAsianLayout',
  'specVanish',
  'oMath',
];

function merged(order: string[], copied: Property[], own: Property[]): string {
  const names = new Set(own.map((p) => p.name));
  const rank = (p: Property) => {
    const i = order.indexOf(p.name);
    return i === -1 ? order.length : i;
  };
  return [...copied.filter((p) => !names.has(p.name)), ...own]
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map(({ p }) => p.xml)
    .join('');
}

/** <w:pPr> (or nothing): `numPr`, when given, replaces a copied list. */
export function paragraphPropertiesXml(pStyle: string, numPr: string, formatting?: DirectFormatting): string {
  const own = [...(pStyle ? [{ name: 'pStyle', xml: pStyle }] : []), ...(numPr ? [{ name: 'numPr', xml: numPr }] : [])];
  const inner = merged(PARAGRAPH_ORDER, formatting?.paragraph ?? [], own);
  return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}

/** <w:rPr> (or nothing). */
export function runPropertiesXml(own: Property[], formatting?: DirectFormatting): string {
  const inner = merged(RUN_ORDER, formatting?.run ?? [], own);
  return inner ? `<w:rPr>${inner}</w:rPr>` : '';
}
