/** Organization catalog import: a generated 10,000-row CSV and the same rows as XLSX, parse + build + check (median ms). */
import { importCatalogFile, type ImportResult } from '../src/catalog/import/import-file';
import { buildXlsx } from '../test/catalog/import/xlsx-fixture';
import { medianMsAsync, report } from './measure';

const RUNS = 9;
const LEVELS = ['Entry Level', 'Mid-Career', 'Managerial', 'Executive'];
const RATINGS = ['Very Essential', 'Essential', 'Somewhat Essential'];

/** 50 competencies x 4 levels x 50 responsibilities, with quoted commas and quotes as real exports have. */
function generatedRows(): string[][] {
  const rows = [['Competency', 'Level', 'Responsibility', 'Essentiality']];
  for (let c = 0; c < 50; c++) {
    LEVELS.forEach((level, l) => {
      for (let r = 0; r < 50; r++) {
        rows.push([
          `Competency ${c}: "Area" ${c}`,
          level,
          `Coordinates, reviews and reports on task ${r} of area ${c} at ${level.toLowerCase()}, per policy ${c * 50 + r}.`,
          RATINGS[(c + l) % RATINGS.length],
        ]);
      }
    });
  }
  return rows;
}

function mustImport(result: ImportResult): number {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.preview.responsibilities;
}

async function main() {
  const rows = generatedRows();
  const csv = new TextEncoder().encode(
    rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n'),
  );
  const xlsx = await buildXlsx(rows);
  if (mustImport(await importCatalogFile('org.csv', csv)) !== 10000)
    throw new Error('expected 10,000 responsibilities');
  report({ name: 'import.csv-10000.size', value: Math.round(csv.length / 1024), unit: 'KB' });
  report({
    name: 'import.csv-10000',
    value: await medianMsAsync(async () => mustImport(await importCatalogFile('org.csv', csv)), RUNS),
    unit: 'ms',
  });
  report({ name: 'import.xlsx-10000.size', value: Math.round(xlsx.length / 1024), unit: 'KB' });
  report({
    name: 'import.xlsx-10000',
    value: await medianMsAsync(async () => mustImport(await importCatalogFile('org.xlsx', xlsx)), RUNS),
    unit: 'ms',
  });
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
