/** Builds small .xlsx workbooks in memory, the way Excel lays them out, for the import tests and benchmark. */
import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface XlsxOptions {
  /** Write text as inline strings instead of through the shared-string table. */
  inline?: boolean;
  /** Leave out the r="A1" references (allowed; some generators do). */
  noRefs?: boolean;
  /** Worksheet path inside xl/ (to check the reader follows the workbook's relationships). */
  sheetTarget?: string;
  /** More worksheets after the catalog sheet, e.g. a "Levels" sheet; `first` puts them before it. */
  sheets?: { name: string; rows: Cell[][] }[];
  first?: boolean;
}

type Cell = string | number | boolean | null;

export async function buildXlsx(rows: Cell[][], options: XlsxOptions = {}): Promise<Uint8Array> {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const sheetXml = (rows: Cell[][]) =>
    rows.map((row, r) => {
      const cells = row.map((value, c) => {
        // Without references a reader counts cells, so gaps must be written as empty cells.
        if (value === null) return options.noRefs ? '<c/>' : '';
        const ref = options.noRefs ? '' : ` r="${String.fromCharCode(65 + c)}${r + 1}"`;
        if (typeof value === 'number') return `<c${ref}><v>${value}</v></c>`;
        if (typeof value === 'boolean') return `<c${ref} t="b"><v>${value ? 1 : 0}</v></c>`;
        if (options.inline) return `<c${ref} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
        if (!index.has(value)) {
          index.set(value, shared.length);
          shared.push(value);
        }
        return `<c${ref} t="s"><v>${index.get(value)}</v></c>`;
      });
      return `<row${options.noRefs ? '' : ` r="${r + 1}"`}>${cells.join('')}</row>`;
    });
  const target = options.sheetTarget ?? 'worksheets/sheet1.xml';
  const extra = (options.sheets ?? []).map((s, i) => ({
    ...s,
    id: `rId${i + 3}`,
    target: `worksheets/extra${i + 1}.xml`,
  }));
  const listed = [...(options.first ? extra : []), { name: 'Catalog', id: 'rId1' }, ...(options.first ? [] : extra)];
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      listed.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="${s.id}"/>`).join('') +
      '</sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="${target}"/>` +
      extra.map((s) => `<Relationship Id="${s.id}" Type="${REL}/worksheet" Target="${s.target}"/>`).join('') +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  const worksheet = (rows: Cell[][]) =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetXml(rows).join('')}</sheetData></worksheet>`;
  zip.file(`xl/${target}`, worksheet(rows));
  for (const s of extra) zip.file(`xl/${s.target}`, worksheet(s.rows));
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">` +
      shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
      '</sst>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
