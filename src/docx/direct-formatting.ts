/**
 * The hand formatting of a body paragraph of a .docx (its w:pPr over the style, and its first text run's
 * w:rPr), as detection records it for the inserted paragraphs of the same role to copy.
 */
import type { DirectFormatting } from '../house-style/types';
import { runAppearance } from '../house-style/styles-xml';
import { W_NS, wAttr, wChild, wElements } from '../xml/dom';
import { serializeInDocument } from './document-body';

/** Not formatting, or not to be copied: the style (the inserted paragraph has its own), section breaks, tracked changes. */
const NOT_COPIED = new Set(['pStyle', 'sectPr', 'pPrChange', 'rPrChange', 'ins', 'del', 'moveFrom', 'moveTo']);
/** Present on most runs without anyone having formatted anything. */
const NOT_LOOK = new Set(['lang', 'noProof', 'rStyle']);

export function directFormatting(p: Element, root: Element): DirectFormatting | undefined {
  const pPr = wChild(p, 'pPr');
  const run = wElements(p, 'r').find((r) => wElements(r, 't').length > 0);
  const rPr = run ? wChild(run, 'rPr') : undefined;
  const paragraph = copied(pPr, root);
  const runProps = copied(rPr, root);
  if (![...paragraph, ...runProps].some((c) => !NOT_LOOK.has(c.name))) return undefined;
  const numPr = pPr ? wChild(pPr, 'numPr') : undefined;
  const numId = numPr ? wAttr(wChild(numPr, 'numId')) : undefined;
  const level = Number((numPr && wAttr(wChild(numPr, 'ilvl'))) ?? 0);
  return {
    paragraph,
    run: runProps,
    ...(numId && numId !== '0' ? { list: { numId, level: level >= 0 && level <= 8 ? level : 0 } } : {}),
    appearance: runAppearance(rPr),
  };
}

function copied(props: Element | undefined, root: Element): Array<{ name: string; xml: string }> {
  if (!props) return [];
  return Array.from(props.childNodes)
    .filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === W_NS)
    .filter((el) => !NOT_COPIED.has(el.localName))
    .map((el) => ({ name: el.localName, xml: serializeInDocument(el, root) }));
}
