/**
 * Adding elements to an XML part through the parser and serializer, whatever the part's producer wrote:
 * a self-closing or empty root (Google Docs' numbering part), another prefix for the namespace ("ns0:",
 * a default namespace), comments, CRLF line ends. New elements are written with the w: prefix; the
 * serializer declares it on them when the part binds the namespace otherwise.
 */
import { parseXml, serializeXml, W_NS } from './dom';

export class PartEditError extends Error {}

export interface PartEdit {
  /** The root, to read (e.g. to find ids in use) before inserting. */
  root: Element;
  /**
   * Inserts the elements of `xml` (w: bound to WordprocessingML, unprefixed names in the root's namespace)
   * as children of the root: before its first child whose local name is in `before` (same namespace), else last.
   */
  insert(xml: string, before?: readonly string[]): void;
}

/** Parses `text`, lets `edit` insert into its root, and serializes the result. */
export function editPart(text: string, name: string, rootName: string, edit: (part: PartEdit) => void): string {
  let doc: Document;
  try {
    doc = parseXml(text);
  } catch (e) {
    throw new PartEditError(`${name} is damaged (${(e as Error).message.split('\n')[0]}); it was left unchanged.`);
  }
  const root = doc.documentElement;
  if (root.localName !== rootName) {
    throw new PartEditError(`${name} does not hold a ${rootName} element; it was left unchanged.`);
  }
  edit({
    root,
    insert(xml, before = []) {
      const anchor = firstChild(root, before);
      for (const node of fragmentNodes(doc, root, xml)) root.insertBefore(node, anchor);
    },
  });
  return serializeXml(doc);
}

function firstChild(root: Element, localNames: readonly string[]): Node | null {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    const el = n as Element;
    if (n.nodeType === 1 && el.namespaceURI === root.namespaceURI && localNames.includes(el.localName)) return n;
  }
  return null;
}

function fragmentNodes(doc: Document, root: Element, xml: string): Node[] {
  const defaultNs = root.namespaceURI ? ` xmlns="${root.namespaceURI}"` : '';
  const wrapper = parseXml(`<fragment xmlns:w="${W_NS}"${defaultNs}>${xml}</fragment>`).documentElement;
  return Array.from(wrapper.childNodes)
    .filter((n) => n.nodeType === 1)
    .map((n) => doc.importNode(n, true));
}

/** The elements directly under the root with this local name in the root's namespace. */
export function rootChildren(root: Element, localName: string): Element[] {
  return Array.from(root.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === root.namespaceURI && (n as Element).localName === localName,
  );
}
