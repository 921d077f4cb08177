import { validateCatalog } from '../../src/catalog/load';
import { generateCatalog } from '../support/generate-catalog';

test.each([1, 37, 1000, 10000])('a generated catalog of %i items is valid and has that many items', (n) => {
  const catalog = generateCatalog(n);
  const result = validateCatalog(catalog);
  expect(result.ok ? result.messages : result.errors).toEqual([]);
  const responsibilities = catalog.competencies
    .flatMap((c) => Object.values(c.levels))
    .flatMap((l) => l.responsibilities);
  expect(responsibilities.length + catalog.skills.length + catalog.qualifications.length).toBe(n);
});

test('the same size always gives the same catalog', () => {
  expect(generateCatalog(500)).toEqual(generateCatalog(500));
});
