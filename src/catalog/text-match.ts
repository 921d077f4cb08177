/**
 * Case- and accent-insensitive matching that reports positions in the ORIGINAL text, so the
 * pane can highlight exactly what the user typed against ("resume" finds "Résumé").
 */

/** Text folded for matching, with where each folded code unit came from in the original. */
export interface FoldedText {
  folded: string;
  /** starts[k] / ends[k]: the original [start, end) of folded code unit k; absent when folding kept every position. */
  starts?: number[];
  ends?: number[];
}

export type Range = [start: number, end: number];

const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
}

const ASCII = /^[ -~\t\n\r]*$/;

export function foldText(text: string): FoldedText {
  // Most catalog text is printable ASCII: lower-casing it keeps every position, so no map is needed.
  if (ASCII.test(text)) return { folded: text.toLowerCase() };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    // A combining mark folds to nothing; it belongs to the letter before it, so a match on that letter covers it.
    if (!f && ends.length) ends[ends.length - 1] = i + ch.length;
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, starts, ends };
}

/** The query's words, folded; every word must occur for a match. */
export function queryTerms(query: string): string[] {
  return foldText(query).folded.split(/\s+/).filter(Boolean);
}

/** Original-text ranges of every occurrence of every term, sorted and merged; undefined unless all terms occur. */
export function matchRanges(text: FoldedText, terms: string[]): Range[] | undefined {
  if (!terms.length) return undefined;
  const ranges: Range[] = [];
  for (const term of terms) {
    let at = text.folded.indexOf(term);
    if (at < 0) return undefined;
    while (at >= 0) {
      const last = at + term.length - 1;
      ranges.push([text.starts ? text.starts[at] : at, text.ends ? text.ends[last] : last + 1]);
      at = text.folded.indexOf(term, at + term.length);
    }
  }
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
