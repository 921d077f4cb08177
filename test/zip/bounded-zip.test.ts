import { existsSync, readdirSync, writeFileSync } from 'fs';
import path from 'path';
import { importCatalogFile } from '../../src/catalog/import/import-file';
import { openBoundedZip, readZipText, ZipLimitError } from '../../src/zip/bounded-zip';
import { runCli, tempDir } from '../cli/helpers';
import { bombDocx, deflatedEntry, deflatedRepeats, rawZip } from '../support/zip-bomb';

const MiB = 1024 * 1024;

describe('openBoundedZip', () => {
  it('refuses a part that would unpack a thousand times its packed size, before inflating it', async () => {
    const bytes = bombDocx(400);
    expect(bytes.length).toBeLessThan(MiB);
    await expect(openBoundedZip(bytes, 'bomb.docx')).rejects.toThrow(
      /^bomb\.docx was refused: its part word\/document\.xml would unpack from \d+ KB to 400\.0 MB \(\d{3,4} times\)/,
    );
  });

  it('refuses parts that together would unpack past 100 MB, though each is compressed like a real part', async () => {
    // Declared sizes only: five 30 MB parts at a 20:1 ratio (never inflated, so their data can be anything).
    const parts = Array.from({ length: 5 }, (_, i) => ({
      name: `word/media/part${i}.xml`,
      data: Buffer.alloc(1.5 * MiB),
      method: 8 as const,
      declaredSize: 30 * MiB,
    }));
    await expect(openBoundedZip(rawZip(parts), 'many.docx')).rejects.toThrow(
      /^many\.docx was refused: it would unpack to 150\.0 MB, more than the 100\.0 MB/,
    );
  });

  it('opens a package whose parts are sized and compressed like real ones', async () => {
    const zip = await openBoundedZip(rawZip([deflatedEntry('word/document.xml', '<w:p/>'.repeat(50_000))]), 'ok');
    expect(await readZipText(zip.file('word/document.xml')!, 'ok')).toBe('<w:p/>'.repeat(50_000));
  });
});

describe('readZipText', () => {
  it('stops inflating a part as soon as it passes the size its zip directory declares', async () => {
    // 64 MiB of data behind a directory that claims 1 MiB: the declared sizes pass, the data does not.
    const zip = await openBoundedZip(
      rawZip([{ name: 'word/document.xml', data: deflatedRepeats(64), method: 8, declaredSize: MiB }]),
      'liar.docx',
      { maxTotalBytes: 100 * MiB, maxRatio: 10_000, ratioFromBytes: MiB },
    );
    await expect(readZipText(zip.file('word/document.xml')!, 'liar.docx')).rejects.toThrow(
      'liar.docx was refused: its part word/document.xml unpacks to more than the 1.0 MB its zip directory declares',
    );
  });

  it('refuses a part declared past the caller’s limit without inflating it', async () => {
    const zip = await openBoundedZip(rawZip([deflatedEntry('xl/sharedStrings.xml', 'x'.repeat(3000))]), 'Book');
    await expect(readZipText(zip.file('xl/sharedStrings.xml')!, 'Book', 2048)).rejects.toBeInstanceOf(ZipLimitError);
  });
});

describe('decompression bombs in the CLI and the catalog import', () => {
  it('jd-builder insert refuses a .docx bomb with a clear message and writes nothing', async () => {
    const dir = tempDir();
    const template = path.join(dir, 'bomb.docx');
    writeFileSync(template, bombDocx(400));
    const out = path.join(dir, 'out.docx');
    const r = await runCli(['insert', '--template', template, '--out', out, '--level', 'entry', '--select', 'all']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bomb\.docx was refused: its part word\/document\.xml would unpack from .* to 400\.0 MB/);
    expect(r.stderr).toMatch(/Nothing was written/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['bomb.docx']);
  });

  it('jd-builder insert refuses a .docx whose document part inflates past its declared size', async () => {
    const dir = tempDir();
    const template = path.join(dir, 'liar.docx');
    // Declared 2 MiB (ratio under the limit), inflates to 90 MiB.
    writeFileSync(template, bombDocx(90, 2));
    const r = await runCli(['insert', '--template', template, '--out', path.join(dir, 'o.docx'), '--level', 'entry']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unpacks to more than the 2\.0 MB its zip directory declares/);
    expect(readdirSync(dir)).toEqual(['liar.docx']);
  });

  it('the catalog import refuses an .xlsx bomb with a clear message', async () => {
    const bomb = rawZip([
      deflatedEntry('xl/workbook.xml', '<workbook/>'),
      { name: 'xl/worksheets/sheet1.xml', data: deflatedRepeats(300), method: 8, declaredSize: 300 * MiB },
    ]);
    const r = await importCatalogFile('catalog.xlsx', bomb);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^The workbook was refused: its part xl\/worksheets\/sheet1\.xml would unpack from/),
    ]);
  });
});
