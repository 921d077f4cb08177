/**
 * One XML parser for every runtime: the browser's DOMParser in the task pane, @xmldom/xmldom
 * in Node (CLI, tests). The browser build aliases @xmldom/xmldom away (webpack.config.js).
 */
import { DOMParser as NodeDOMParser, XMLSerializer as NodeXMLSerializer } from '@xmldom/xmldom';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export class XmlParseError extends Error {}

export function parseXml(text: string): Document {
  const problems: string[] = [];
  const BrowserParser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  // xmldom reports problems through onError (and would print them); collect them instead.
  const parser = BrowserParser
    ? new BrowserParser()
    : new NodeDOMParser({ onError: (level, message) => void (level !== 'warning' && problems.push(message)) });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'application/xml') as unknown as Document;
  } catch (e) {
    throw new XmlParseError(`Not well-formed XML: ${problems[0] ?? (e as Error).message}`);
  }
  const err = doc.getElementsByTagName('parsererror')[0];
  if (problems.length || err || !doc.documentElement) {
    throw new XmlParseError(`Not well-formed XML: ${problems[0] ?? err?.textContent ?? 'no root element'}`);
  }
  return doc;
}

export function serializeXml(node: Node): string {
  const Serializer = (globalThis as { XMLSerializer?: typeof XMLSerializer }).XMLSerializer ?? NodeXMLSerializer;
  return new (Serializer as typeof XMLSerializer)().serializeToString(node);
}

/** Direct or nested children in the WordprocessingML namespace with this local name. */
export function wElements(parent: Document | Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(W_NS, localName));
}

/** The first direct child in the WordprocessingML namespace with this local name. */
export function wChild(parent: Element, localName: string): Element | undefined {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W_NS && (n as Element).localName === localName)
      return n as Element;
  }
  return undefined;
}

/** w:val (or another w: attribute) of an element, if present. */
export function wAttr(el: Element | undefined, name = 'val'): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W_NS, name);
  return v === null || v === '' ? (el.getAttribute(`w:${name}`) ?? undefined) : v;
}
