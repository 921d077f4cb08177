/**
 * Organization catalogs with their own essentiality scale: a "Ratings" sheet (or "<name>.ratings.csv") lists
 * name, order and whether each counts as essential; the NAMSS words stay recognised; blank is unrated; an
 * unknown rating is a problem at its row and column.
 */
import { describeImportProblem, importCatalogFile } from '../../../src/catalog/import/import-file';
import { levelView } from '../../../src/catalog/query';
import { compose } from '../../../src/compose/compose';
import { DEFAULT_COMPOSE_OPTIONS } from '../../../src/compose/selection';
import { buildXlsx } from './xlsx-fixture';

const encode = (text: string) => new TextEncoder().encode(text);
const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
const ROWS = [
  ['Competency', 'Level', 'Responsibility', 'Essentiality'],
  ['Credentialing', 'Coordinator I', 'Prepares credentialing files', 'Critical'],
  ['Committees', 'Coordinator I', 'Takes committee minutes', 'Helpful'],
  ['Reporting', 'Coordinator I', 'Sends the monthly report', 'Essential'],
  ['Filing', 'Coordinator I', 'Files the minutes', ''],
];
const RATINGS = [
  ['Rating', 'Order', 'Essential'],
  ['Helpful', '2', 'no'],
  ['Critical', '1', 'yes'],
];

test('a Ratings sheet defines the scale; essential ones are what "Select all essential" and --select essential take', async () => {
  const results = [
    await importCatalogFile('org.xlsx', await buildXlsx(ROWS, { sheets: [{ name: 'Ratings', rows: RATINGS }] })),
    await importCatalogFile('org.csv', encode(csv(ROWS)), {
      companions: [{ name: 'org.ratings.csv', bytes: encode(csv(RATINGS)) }],
    }),
  ];
  for (const r of results) {
    if (!r.ok) throw new Error(r.errors.map(describeImportProblem).join('\n'));
    const { catalog } = r;
    expect(catalog.ratingLegend.slice(-2)).toEqual([
      { rating: 'critical', label: 'Critical', essential: true },
      { rating: 'helpful', label: 'Helpful', essential: false },
    ]);
    const view = levelView(catalog, 'coordinator-i');
    expect(view.competencies.map((c) => [c.competency.title, c.rating, c.essential])).toEqual([
      ['Credentialing', 'critical', true],
      ['Committees', 'helpful', false],
      ['Reporting', 'essential', true],
      ['Filing', 'unrated', false],
    ]);
    const model = compose(catalog, {
      catalogId: catalog.id,
      levelId: 'coordinator-i',
      qualificationIds: [],
      responsibilityIds: view.competencies.flatMap((c) => c.responsibilities.map((x) => x.id)),
      skillIds: [],
      placeholderValues: {},
      options: { ...DEFAULT_COMPOSE_OPTIONS, includeEssentiality: true },
    }).value;
    const headings = model.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(expect.arrayContaining(['Credentialing (Critical)', 'Committees (Helpful)', 'Filing']));
  }
});

test('problems by sheet, row and column: an unknown rating, one listed twice, an essential that is not yes or no', async () => {
  const problems = async (rows: string[][], ratings: string[][]) => {
    const r = await importCatalogFile(
      'org.xlsx',
      await buildXlsx(rows, { sheets: [{ name: 'Ratings', rows: ratings }] }),
    );
    return r.ok ? [] : r.errors.map(describeImportProblem);
  };
  expect(await problems([...ROWS, ['Filing', 'Coordinator I', 'Archives files', 'Vital']], RATINGS)).toEqual([
    "Row 6, column 'Essentiality': 'Vital' is not a rating; expected Very Essential, Essential, Somewhat Essential or Not rated, or one of the 'Ratings' sheet's: Critical, Helpful",
  ]);
  expect(await problems(ROWS, [...RATINGS, ['critical', '3', 'no'], ['Useful', '4', 'sometimes']])).toEqual([
    "Sheet 'Ratings', row 4, column 'Rating': the rating 'critical' is listed twice (first in row 3)",
    "Sheet 'Ratings', row 5, column 'Essential': 'sometimes' is not yes or no",
  ]);
});
