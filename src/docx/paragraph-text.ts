/** The visible text of a paragraph, joined across its runs (text boxes nested inside it excluded). */
import { W_NS, wElements } from '../xml/dom';

export function ownTextNodes(paragraph: Element): Element[] {
  return wElements(paragraph, 't').filter((t) => closestParagraph(t) === paragraph);
}

export function paragraphText(paragraph: Element): string {
  return ownTextNodes(paragraph)
    .map((t) => t.textContent ?? '')
    .join('');
}

function closestParagraph(node: Node): Node | null {
  let n = node.parentNode;
  while (n && !(n.nodeType === 1 && (n as Element).namespaceURI === W_NS && (n as Element).localName === 'p'))
    n = n.parentNode;
  return n;
}

export function isW(node: Node, localName: string): node is Element {
  return node.nodeType === 1 && (node as Element).namespaceURI === W_NS && (node as Element).localName === localName;
}
