/**
 * The catalog sheet of an .xlsx workbook (its first worksheet not named "Levels" or "Ratings") as rows
 * of cell text, with the "Levels" and "Ratings" sheets when it has them. Reads only what a catalog needs:
 * the workbook's sheet list and relationships, the shared strings and the sheets' cells (shared, inline,
 * formula-result, number and boolean values). Formatting, formulas and other sheets are ignored.
 */
import type JSZip from 'jszip';
import { openBoundedZip, readZipText, ZipLimitError } from '../../zip/bounded-zip';
import { parseXml } from '../../xml/dom';
import type { ImportProblem, SideTable, SideTableKind, TableResult, TableRow } from './table';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function readXlsx(bytes: Uint8Array, maxPartChars: number): Promise<TableResult> {
  let zip: JSZip;
  try {
    zip = await openBoundedZip(bytes, 'The workbook');
  } catch (e) {
    if (e instanceof ZipLimitError) return fail(e.message);
    return fail(
      'The file is not a valid .xlsx workbook (it is not a zip archive); save it from Excel as "Excel Workbook (.xlsx)".',
    );
  }
  try {
    const workbook = await readPart(zip, 'xl/workbook.xml', maxPartChars);
    if (workbook === undefined)
      return fail('The file is not an Excel workbook (it has no xl/workbook.xml); save it as .xlsx.');
    const rels = await readPart(zip, 'xl/_rels/workbook.xml.rels', maxPartChars);
    const targets = rels === undefined ? new Map<string, Element>() : relationships(rels);
    const sheets = elements(parseXml(workbook), 'sheet');
    const sideKind = (sheet: Element) => SIDE_SHEETS[(sheet.getAttribute('name') ?? '').trim().toLowerCase()];
    const main = sheets.find((s) => !sideKind(s));
    if (!main) return fail('The workbook has no worksheets.');
    const sharedRel = [...targets.values()].find((r) => (r.getAttribute('Type') ?? '').endsWith('/sharedStrings'));
    const sharedText = await readPart(
      zip,
      partPath(sharedRel?.getAttribute('Target')) ?? 'xl/sharedStrings.xml',
      maxPartChars,
    );
    const shared = sharedText === undefined ? [] : sharedStrings(sharedText);
    const read = async (sheet: Element, fallback: string) => {
      const relId = sheet.getAttributeNS(REL_NS, 'id') || sheet.getAttribute('r:id') || '';
      const sheetPath = partPath(targets.get(relId)?.getAttribute('Target')) ?? fallback;
      const sheetText = await readPart(zip, sheetPath, maxPartChars);
      if (sheetText === undefined) throw new Error(`the worksheet ${sheetPath} is missing from the file`);
      return sheetRows(sheetText, shared, sheet === main ? undefined : (sheet.getAttribute('name') ?? '').trim());
    };
    const result = await read(main, 'xl/worksheets/sheet1.xml');
    if (!result.ok) return result;
    const side: Partial<Record<SideTableKind, SideTable>> = {};
    for (const sheet of sheets) {
      const kind = sideKind(sheet);
      if (!kind || side[kind]) continue;
      const rows = await read(sheet, '');
      if (!rows.ok) return rows;
      side[kind] = { name: (sheet.getAttribute('name') ?? '').trim(), rows: rows.rows };
    }
    return { ...result, ...(Object.keys(side).length ? { side } : {}) };
  } catch (e) {
    if (e instanceof ZipLimitError) return fail(e.message);
    return fail(`The workbook is damaged: ${(e as Error).message}`);
  }
}

/*
 * The worksheet and shared strings are scanned rather than parsed into a DOM: they are the large
 * parts (a 10,000-row sheet is megabytes) and @xmldom/xmldom takes seconds on them in Node, while
 * their grammar is small and fixed. Element names may carry a namespace prefix (x:row).
 */
const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/;
const TEXT = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
const STRING_ITEM = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const COMMENT = /<!--[\s\S]*?-->/g;

function sharedStrings(xml: string): string[] {
  return Array.from(xml.replace(COMMENT, '').matchAll(STRING_ITEM), (m) => richText(m[1] ?? ''));
}

/** Sheet names (lower case) that hold a catalog's own levels or ratings rather than its items. */
const SIDE_SHEETS: Record<string, SideTableKind | undefined> = { levels: 'levels', ratings: 'ratings' };

/** `sheet`: the name of a side sheet, for its problems; undefined for the catalog sheet. */
function sheetRows(xml: string, shared: string[], sheet?: string): TableResult {
  const which = sheet === undefined ? 'the first worksheet' : `the worksheet '${sheet}'`;
  // A scanner does not check well-formedness, so a cut-short sheet is caught here instead of losing rows.
  if (!/<(?:\w+:)?sheetData\b[^>]*?(?:\/>|>[\s\S]*<\/(?:\w+:)?sheetData>)/.test(xml)) {
    throw new Error(`${which} is cut short or has no sheetData element`);
  }
  const rows: TableRow[] = [];
  const errors: ImportProblem[] = [];
  let number = 0;
  for (const row of xml.replace(COMMENT, '').matchAll(ROW)) {
    number = Number(attribute(row[1], 'r')) || number + 1;
    const cells: string[] = [];
    let column = -1;
    for (const c of (row[2] ?? '').matchAll(CELL)) {
      const ref = attribute(c[1], 'r');
      column = columnIndex(ref) ?? column + 1;
      const body = c[2] ?? '';
      const value = decodeXml(body.match(VALUE)?.[1] ?? '');
      switch (attribute(c[1], 't')) {
        case 's': {
          const text = shared[Number(value)];
          if (text === undefined) {
            errors.push({
              ...(sheet === undefined ? {} : { sheet }),
              row: number,
              message: `cell ${ref ?? ''} refers to a missing shared string; the workbook is damaged`,
            });
          }
          cells[column] = text ?? '';
          break;
        }
        case 'inlineStr':
          cells[column] = richText(body);
          break;
        case 'b':
          cells[column] = value === '1' ? 'TRUE' : 'FALSE';
          break;
        default:
          cells[column] = decodeEscapes(value);
      }
    }
    rows.push({ number, cells: Array.from(cells, (c) => c ?? '') });
  }
  if (rows.length !== (xml.replace(COMMENT, '').match(/<(?:\w+:)?row\b/g) ?? []).length) {
    throw new Error(`a row of ${which} is not closed`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

/** A string item's text: its <t> elements (plain or in runs), leaving out phonetic guides (<rPh>). */
function richText(xml: string): string {
  return decodeEscapes(Array.from(xml.replace(PHONETIC, '').matchAll(TEXT), (m) => decodeXml(m[1] ?? '')).join(''));
}

function attribute(attributes: string, name: string): string | undefined {
  return attributes
    .match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`))
    ?.slice(1)
    .find((v) => v !== undefined);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character references, the five predefined entities and CDATA sections. */
function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('<![CDATA[')) return text;
  return text.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g,
    (all, cdata, ref) => {
      if (cdata !== undefined) return cdata as string;
      const r = ref as string;
      if (r[0] !== '#') return ENTITIES[r];
      const code = r[1] === 'x' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : all;
    },
  );
}

/** Excel writes characters XML cannot carry (e.g. carriage returns) as _xHHHH_. */
function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** "C7" -> 2 (zero-based column). */
function columnIndex(ref: string | undefined): number | undefined {
  const letters = ref?.match(/^[A-Za-z]+/)?.[0];
  if (!letters) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function relationships(xml: string): Map<string, Element> {
  return new Map(elements(parseXml(xml), 'Relationship').map((r) => [r.getAttribute('Id') ?? '', r]));
}

/** A workbook relationship's target as a path in the zip: relative to xl/, or absolute from the package root. */
function partPath(target: string | null | undefined): string | undefined {
  if (!target) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** A part's text; one declared past the catalog limit is refused before it is inflated. */
async function readPart(zip: JSZip, path: string, maxChars: number): Promise<string | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  return readZipText(file, 'The workbook', maxChars);
}

/** Elements by local name, whatever the namespace (transitional or strict OOXML). */
function elements(doc: Document, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS('*', localName));
}

function fail(message: string): TableResult {
  return { ok: false, errors: [{ message }] };
}
