/**
 * The job-description blocks in word/document.xml: body-level content controls (w:sdt) whose tag is one of
 * ours, with their place in the document text (for splicing) and their text in the normal form that the
 * tag's fingerprint was taken from (src/render/section-text.ts).
 */
import { parseSectionTag, type ParsedSectionTag } from '../render/section-tag';
import { canonicalText, type TextLine } from '../render/section-text';
import { W_NS, wAttr, wChild } from '../xml/dom';
import type { BodyElement, DocumentBody } from './document-body';
import { isW } from './paragraph-text';

export interface DocxBlock {
  /** 1-based, in document order: what --block takes. */
  number: number;
  /** Index in body.elements. */
  index: number;
  at: BodyElement;
  title: string;
  tag: ParsedSectionTag;
  /** canonicalText of what the block holds now. */
  text: string;
}

export function findBlocks(body: DocumentBody): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  body.elements.forEach((at, index) => {
    if (!isW(at.element, 'sdt')) return;
    const sdtPr = wChild(at.element, 'sdtPr');
    const tag = parseSectionTag(wAttr(sdtPr && wChild(sdtPr, 'tag')) ?? '');
    if (!tag) return;
    const content = wChild(at.element, 'sdtContent');
    blocks.push({
      number: blocks.length + 1,
      index,
      at,
      title: wAttr(sdtPr && wChild(sdtPr, 'alias')) ?? '',
      tag,
      text: canonicalText(content ? contentLines(content) : []),
    });
  });
  return blocks;
}

/** Paragraphs as lines, table rows as cell lists; nested content controls are read through. */
function contentLines(parent: Element): TextLine[] {
  const lines: TextLine[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (isW(n, 'p')) lines.push(runText(n));
    else if (isW(n, 'tbl'))
      for (const row of children(n, 'tr')) lines.push(children(row, 'tc').map((cell) => paragraphsText(cell)));
    else if (isW(n, 'sdt')) {
      const inner = wChild(n, 'sdtContent');
      if (inner) lines.push(...contentLines(inner));
    }
  }
  return lines;
}

function paragraphsText(cell: Element): string {
  return contentLines(cell)
    .map((l) => (typeof l === 'string' ? l : l.join(' ')))
    .join(' ');
}

/** A paragraph's visible text: w:t, with tabs and breaks as white space; deleted text and text boxes left out. */
function runText(p: Element): string {
  let text = '';
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || (n as Element).namespaceURI !== W_NS) continue;
      const name = (n as Element).localName;
      if (name === 't') text += n.textContent ?? '';
      else if (name === 'tab' || name === 'br' || name === 'cr') text += ' ';
      else if (name !== 'del' && name !== 'txbxContent' && name !== 'pPr' && name !== 'rPr') walk(n as Element);
    }
  };
  walk(p);
  return text;
}

function children(el: Element, localName: string): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => isW(n, localName));
}
