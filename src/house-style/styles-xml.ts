/**
 * word/styles.xml -> StyleSheet. One parser for the CLI (the template's styles part) and the
 * task pane on hosts without WordApi 1.5 (the styles part inside body.getOoxml()).
 * Appearance is resolved the way Word does: document defaults, then the basedOn chain, then the style.
 */
import { parseXml, serializeXml, wAttr, wChild, wElements } from '../xml/dom';
import { builtInDisplayName, builtInKeyOf } from './builtins';
import type { StyleAppearance, StyleDef, StyleSheet, StyleType } from './types';

const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const TYPES: readonly StyleType[] = ['paragraph', 'character', 'table', 'numbering'];

interface RawStyle {
  def: StyleDef;
  own: StyleAppearance;
  /** undefined: says nothing about numbering; otherwise whether its w:numPr turns numbering on, and the list. */
  numbering?: { on: boolean; numId: string; level: number };
}

/**
 * Parses a styles part; an empty string (a package without one) gives an empty sheet.
 * Throws XmlParseError (clear message) when the XML is not well-formed.
 */
export function parseStylesXml(xml: string): StyleSheet {
  if (!xml.trim()) return { styles: [] };
  const doc = parseXml(xml);
  const defaults = docDefaults(doc);
  const raw = new Map<string, RawStyle>();
  for (const el of wElements(doc, 'style')) {
    const id = wAttr(el, 'styleId');
    if (!id || raw.has(id)) continue;
    const type = (TYPES as readonly string[]).includes(wAttr(el, 'type') ?? '')
      ? (wAttr(el, 'type') as StyleType)
      : 'paragraph';
    const wName = wAttr(wChild(el, 'name')) ?? id;
    const builtInKey = builtInKeyOf(wName);
    const basedOn = wAttr(wChild(el, 'basedOn'));
    const pPr = wChild(el, 'pPr');
    const def: StyleDef = {
      id,
      localName: builtInKey ? builtInDisplayName(builtInKey) : wName,
      type,
      ...(builtInKey ? { builtInKey } : {}),
      ...(basedOn ? { basedOn } : {}),
      ...(isOn(el, 'default') ? { isDefault: true } : {}),
    };
    raw.set(id, { def, own: { ...runAppearance(wChild(el, 'rPr')), ...spacing(pPr) }, numbering: numberingOf(pPr) });
  }
  const styles = [...raw.values()].map(({ def }) => {
    const chain = basedOnChain(def.id, raw);
    const appearance = Object.assign({}, defaults, ...chain.map((s) => s.own).reverse()) as StyleAppearance;
    const numbering = chain.find((s) => s.numbering !== undefined)?.numbering;
    const list = def.type === 'paragraph' && numbering?.on ? numbering : undefined;
    return {
      ...def,
      ...(list ? { hasNumbering: true, list: { numId: list.numId, level: list.level } } : {}),
      ...(Object.keys(appearance).length ? { appearance } : {}),
    };
  });
  return { styles };
}

/**
 * The styles part inside a Flat OPC package (what Word's body.getOoxml() returns), as a string
 * for parseStylesXml; undefined when the package carries no styles part.
 */
export function stylesPartFromFlatOpc(flatOpcXml: string): string | undefined {
  return partFromFlatOpc(flatOpcXml, '/word/styles.xml');
}

/** Any XML part of a Flat OPC package by its part name (e.g. "/word/numbering.xml"). */
export function partFromFlatOpc(flatOpcXml: string, partName: string): string | undefined {
  const doc = parseXml(flatOpcXml);
  for (const part of Array.from(doc.getElementsByTagNameNS(PKG_NS, 'part'))) {
    if (part.getAttributeNS(PKG_NS, 'name') !== partName && part.getAttribute('pkg:name') !== partName) continue;
    const data = part.getElementsByTagNameNS(PKG_NS, 'xmlData')[0];
    for (let n = data?.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) return serializeXml(n);
  }
  return undefined;
}

/** The style and its ancestors, nearest first; stops at a missing parent or a cycle. */
function basedOnChain(id: string, raw: Map<string, RawStyle>): RawStyle[] {
  const chain: RawStyle[] = [];
  const seen = new Set<string>();
  for (
    let cur = raw.get(id);
    cur && !seen.has(cur.def.id);
    cur = cur.def.basedOn ? raw.get(cur.def.basedOn) : undefined
  ) {
    seen.add(cur.def.id);
    chain.push(cur);
  }
  return chain;
}

function docDefaults(doc: Document): StyleAppearance {
  const dd = wElements(doc, 'docDefaults')[0];
  if (!dd) return {};
  const rPrDefault = wChild(dd, 'rPrDefault');
  const pPrDefault = wChild(dd, 'pPrDefault');
  return {
    ...runAppearance(rPrDefault && wChild(rPrDefault, 'rPr')),
    ...spacing(pPrDefault && wChild(pPrDefault, 'pPr')),
  };
}

/** Font, size, bold, italic and colour set by a w:rPr (of a style, the defaults, or a run). */
export function runAppearance(rPr: Element | undefined): StyleAppearance {
  if (!rPr) return {};
  const a: StyleAppearance = {};
  const font = wAttr(wChild(rPr, 'rFonts'), 'ascii');
  if (font) a.fontFamily = font;
  const sz = Number(wAttr(wChild(rPr, 'sz')));
  if (sz > 0) a.sizePt = sz / 2;
  const b = toggle(wChild(rPr, 'b'));
  if (b !== undefined) a.bold = b;
  const i = toggle(wChild(rPr, 'i'));
  if (i !== undefined) a.italic = i;
  const color = wAttr(wChild(rPr, 'color'));
  if (color && /^[0-9A-Fa-f]{6}$/.test(color)) a.color = color.toUpperCase();
  return a;
}

function spacing(pPr: Element | undefined): StyleAppearance {
  const sp = pPr && wChild(pPr, 'spacing');
  const a: StyleAppearance = {};
  const before = Number(wAttr(sp, 'before'));
  const after = Number(wAttr(sp, 'after'));
  if (wAttr(sp, 'before') !== undefined && Number.isFinite(before)) a.spaceBeforePt = before / 20;
  if (wAttr(sp, 'after') !== undefined && Number.isFinite(after)) a.spaceAfterPt = after / 20;
  return a;
}

/** A w:numPr with numId 0 explicitly removes numbering inherited from the parent style. */
function numberingOf(pPr: Element | undefined): RawStyle['numbering'] {
  const numPr = pPr && wChild(pPr, 'numPr');
  const numId = numPr && wAttr(wChild(numPr, 'numId'));
  if (numId === undefined) return undefined;
  const level = Number(wAttr(wChild(numPr!, 'ilvl')) ?? 0);
  return { on: numId !== '0', numId, level: level >= 0 && level <= 8 ? level : 0 };
}

/** OOXML on/off properties: present means on unless w:val says otherwise. */
function toggle(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = wAttr(el);
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

function isOn(el: Element, attr: string): boolean {
  const v = wAttr(el, attr);
  return v === '1' || v === 'true' || v === 'on';
}
