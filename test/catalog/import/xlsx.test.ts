import { randomBytes } from 'crypto';
import JSZip from 'jszip';
import { describeImportProblem, importCatalogFile } from '../../../src/catalog/import/import-file';
import { buildXlsx } from './xlsx-fixture';

const ROWS = [
  ['Competency', 'Level', 'Responsibility', 'Essentiality', 'Skill', 'Description'],
  ['Credentialing', 'Entry Level', 'Verifies "licenses" & <boards>', 'Very Essential', null, null],
  ['Credentialing', 'Mid-Career', 'Line one\nline two', 'Essential', null, null],
  [],
  [null, null, null, null, 'Analytical thinking', 'Breaks problems down'],
];

async function importXlsx(bytes: Uint8Array) {
  return importCatalogFile('org.xlsx', bytes);
}

describe('importCatalogFile: XLSX', () => {
  it.each([
    ['shared strings', {}],
    ['inline strings', { inline: true }],
    ['cells without references', { noRefs: true }],
    ['a worksheet at another path', { sheetTarget: 'worksheets/catalog.xml' }],
  ])('reads the first worksheet with %s', async (_, options) => {
    const r = await importXlsx(await buildXlsx(ROWS, options));
    if (!r.ok) throw new Error(r.errors.map(describeImportProblem).join('\n'));
    const [c] = r.catalog.competencies;
    expect(c.levels.entry.responsibilities[0].text).toBe('Verifies "licenses" & <boards>');
    expect(c.levels['mid-career'].responsibilities[0].text).toBe('Line one\nline two');
    expect(r.catalog.skills[0]).toMatchObject({ name: 'Analytical thinking', description: 'Breaks problems down' });
    expect(r.preview.format).toBe('xlsx');
  });

  it('reads a workbook saved under another extension as a workbook', async () => {
    const r = await importCatalogFile('catalog.csv', await buildXlsx(ROWS));
    expect(r.ok && r.preview.format).toBe('xlsx');
  });

  it('gives the same catalog as the same rows in CSV', async () => {
    const csv = ROWS.map((row) => row.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n');
    const fromCsv = await importCatalogFile('org.csv', new TextEncoder().encode(csv));
    const fromXlsx = await importXlsx(await buildXlsx(ROWS));
    const items = (r: typeof fromCsv) => r.ok && { ...r.catalog, source: undefined };
    expect(items(fromXlsx)).toEqual(items(fromCsv));
  });

  it('numbers rows as Excel does, so errors point at the right row', async () => {
    const r = await importXlsx(
      await buildXlsx([['Competency', 'Level', 'Responsibility', 'Essentiality'], [], [], [], [], [], ['C', 'entry', 'R', 'Vital']]),
    );
    expect(r.ok ? [] : r.errors.map(describeImportProblem)).toEqual([
      "Row 7, column 'Essentiality': 'Vital' is not an essentiality; expected Very Essential, Essential, Somewhat Essential or Not rated",
    ]);
  });

  it('reads numbers, booleans, rich text runs and _xHHHH_ escapes as text (line ends as \\n)', async () => {
    const zip = await JSZip.loadAsync(
      await buildXlsx([
        ['Competency', 'Level', 'Responsibility'],
        ['C', 'entry', 1.5],
        ['C', 'entry', true],
      ]),
    );
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(
      '</sheetData>',
      '<row r="4"><c r="A4" t="inlineStr"><is><r><t>Rich</t></r><r><t xml:space="preserve"> text</t></r><rPh><t>ignored</t></rPh></is></c>' +
        '<c r="B4" t="str"><v>entry</v></c><c r="C4" t="inlineStr"><is><t>a_x000D_b</t></is></c></row></sheetData>',
    );
    zip.file('xl/worksheets/sheet1.xml', sheet);
    const r = await importXlsx(await zip.generateAsync({ type: 'uint8array' }));
    if (!r.ok) throw new Error(r.errors.map(describeImportProblem).join('\n'));
    expect(r.catalog.competencies.map((c) => c.levels.entry.responsibilities.map((x) => x.text))).toEqual([
      ['1.5', 'TRUE'],
      ['a\nb'],
    ]);
    expect(r.catalog.competencies[1].title).toBe('Rich text');
  });

  it('reads prefixed elements, single-quoted attributes, character references, CDATA and comments', async () => {
    const zip = await JSZip.loadAsync(await buildXlsx([['Competency', 'Level', 'Responsibility']]));
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<x:worksheet xmlns:x="${main}"><x:sheetData><!-- <x:row r="9"/> -->` +
        "<x:row r='1'><x:c r='A1' t='inlineStr'><x:is><x:t>Competency</x:t></x:is></x:c><x:c r='B1' t='s'><x:v>1</x:v></x:c>" +
        "<x:c r='C1' t='s'><x:v>2</x:v></x:c></x:row>" +
        "<x:row r='2'><x:c r='A2' t='inlineStr'><x:is><x:t>Qualit&#233; &amp; caf&#xE9;</x:t></x:is></x:c>" +
        "<x:c r='B2' t='inlineStr'><x:is><x:t/><x:t>entry</x:t></x:is></x:c>" +
        "<x:c r='C2' t='inlineStr'><x:is><x:t><![CDATA[Keeps <b> as text]]></x:t></x:is></x:c></x:row>" +
        '</x:sheetData></x:worksheet>',
    );
    const r = await importXlsx(await zip.generateAsync({ type: 'uint8array' }));
    if (!r.ok) throw new Error(r.errors.map(describeImportProblem).join('\n'));
    expect(r.catalog.competencies[0].title).toBe('Qualité & café');
    expect(r.catalog.competencies[0].levels.entry.responsibilities[0].text).toBe('Keeps <b> as text');
  });

  it('explains files that are not workbooks or are damaged', async () => {
    const messages = async (bytes: Uint8Array) => {
      const r = await importXlsx(bytes);
      return r.ok ? [] : r.errors.map((e) => e.message);
    };
    expect(await messages(new TextEncoder().encode('Competency,Level\n'))).toEqual([
      expect.stringContaining('not a valid .xlsx workbook (it is not a zip archive)'),
    ]);
    const notWorkbook = new JSZip();
    notWorkbook.file('word/document.xml', '<w/>');
    expect(await messages(await notWorkbook.generateAsync({ type: 'uint8array' }))).toEqual([
      expect.stringContaining('no xl/workbook.xml'),
    ]);
    const broken = await JSZip.loadAsync(await buildXlsx(ROWS));
    broken.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row>');
    expect(await messages(await broken.generateAsync({ type: 'uint8array' }))).toEqual([
      'The workbook is damaged: the first worksheet is cut short or has no sheetData element',
    ]);
    broken.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c><v>1</v></c></sheetData></worksheet>');
    expect(await messages(await broken.generateAsync({ type: 'uint8array' }))).toEqual([
      'The workbook is damaged: a row of the first worksheet is not closed',
    ]);
    broken.file('xl/workbook.xml', '<workbook><sheets>');
    expect((await messages(await broken.generateAsync({ type: 'uint8array' })))[0]).toMatch(
      /^The workbook is damaged: Not well-formed XML/,
    );
    const missingString = await JSZip.loadAsync(await buildXlsx(ROWS));
    missingString.file(
      'xl/sharedStrings.xml',
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    );
    expect((await messages(await missingString.generateAsync({ type: 'uint8array' })))[0]).toMatch(
      /missing shared string/,
    );
  });

  it('refuses a worksheet that unpacks past the limit without inflating it', async () => {
    const zip = await JSZip.loadAsync(await buildXlsx(ROWS));
    zip.file('xl/worksheets/sheet1.xml', ' '.repeat(6 * 1024 * 1024) + '<worksheet/>');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const r = await importXlsx(bytes);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^The workbook was refused: its part xl\/worksheets\/sheet1\.xml would unpack from .* to 6\.0 MB/,
      ),
    ]);
  });

  it('refuses a worksheet declared past the catalog limit though it is compressed like a real one', async () => {
    const zip = await JSZip.loadAsync(await buildXlsx(ROWS));
    zip.file('xl/worksheets/sheet1.xml', randomBytes(4.5 * 1024 * 1024).toString('base64') + '<worksheet/>');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    const r = await importCatalogFile('big.xlsx', bytes);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^The workbook was refused: its part xl\/worksheets\/sheet1\.xml is 6\.0 MB unpacked, past the 5\.0 MB limit/,
      ),
    ]);
  });
});
