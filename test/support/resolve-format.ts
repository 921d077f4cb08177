/**
 * How a paragraph of a .docx looks, resolved as Word does: document defaults, then the paragraph style's
 * basedOn chain (furthest first), then the list level's paragraph properties, then the paragraph's and its
 * first run's own (direct) formatting. Enough to compare inserted paragraphs with the document's own.
 */
import { W_NS } from '../../src/xml/dom';

export interface ResolvedFormat {
  font?: string;
  sizeHalfPoints?: number;
  indentLeft?: number;
  /** numFmt of the paragraph's list level ("bullet", "decimal", ...), or "none" when it is not a list item. */
  listKind: string;
}

const child = (el: Element | undefined, name: string): Element | undefined =>
  el
    ? Array.from(el.childNodes).find(
        (n): n is Element =>
          n.nodeType === 1 && (n as Element).namespaceURI === W_NS && (n as Element).localName === name,
      )
    : undefined;
const all = (el: Document | Element, name: string): Element[] => Array.from(el.getElementsByTagNameNS(W_NS, name));
const val = (el: Element | undefined, name = 'val'): string | undefined => {
  const v = el?.getAttributeNS(W_NS, name);
  return v === null || v === undefined || v === '' ? undefined : v;
};

export class FormatResolver {
  private readonly styles = new Map<string, Element>();
  private readonly defaultStyle?: string;
  private readonly defaults?: Document;

  constructor(
    stylesDoc: Document | undefined,
    private readonly numberingDoc: Document | undefined,
  ) {
    for (const s of stylesDoc ? all(stylesDoc, 'style') : []) {
      const id = val(s, 'styleId');
      if (id && !this.styles.has(id)) this.styles.set(id, s);
      if (val(s, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(val(s, 'default') ?? ''))
        this.defaultStyle = id;
    }
    this.defaults = stylesDoc;
  }

  resolve(p: Element): ResolvedFormat {
    const pPr = child(p, 'pPr');
    const chain = this.chain(val(child(pPr, 'pStyle')) ?? this.defaultStyle);
    const docDefaults = this.defaults ? all(this.defaults, 'docDefaults')[0] : undefined;
    const rPrs = [child(child(docDefaults, 'rPrDefault'), 'rPr')];
    const pPrs = [child(child(docDefaults, 'pPrDefault'), 'pPr')];
    for (const s of chain) {
      rPrs.push(child(s, 'rPr'));
      pPrs.push(child(s, 'pPr'));
    }
    // The list: direct numPr wins over the style's.
    const numPr = [pPr, ...pPrs.slice().reverse()]
      .map((x) => child(x, 'numPr'))
      .find((n) => val(child(n, 'numId')) !== undefined);
    const numId = val(child(numPr, 'numId'));
    const ilvl = Number(val(child(numPr, 'ilvl')) ?? 0);
    const level = numId && numId !== '0' ? this.level(numId, ilvl) : undefined;
    pPrs.push(child(level, 'pPr'));
    pPrs.push(pPr);
    const run = all(p, 'r').find((r) => all(r, 't').length > 0);
    rPrs.push(child(run, 'rPr'));
    const last = <T>(items: Array<Element | undefined>, read: (e: Element) => T | undefined): T | undefined =>
      items.reduce<T | undefined>((acc, e) => (e ? (read(e) ?? acc) : acc), undefined);
    const sz = last(rPrs, (r) => val(child(r, 'sz')));
    const indent = last(pPrs, (x) => val(child(x, 'ind'), 'left') ?? val(child(x, 'ind'), 'start'));
    return {
      font: last(rPrs, (r) => val(child(r, 'rFonts'), 'ascii')),
      sizeHalfPoints: sz === undefined ? undefined : Number(sz),
      indentLeft: indent === undefined ? undefined : Number(indent),
      listKind: level ? (val(child(level, 'numFmt')) ?? 'decimal') : 'none',
    };
  }

  /** The style and its ancestors, furthest first. */
  private chain(id: string | undefined): Element[] {
    const out: Element[] = [];
    for (let s = id ? this.styles.get(id) : undefined; s && !out.includes(s);) {
      out.unshift(s);
      const base = val(child(s, 'basedOn'));
      s = base ? this.styles.get(base) : undefined;
    }
    return out;
  }

  private level(numId: string, ilvl: number): Element | undefined {
    if (!this.numberingDoc) return undefined;
    const num = all(this.numberingDoc, 'num').find((n) => val(n, 'numId') === numId);
    const abstractId = val(child(num, 'abstractNumId'));
    const abstract = all(this.numberingDoc, 'abstractNum').find((a) => val(a, 'abstractNumId') === abstractId);
    return abstract ? all(abstract, 'lvl').find((l) => Number(val(l, 'ilvl') ?? 0) === ilvl) : undefined;
  }
}
