/**
 * RFC 4180 CSV as spreadsheets write it: quoted fields with doubled quotes, line breaks inside
 * quotes, CRLF or LF endings, an optional byte-order mark. The delimiter is taken from the header
 * line (comma, semicolon as European Excel writes, or tab), since "Save as CSV" follows the
 * computer's list separator.
 */
import type { TableResult, TableRow } from './table';

const DELIMITERS = [',', ';', '\t'];

export function parseCsv(text: string): TableResult {
  const delimiter = detectDelimiter(text);
  const fieldEnd = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}\\r\\n]`, 'g');
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const number = rows.length + 1;
    if (text[i] === '"') {
      const close = quotedEnd(text, i + 1);
      if (close === -1)
        return fail(number, 'a quoted value is never closed; expected a closing " before the end of the file');
      cells.push(text.slice(i + 1, close).replace(/""/g, '"'));
      i = close + 1;
      if (i < text.length && !isFieldEnd(text[i], delimiter)) {
        return fail(
          number,
          `text follows a closing quote; a quoted value must end at a ${nameOf(delimiter)} or line end`,
        );
      }
    } else {
      fieldEnd.lastIndex = i;
      const j = fieldEnd.exec(text)?.index ?? text.length;
      cells.push(text.slice(i, j));
      i = j;
    }
    if (text[i] === delimiter) {
      i++;
      // A delimiter at the very end still opens one last (empty) field.
      if (i === text.length) cells.push('');
      continue;
    }
    rows.push({ number, cells });
    cells = [];
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  }
  return { ok: true, rows };
}

function isFieldEnd(ch: string, delimiter: string): boolean {
  return ch === delimiter || ch === '\n' || ch === '\r';
}

/** Index of the quote closing a value that opened just before `from`, skipping doubled quotes; -1 if none. */
function quotedEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) return -1;
    if (text[q + 1] !== '"') return q;
    i = q + 2;
  }
}

function detectDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = end === -1 ? text : text.slice(0, end);
  const counts = DELIMITERS.map((d) => header.split(d).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? DELIMITERS[best] : ',';
}

function nameOf(delimiter: string): string {
  return delimiter === ',' ? 'comma' : delimiter === ';' ? 'semicolon' : 'tab';
}

function fail(row: number, message: string): TableResult {
  return { ok: false, errors: [{ row, message }] };
}
