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
}

export async function buildXlsx(
  rows: (string | number | boolean | null)[][],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const sheetRows = rows.map((row, r) => {
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
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Catalog" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="${target}"/>` +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file(
    `xl/${target}`,
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">` +
      shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
      '</sst>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
