/**
 * Numbered duties: when the house's list style numbers (1, 2, 3 or a, b, c rather than bullets), each
 * competency's list starts again at its first number, through a list instance of its own (w:num) on the
 * house's list definition with a start override; "continue" numbers straight through as Word would.
 * Bulleted lists are left as they are.
 */
import { parseXml, wAttr, wChild, wElements } from '../xml/dom';

export type NumberingMode = 'restart' | 'continue';
export const NUMBERING_MODES: readonly NumberingMode[] = ['restart', 'continue'];

export interface NumberedList {
  abstractNumId: string;
  /** The start value of each level that numbers (levels with bullets or no number are absent). */
  starts: Map<number, number>;
}

/** The document's list instances (by numId) whose definition numbers at some level. */
export function numberedListsOf(numberingXml: string | undefined): Map<string, NumberedList> {
  const lists = new Map<string, NumberedList>();
  if (!numberingXml?.trim()) return lists;
  const doc = parseXml(numberingXml);
  const abstracts = new Map(wElements(doc, 'abstractNum').map((a) => [wAttr(a, 'abstractNumId') ?? '', a]));
  for (const num of wElements(doc, 'num')) {
    const numId = wAttr(num, 'numId');
    const abstractNumId = wAttr(wChild(num, 'abstractNumId'));
    const abstract = abstractNumId !== undefined ? abstracts.get(abstractNumId) : undefined;
    if (!numId || abstractNumId === undefined || !abstract) continue;
    const starts = new Map<number, number>();
    for (const lvl of Array.from(abstract.childNodes).filter((n): n is Element => n.nodeType === 1)) {
      if (lvl.localName !== 'lvl') continue;
      const format = wAttr(wChild(lvl, 'numFmt')) ?? 'decimal';
      if (format === 'bullet' || format === 'none') continue;
      const start = Number(wAttr(wChild(lvl, 'start')) ?? 0);
      starts.set(Number(wAttr(lvl, 'ilvl') ?? 0), Number.isFinite(start) ? start : 0);
    }
    if (starts.size) lists.set(numId, { abstractNumId, starts });
  }
  return lists;
}

/** A list instance on the same definition whose `level` starts again at the definition's start value. */
export function restartedNumXml(numId: number, list: NumberedList, level: number): string {
  const start = list.starts.get(level) ?? 1;
  return (
    `<w:num w:numId="${numId}"><w:abstractNumId w:val="${list.abstractNumId}"/>` +
    `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`
  );
}
