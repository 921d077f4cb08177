/**
 * Organization catalogs with their own levels: every distinct Level value is a level in order of first
 * appearance, unless a "Levels" sheet (or, for CSV, a "<name>.levels.csv" companion) lists them with
 * order, display name and years; NAMSS level names keep meaning the NAMSS levels; problems by row and column.
 */
import { describeImportProblem, importCatalogFile } from '../../../src/catalog/import/import-file';
import { buildXlsx } from './xlsx-fixture';

const encode = (text: string) => new TextEncoder().encode(text);
const RESPONSIBILITIES = [
  ['Competency', 'Level', 'Responsibility', 'Essentiality'],
  ['Credentialing', 'Coordinator II', 'Reviews files prepared by others', 'Essential'],
  ['Credentialing', 'Coordinator I', 'Prepares credentialing files', 'Very Essential'],
  ['Credentialing', 'Coordinator III', 'Leads the credentialing team', 'Essential'],
  ['Committees', 'Coordinator I', 'Takes committee minutes', ''],
];
const LEVELS = [
  ['Level', 'Order', 'Display name', 'Years of experience'],
  ['Coordinator III', '3', 'Coordinator III (lead)', '8+'],
  ['Coordinator I', '1', '', '0-2'],
  ['Coordinator II', '2', '', ''],
];
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');

async function imported(name: string, bytes: Uint8Array, companions?: { name: string; bytes: Uint8Array }[]) {
  const r = await importCatalogFile(name, bytes, { companions });
  if (!r.ok) throw new Error(r.errors.map(describeImportProblem).join('\n'));
  return r;
}
async function problems(name: string, bytes: Uint8Array, companions?: { name: string; bytes: Uint8Array }[]) {
  const r = await importCatalogFile(name, bytes, { companions });
  return r.ok ? [] : r.errors.map(describeImportProblem);
}

test('without a Levels sheet, each distinct Level value is a level, in order of first appearance', async () => {
  const r = await imported('coordinators.csv', encode(csv(RESPONSIBILITIES)));
  expect(r.catalog.levels).toEqual([
    { id: 'coordinator-ii', name: 'Coordinator II' },
    { id: 'coordinator-i', name: 'Coordinator I' },
    { id: 'coordinator-iii', name: 'Coordinator III' },
  ]);
  const credentialing = r.catalog.competencies[0];
  expect(credentialing.levels['coordinator-i']).toMatchObject({
    rating: 'very-essential',
    responsibilities: [{ text: 'Prepares credentialing files' }],
  });
  expect(r.preview.levels).toEqual(['Coordinator II', 'Coordinator I', 'Coordinator III']);
  expect(r.messages.map((m) => m.text)).toContainEqual(
    expect.stringMatching(/^Levels, in order of first appearance: Coordinator II, Coordinator I, Coordinator III\./),
  );
});

test('a Levels sheet gives the order, display names and years, in XLSX and as a CSV companion file', async () => {
  const fromXlsx = await imported(
    'coordinators.xlsx',
    await buildXlsx(RESPONSIBILITIES, { sheets: [{ name: 'Levels', rows: LEVELS }] }),
  );
  const fromCsv = await imported('coordinators.csv', encode(csv(RESPONSIBILITIES)), [
    { name: 'coordinators.levels.csv', bytes: encode(csv(LEVELS)) },
  ]);
  for (const r of [fromXlsx, fromCsv]) {
    expect(r.catalog.levels).toEqual([
      { id: 'coordinator-i', name: 'Coordinator I', yearsOfExperience: '0-2' },
      { id: 'coordinator-ii', name: 'Coordinator II' },
      { id: 'coordinator-iii', name: 'Coordinator III (lead)', aliases: ['Coordinator III'], yearsOfExperience: '8+' },
    ]);
    expect(r.catalog.competencies[0].levels['coordinator-iii'].responsibilities[0].text).toBe(
      'Leads the credentialing team',
    );
    expect(r.messages.some((m) => m.text.startsWith('Levels, in order'))).toBe(false);
  }
  // The Levels sheet may come first in the workbook: the catalog sheet is the first one with another name.
  const levelsFirst = await imported(
    'coordinators.xlsx',
    await buildXlsx(RESPONSIBILITIES, { sheets: [{ name: 'Levels', rows: LEVELS }], first: true }),
  );
  expect(levelsFirst.catalog).toEqual(fromXlsx.catalog);
});

test("NAMSS level names and ids keep meaning the NAMSS levels, and today's sheets import as before", async () => {
  const rows = [
    ['Competency', 'Level', 'Responsibility'],
    ['Onboarding', 'Executive', 'Sets the onboarding strategy'],
    ['Onboarding', 'entry', 'Welcomes new providers'],
    ['Onboarding', 'Management', 'Runs the onboarding programme'],
  ];
  const r = await imported('org.csv', encode(csv(rows)));
  // Builder order, NAMSS ids, names and years: as before this change.
  expect(r.catalog.levels.map((l) => [l.id, l.name, l.yearsOfExperience])).toEqual([
    ['entry', 'Entry Level', '0-4'],
    ['managerial', 'Managerial', '15-24'],
    ['executive', 'Executive', '25+'],
  ]);
  expect(r.messages.some((m) => m.text.startsWith('Levels, in order'))).toBe(false);
  // Mixed with an own level, a NAMSS name is still the NAMSS level, in order of first appearance.
  const mixed = await imported('org.csv', encode(csv([...rows, ['Onboarding', 'Lead', 'Coaches coordinators']])));
  expect(mixed.catalog.levels.map((l) => l.id)).toEqual(['executive', 'entry', 'managerial', 'lead']);
});

test('problems by sheet, row and column: a level missing from the Levels sheet, two levels of one name', async () => {
  const missing = await problems(
    'coordinators.xlsx',
    await buildXlsx([...RESPONSIBILITIES, ['Committees', 'Coordinator IV', 'Chairs', '']], {
      sheets: [{ name: 'Levels', rows: LEVELS }],
    }),
  );
  expect(missing).toEqual([
    "Row 6, column 'Level': 'Coordinator IV' is not in the 'Levels' sheet; expected one of Coordinator I, Coordinator II, Coordinator III (lead)",
  ]);
  const twice = await problems(
    'coordinators.xlsx',
    await buildXlsx(RESPONSIBILITIES, {
      sheets: [
        {
          name: 'Levels',
          rows: [
            ...LEVELS,
            ['coordinator  i', '4', '', ''],
            ['Senior', '5', 'Coordinator II', ''],
            ['Lead', 'first', '', ''],
          ],
        },
      ],
    }),
  );
  expect(twice).toEqual([
    "Sheet 'Levels', row 5, column 'Level': the level 'coordinator i' is listed twice (first in row 3)",
    "Sheet 'Levels', row 6, column 'Display name': 'Coordinator II' is already the name of the level in row 4; give each level its own name",
    "Sheet 'Levels', row 7, column 'Order': 'first' is not a number; expected the place in the list (1, 2, 3...)",
  ]);
  const companion = await problems('coordinators.csv', encode(csv(RESPONSIBILITIES)), [
    { name: 'coordinators.levels.csv', bytes: encode('Name,Years\n') },
  ]);
  expect(companion).toEqual([
    "File 'coordinators.levels.csv', row 1: the sheet lists nothing; expected one row per entry after the header row",
  ]);
});
