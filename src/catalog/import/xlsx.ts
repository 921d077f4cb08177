/**
 * The first worksheet of an .xlsx workbook as rows of cell text. Reads only what a catalog needs:
 * the workbook's sheet list and relationships, the shared strings and the sheet's cells (shared,
 * inline, formula-result, number and boolean values). Formatting, formulas and other sheets are ignored.
 */
import JSZip from 'jszip';
import { parseXml } from '../../xml/dom';
import type { ImportProblem, TableResult, TableRow } from './table';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function readXlsx(bytes: Uint8Array, maxPartChars: number): Promise<TableResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
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
    const sheet = elements(parseXml(workbook), 'sheet')[0];
    if (!sheet) return fail('The workbook has no worksheets.');
    const relId = sheet.getAttributeNS(REL_NS, 'id') ?? sheet.getAttribute('r:id') ?? '';
    const sheetPath = partPath(targets.get(relId)?.getAttribute('Target')) ?? 'xl/worksheets/sheet1.xml';
    const sharedRel = [...targets.values()].find((r) => (r.getAttribute('Type') ?? '').endsWith('/sharedStrings'));
    const sharedText = await readPart(
      zip,
      partPath(sharedRel?.getAttribute('Target')) ?? 'xl/sharedStrings.xml',
      maxPartChars,
    );
    const shared = sharedText === undefined ? [] : elements(parseXml(sharedText), 'si').map(richText);
    const sheetText = await readPart(zip, sheetPath, maxPartChars);
    if (sheetText === undefined) return fail(`The workbook's first worksheet (${sheetPath}) is missing from the file.`);
    return sheetRows(parseXml(sheetText), shared);
  } catch (e) {
    return fail(`The workbook is damaged: ${(e as Error).message}`);
  }
}

function sheetRows(sheet: Document, shared: string[]): TableResult {
  const rows: TableRow[] = [];
  const errors: ImportProblem[] = [];
  let number = 0;
  for (const row of elements(sheet, 'row')) {
    number = Number(row.getAttribute('r')) || number + 1;
    const cells: string[] = [];
    let column = -1;
    for (const c of children(row, 'c')) {
      column = columnIndex(c.getAttribute('r')) ?? column + 1;
      const value = children(c, 'v')[0]?.textContent ?? '';
      switch (c.getAttribute('t')) {
        case 's': {
          const text = shared[Number(value)];
          if (text === undefined)
            errors.push({
              row: number,
              message: `cell ${c.getAttribute('r') ?? ''} refers to a missing shared string; the workbook is damaged`,
            });
          cells[column] = text ?? '';
          break;
        }
        case 'inlineStr':
          cells[column] = children(c, 'is').map(richText).join('');
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
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

/** A string item's text: its own <t> or its runs' <t>, leaving out phonetic guides (<rPh>). */
function richText(item: Element): string {
  const parts: string[] = [];
  for (const child of children(item)) {
    if (child.localName === 't') parts.push(child.textContent ?? '');
    else if (child.localName === 'r') parts.push(...children(child, 't').map((t) => t.textContent ?? ''));
  }
  return decodeEscapes(parts.join(''));
}

/** Excel writes characters XML cannot carry (e.g. carriage returns) as _xHHHH_. */
function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** "C7" -> 2 (zero-based column). */
function columnIndex(ref: string | null): number | undefined {
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

/** A part's text, refusing one whose declared size is past the limit before inflating it (zip bombs). */
async function readPart(zip: JSZip, path: string, maxChars: number): Promise<string | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  // JSZip keeps the size from the zip directory in a field it does not type.
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (size > maxChars)
    throw new Error(`${path} is ${(size / (1024 * 1024)).toFixed(1)} MB unpacked, past the import limit`);
  return file.async('string');
}

/** Elements by local name, whatever the namespace (transitional or strict OOXML). */
function elements(doc: Document, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS('*', localName));
}

function children(parent: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName))
      found.push(n as Element);
  }
  return found;
}

function fail(message: string): TableResult {
  return { ok: false, errors: [{ message }] };
}
