/**
 * word/document.xml as its original text plus the position of each body-level element (paragraph, table,
 * content control, bookmark, final section properties). Edits splice new text between those positions, so
 * every element the insertion does not touch keeps its exact bytes: re-serializing the whole DOM would
 * reorder namespace declarations and re-escape text all over the document.
 */
import { parseXml, serializeXml, W_NS } from '../xml/dom';

export interface BodyElement {
  /** Offsets in the document text: [start, end). */
  start: number;
  end: number;
  element: Element;
}

export interface DocumentBody {
  text: string;
  doc: Document;
  /** Direct element children of w:body, in order, with their text offsets. */
  elements: BodyElement[];
  /** Offset just before </w:body>. */
  contentEnd: number;
}

export class DocumentXmlError extends Error {}

export function readDocumentBody(text: string): DocumentBody {
  const doc = parsePart(text, 'word/document.xml');
  // Inserted blocks are written with the w: prefix, so the document must bind it the usual way.
  if (doc.documentElement.lookupNamespaceURI('w') !== W_NS) {
    throw new DocumentXmlError(
      'word/document.xml does not bind the usual "w:" prefix to WordprocessingML; this template is not supported.',
    );
  }
  const body = Array.from(doc.documentElement.childNodes).find(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === W_NS && (n as Element).localName === 'body',
  );
  if (!body) throw new DocumentXmlError('word/document.xml has no w:body element.');
  const open = findStartTag(text, body.tagName);
  if (open === undefined) throw new DocumentXmlError('word/document.xml: could not locate the <w:body> tag.');
  if (text[open - 2] === '/')
    throw new DocumentXmlError('word/document.xml has an empty body (<w:body/>); nothing to insert into.');
  const { ranges, contentEnd } = scanChildren(text, open);
  const children = Array.from(body.childNodes).filter((n): n is Element => n.nodeType === 1);
  if (children.length !== ranges.length) {
    throw new DocumentXmlError('word/document.xml: the body could not be read reliably (element count mismatch).');
  }
  return { text, doc, elements: ranges.map(([start, end], i) => ({ start, end, element: children[i] })), contentEnd };
}

/** Parses a part, naming it in the message when it is not well-formed. */
export function parsePart(text: string, name: string): Document {
  try {
    return parseXml(text);
  } catch (e) {
    throw new DocumentXmlError(`${name} in the template is damaged: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Offset just after the start tag `<name ...>` (the first one). */
function findStartTag(text: string, name: string): number | undefined {
  const re = new RegExp(`<${name.replace(/[.:]/g, '\\$&')}(?=[\\s/>])`, 'g');
  const m = re.exec(text);
  return m ? tagEnd(text, m.index) : undefined;
}

/** Offset just after the '>' closing the tag that starts at `from`; '>' inside quoted attribute values is skipped. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  throw new DocumentXmlError('word/document.xml: unterminated tag.');
}

/** The [start, end) ranges of the element children of the element whose content starts at `from`. */
function scanChildren(text: string, from: number): { ranges: Array<[number, number]>; contentEnd: number } {
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let childStart = 0;
  let i = from;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt === -1) throw new DocumentXmlError('word/document.xml: the body is not closed.');
    if (text.startsWith('<!--', lt)) i = skipPast(text, lt, '-->');
    else if (text.startsWith('<![CDATA[', lt)) i = skipPast(text, lt, ']]>');
    else if (text.startsWith('<?', lt)) i = skipPast(text, lt, '?>');
    else if (text[lt + 1] === '/') {
      const end = tagEnd(text, lt);
      if (depth === 0) return { ranges, contentEnd: lt };
      if (--depth === 0) ranges.push([childStart, end]);
      i = end;
    } else {
      const end = tagEnd(text, lt);
      const selfClosing = text[end - 2] === '/';
      if (depth === 0) childStart = lt;
      if (selfClosing) {
        if (depth === 0) ranges.push([lt, end]);
      } else depth++;
      i = end;
    }
  }
}

function skipPast(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  if (at === -1) throw new DocumentXmlError('word/document.xml: unterminated comment or section.');
  return at + marker.length;
}

/**
 * Serializes an element that lives inside the document, without repeating the namespace declarations the
 * document's root already makes (the serializer adds them to a detached element's start tag).
 */
export function serializeInDocument(element: Element, root: Element): string {
  const xml = serializeXml(element);
  const firstTagEnd = tagEnd(xml, 0);
  const head = xml
    .slice(0, firstTagEnd)
    .replace(/\s+xmlns:([\w.-]+)="([^"]*)"/g, (decl, prefix: string, uri: string) =>
      root.getAttribute(`xmlns:${prefix}`) === uri ? '' : decl,
    );
  return head + xml.slice(firstTagEnd);
}

/** Replaces the text between offsets [start, end) of the document. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
