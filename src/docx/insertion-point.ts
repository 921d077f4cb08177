/**
 * Where in the body the job description goes, as a text edit of word/document.xml:
 * - at a placeholder: a paragraph that holds only the token is replaced (its bookmarks are kept); a paragraph
 *   with other content keeps that content, loses the token, and the block follows it (or precedes it when
 *   the paragraph ends a section, so the block stays in that section);
 * - at a bookmark: after the body element holding w:bookmarkStart with that name;
 * - at the end: before the final section properties.
 */
import { W_NS, wAttr, wChild, wElements } from '../xml/dom';
import type { Message } from '../messages';
import { warning } from '../messages';
import { serializeInDocument, type DocumentBody } from './document-body';
import { isW, ownTextNodes, paragraphText } from './paragraph-text';

export type InsertionTarget = { kind: 'text'; token: string } | { kind: 'bookmark'; name: string } | { kind: 'end' };

export interface InsertionPoint {
  /** The document text [start, end) is replaced by `before` + the block + `after`. */
  start: number;
  end: number;
  before: string;
  after: string;
  /** Body elements above the block and from the block on (for detecting the house style). */
  above: Element[];
  below: Element[];
  /** For the summary line, e.g. 'replaced the "[[JOB DESCRIPTION]]" paragraph'. */
  description: string;
}

export class InsertionPointError extends Error {}

/** Markup allowed directly in w:body, so a replaced paragraph's bookmarks and comment anchors survive. */
const RANGE_MARKUP = new Set([
  'bookmarkStart',
  'bookmarkEnd',
  'commentRangeStart',
  'commentRangeEnd',
  'permStart',
  'permEnd',
]);

export function locateInsertionPoint(
  body: DocumentBody,
  target: InsertionTarget,
): { value: InsertionPoint; messages: Message[] } {
  switch (target.kind) {
    case 'text':
      return atText(body, target.token);
    case 'bookmark':
      return { value: atBookmark(body, target.name), messages: [] };
    case 'end':
      return { value: atEnd(body), messages: [] };
  }
}

function atText(body: DocumentBody, token: string): { value: InsertionPoint; messages: Message[] } {
  if (!token) throw new InsertionPointError('The placeholder text given with --at-text is empty.');
  const hits = body.elements.filter((e) => isW(e.element, 'p') && paragraphText(e.element).includes(token));
  if (hits.length === 0) {
    const elsewhere = wElements(body.doc, 'p').some((p) => paragraphText(p).includes(token));
    throw new InsertionPointError(
      elsewhere
        ? `The placeholder "${token}" is inside a table, content control or text box; put it in a paragraph of its own in the body.`
        : `The placeholder "${token}" was not found in the template. Add it on its own line, or use --at-bookmark NAME or --at-end.`,
    );
  }
  const messages =
    hits.length > 1
      ? [
          warning(
            'placeholder-repeated',
            `The placeholder "${token}" occurs ${hits.length} times; the first one was used.`,
          ),
        ]
      : [];
  const hit = hits[0];
  const index = body.elements.indexOf(hit);
  const p = hit.element;
  const root = body.doc.documentElement;
  if (holdsOnlyToken(p, token)) {
    const kept = Array.from(p.childNodes)
      .filter(
        (n): n is Element =>
          n.nodeType === 1 && (n as Element).namespaceURI === W_NS && RANGE_MARKUP.has((n as Element).localName),
      )
      .map((n) => serializeInDocument(n, root))
      .join('');
    return {
      value: {
        start: hit.start,
        end: hit.end,
        before: kept,
        after: '',
        above: elementsOf(body, 0, index),
        below: elementsOf(body, index + 1),
        description: `replaced the "${token}" paragraph`,
      },
      messages,
    };
  }
  removeToken(p, token);
  const rest = serializeInDocument(p, root);
  const pPr = wChild(p, 'pPr');
  const endsSection = !!pPr && !!wChild(pPr, 'sectPr');
  return {
    value: endsSection
      ? {
          start: hit.start,
          end: hit.end,
          before: '',
          after: rest,
          above: elementsOf(body, 0, index),
          below: elementsOf(body, index),
          description: `inserted before the paragraph that held "${token}" (it ends a section), and removed the placeholder`,
        }
      : {
          start: hit.start,
          end: hit.end,
          before: rest,
          after: '',
          above: elementsOf(body, 0, index + 1),
          below: elementsOf(body, index + 1),
          description: `inserted after the paragraph that held "${token}", and removed the placeholder`,
        },
    messages,
  };
}

/** Nothing in the paragraph but the token's text (and range markup): replacing it loses nothing. */
function holdsOnlyToken(p: Element, token: string): boolean {
  if (paragraphText(p).trim() !== token) return false;
  for (let n = p.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.namespaceURI !== W_NS) return false;
    if (el.localName === 'pPr') {
      if (wChild(el, 'sectPr')) return false;
    } else if (el.localName === 'r') {
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 1 && !['rPr', 't', 'lastRenderedPageBreak'].includes((c as Element).localName)) return false;
      }
    } else if (!RANGE_MARKUP.has(el.localName) && el.localName !== 'proofErr') return false;
  }
  return true;
}

/** Removes the first occurrence of the token, which may be split over several runs. */
function removeToken(p: Element, token: string): void {
  const nodes = ownTextNodes(p);
  const texts = nodes.map((t) => t.textContent ?? '');
  let from = texts.join('').indexOf(token);
  let count = token.length;
  nodes.forEach((node, i) => {
    const text = texts[i];
    if (count === 0 || from >= text.length) {
      from -= text.length;
      return;
    }
    const cut = Math.min(count, text.length - from);
    node.textContent = text.slice(0, from) + text.slice(from + cut);
    if (node.textContent !== node.textContent.trim()) node.setAttribute('xml:space', 'preserve');
    count -= cut;
    from = 0;
  });
}

function atBookmark(body: DocumentBody, name: string): InsertionPoint {
  const mark = wElements(body.doc, 'bookmarkStart').find((b) => wAttr(b, 'name') === name);
  if (!mark) {
    const names = wElements(body.doc, 'bookmarkStart')
      .map((b) => wAttr(b, 'name'))
      .filter((n): n is string => !!n && !n.startsWith('_'));
    throw new InsertionPointError(
      `The bookmark "${name}" was not found in the template.${names.length ? ` Bookmarks: ${names.join(', ')}.` : ' It has no bookmarks.'}`,
    );
  }
  // document.xml holds only the body, so some body element contains every bookmark in it.
  const index = body.elements.findIndex((e) => contains(e.element, mark));
  return pointAfter(body, index, index + 1, `inserted after the bookmark "${name}"`);
}

/**
 * Right after body element `index`, nothing replaced; the house style is read around element `split`
 * (the elements before it are above the insertion, the rest below).
 */
export function pointAfter(body: DocumentBody, index: number, split: number, description: string): InsertionPoint {
  const at = body.elements[index].end;
  return {
    start: at,
    end: at,
    before: '',
    after: '',
    above: elementsOf(body, 0, split),
    below: elementsOf(body, split),
    description,
  };
}

function atEnd(body: DocumentBody): InsertionPoint {
  const last = body.elements[body.elements.length - 1];
  const finalSectPr = last && isW(last.element, 'sectPr') ? last : undefined;
  const at = finalSectPr ? finalSectPr.start : body.contentEnd;
  const count = finalSectPr ? body.elements.length - 1 : body.elements.length;
  return {
    start: at,
    end: at,
    before: '',
    after: '',
    above: elementsOf(body, 0, count),
    below: [],
    description: 'inserted at the end of the document',
  };
}

export function elementsOf(body: DocumentBody, from: number, to?: number): Element[] {
  return body.elements.slice(from, to).map((e) => e.element);
}

function contains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}
