/** The loader: each kind of bad catalog gets its own specific message, and nothing throws. */
import namssJson from '../../catalog/namss-jd-builder-2021.json';
import { loadCatalog, MAX_CATALOG_CHARS, validateCatalog, type LoadResult } from '../../src/catalog/load';
import type { Catalog } from '../../src/catalog/types';

const fresh = (): Catalog => structuredClone(namssJson) as unknown as Catalog;

function errorsOf(result: LoadResult) {
  if (result.ok) throw new Error('expected the catalog to be rejected');
  return result.errors;
}

test('a valid catalog loads, with its file name nowhere in an error', () => {
  const result = loadCatalog(JSON.stringify(namssJson), 'namss.json');
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.catalog.competencies).toHaveLength(10);
});

test('a byte-order mark before the JSON is accepted', () => {
  expect(loadCatalog('\ufeff' + JSON.stringify(namssJson)).ok).toBe(true);
});

test('malformed JSON: line and column of the problem, and what was expected there', () => {
  const text = '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n';
  const [error] = errorsOf(loadCatalog(text, 'org.json'));
  expect(error).toEqual({
    file: 'org.json',
    pointer: '',
    message:
      'The file is not valid JSON at line 4, column 1: Expected another property after the comma (remove the trailing comma), found "}\\n".',
  });
});

test.each([
  ['{"a": }', 'line 1, column 7', 'Expected a value'],
  ['{"a": 1 "b": 2}', 'line 1, column 9', "Expected ',' or '}' after a property value"],
  ['{"a": "unterminated', 'line 1, column 20', 'Expected a closing double quote, found the end of the file'],
  ['[1, 2]]', 'line 1, column 7', 'Expected nothing after the end of the catalog'],
  ["{'a': 1}", 'line 1, column 2', 'Expected a property name in double quotes'],
])('malformed JSON %j is located', (text, where, expected) => {
  const [error] = errorsOf(loadCatalog(text));
  expect(error.message).toContain(`at ${where}: ${expected}`);
  expect(error.file).toBe('catalog');
});

test('absurdly deep nesting is reported, not a stack overflow', () => {
  for (const text of ['['.repeat(100000), '{"a":' + '['.repeat(6000) + ']'.repeat(6000) + ',}']) {
    expect(errorsOf(loadCatalog(text))[0].message).toMatch(
      /^The file is not valid JSON at line 1, column \d+: Expected nesting no deeper than 1000 levels/,
    );
  }
});

test('an empty file says it is empty', () => {
  expect(errorsOf(loadCatalog('  \n'))[0].message).toBe('The file is empty; expected a catalog in JSON format.');
});

test('a 20 MB file is refused as too large before any parsing', () => {
  const huge = '{"pad": "' + 'x'.repeat(20 * 1024 * 1024) + '"}';
  expect(huge.length).toBeGreaterThan(MAX_CATALOG_CHARS);
  const parse = jest.spyOn(JSON, 'parse');
  const errors = errorsOf(loadCatalog(huge, 'big.json'));
  expect(parse).not.toHaveBeenCalled();
  parse.mockRestore();
  expect(errors).toEqual([
    {
      file: 'big.json',
      pointer: '',
      message: expect.stringMatching(/^The file is too large to be a catalog \(20\.0 MB\); the limit is 5\.0 MB\.$/),
    },
  ]);
});

test('missing fields: pointer to the field, message naming it, its place and what it should hold', () => {
  const c = fresh() as unknown as Record<string, unknown> & Catalog;
  delete (c.competencies[2] as Partial<Catalog['competencies'][number]>).title;
  delete (c as Partial<Catalog>).source;
  const errors = errorsOf(validateCatalog(c, 'org.json'));
  expect(errors).toEqual([
    { file: 'org.json', pointer: '/source', message: 'The required field "source" is missing (expected an object).' },
    {
      file: 'org.json',
      pointer: '/competencies/2/title',
      message:
        'In competency "credentialing-privileging-process": the required field "title" is missing (expected text).',
    },
  ]);
});

test('wrong types and unknown values name what was found and what was expected', () => {
  const c = fresh();
  (c.skills[0] as unknown as { name: number }).name = 5;
  (c.competencies[0].levels.entry as unknown as { rating: string }).rating = 'Very vital!';
  (c as unknown as { levels: string }).levels = 'entry';
  const messages = errorsOf(validateCatalog(c)).map((e) => [e.pointer, e.message]);
  expect(messages).toEqual([
    ['/levels', 'In field "levels": expected a list, found the text "entry".'],
    [
      '/competencies/0/levels/entry/rating',
      'In competency "primary-source-verification", level "entry", field "rating": the text "Very vital!" is not valid; expected a rating id: very-essential, essential, somewhat-essential, unrated (the source gives none), rating-lost (the source rates it, its text lost which), or one the ratingLegend defines.',
    ],
    ['/skills/0/name', 'In skill "analytical-thinking", field "name": expected text, found the number 5.'],
  ]);
});

test('a rating that is neither a standard one nor defined in the rating legend is an error', () => {
  const c = fresh();
  c.competencies[0].levels.entry.rating = 'vital';
  c.skills[0].ratings.entry = 'vital';
  expect(errorsOf(validateCatalog(c)).map((e) => [e.pointer, e.message])).toEqual([
    [
      '/competencies/0/levels/entry/rating',
      'In competency "primary-source-verification", level "entry", field "rating": unknown rating "vital"; expected one of: very-essential, essential, somewhat-essential, unrated, rating-lost, or a rating the ratingLegend defines.',
    ],
    [
      '/skills/0/ratings/entry',
      'In skill "analytical-thinking", rating for level "entry": unknown rating "vital"; expected one of: very-essential, essential, somewhat-essential, unrated, rating-lost, or a rating the ratingLegend defines.',
    ],
  ]);
  c.ratingLegend.push({ rating: 'vital', label: 'Vital', essential: true });
  expect(validateCatalog(c).ok).toBe(true);
});

test('unknown fields, unsupported schema versions and malformed ids are each explained', () => {
  const c = fresh() as unknown as Record<string, unknown>;
  c.schemaVersion = 2;
  c.colour = 'blue';
  (c.skills as { id: string }[])[1].id = 'Budget Finance';
  const messages = errorsOf(validateCatalog(c)).map((e) => e.message);
  expect(messages).toEqual([
    expect.stringMatching(/^Unknown field "colour"; expected only: schemaVersion, id, version, title, source, /),
    'In field "schemaVersion": the number 2 is not supported; expected 1.',
    'In skill "Budget Finance", field "id": the text "Budget Finance" is not valid; expected lowercase letters, digits, dots and dashes, starting with a letter or digit.',
  ]);
});

test('unknown level ids, in competency levels, skill ratings and qualification levels', () => {
  const c = fresh();
  c.competencies[1].levels.senior = c.competencies[1].levels.entry;
  delete c.competencies[1].levels.entry;
  c.skills[0].ratings.junior = 'unrated';
  c.qualifications[0].levels = ['entry-level'];
  const errors = errorsOf(validateCatalog(c));
  const known = 'expected one of: entry, mid-career, managerial, executive.';
  expect(errors.map((e) => [e.pointer, e.message])).toEqual([
    [
      '/qualifications/0/levels/0',
      `In qualification "entry.title.credentialing-specialist", level 1: unknown level id "entry-level"; ${known}`,
    ],
    [
      '/competencies/1/levels/senior',
      `In competency "credentialing-privileging", level "senior": unknown level id "senior"; ${known}`,
    ],
    [
      '/skills/0/ratings/junior',
      `In skill "analytical-thinking", rating for level "junior": unknown level id "junior"; ${known}`,
    ],
  ]);
});

test('duplicate ids: every item needs its own, across competencies, skills and qualifications', () => {
  const c = fresh();
  c.skills[3].id = c.competencies[0].levels.entry.responsibilities[0].id;
  c.levels[1].id = 'entry';
  const errors = errorsOf(validateCatalog(c));
  expect(errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/levels/1/id', '/skills/3/id']));
  const skillError = errors.find((e) => e.pointer === '/skills/3/id')!;
  expect(skillError.message).toBe(
    'In skill 4, field "id": the id "psv.entry.perform-outreach-primary-sources" is already used by competency 1, level "entry", responsibility 1 (/competencies/0/levels/entry/responsibilities/0); every item needs its own id.',
  );
  expect(errors.find((e) => e.pointer === '/levels/1/id')!.message).toContain('the level id "entry" appears twice');
});

test('unknown work settings and errata naming missing items are errors', () => {
  const c = fresh();
  c.competencies[3].notes![0].workSetting = 'moon-base';
  c.errata[0].itemId = 'no-such-item';
  const errors = errorsOf(validateCatalog(c));
  expect(errors.map((e) => e.pointer)).toEqual(['/competencies/3/notes/0/workSetting', '/errata/0/itemId']);
  expect(errors[0].message).toContain(
    'unknown work setting "moon-base"; expected one of: provider-enrollment, locum-tenens',
  );
  expect(errors[1].message).toBe(
    'In erratum 1, field "itemId": the erratum names item "no-such-item", which is not in the catalog; expected the id of a corrected item.',
  );
});

test('an empty catalog (no competencies, skills or qualifications) is refused', () => {
  const c = { ...fresh(), competencies: [], skills: [], qualifications: [], errata: [] };
  expect(errorsOf(validateCatalog(c))).toEqual([
    {
      file: 'catalog',
      pointer: '',
      message: 'The catalog is empty: it has no competencies, skills or qualifications; expected at least one of them.',
    },
  ]);
});

test('not a catalog at all: a list, null, a number', () => {
  for (const data of [[], null, 3]) {
    const [error] = errorsOf(validateCatalog(data));
    expect(error.pointer).toBe('');
    expect(error.message).toMatch(/^Expected an object, found /);
  }
});

test('a file full of problems lists the first 50 and says how many more', () => {
  const c = fresh();
  for (const s of c.skills) (s as unknown as { name: number }).name = 1;
  for (const q of c.qualifications) (q as unknown as { text: number }).text = 1;
  const errors = errorsOf(validateCatalog(c));
  expect(errors).toHaveLength(51);
  expect(errors[50].message).toBe(
    `${27 + c.qualifications.length - 50} more problems not listed; fix the ones above first.`,
  );
});

test('warnings, not errors: an undeclared [bracketed] token, a rating without a legend label, an erratum not applied', () => {
  const c = fresh();
  c.skills[0].description += ' See [insert policy name].';
  c.ratingLegend = c.ratingLegend.filter((e) => e.rating !== 'somewhat-essential');
  c.errata[0].corrected = 'in a timely fashion';
  const result = validateCatalog(c);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.messages.map((m) => m.code).sort()).toEqual([
    'erratum-not-applied',
    'placeholder-undeclared',
    'rating-unlabeled',
  ]);
  expect(result.messages.find((m) => m.code === 'placeholder-undeclared')?.text).toBe(
    'Item "analytical-thinking" contains "[insert policy name]", which no placeholder declares, so it cannot be filled in.',
  );
});

test('fuzzed text never makes the loader throw', () => {
  const base = JSON.stringify(namssJson);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < 200; i++) {
    const at = next() % base.length;
    const text = base.slice(0, at) + String.fromCharCode(next() % 128) + base.slice(at + 1 + (next() % 3));
    expect(() => loadCatalog(text)).not.toThrow();
  }
});
