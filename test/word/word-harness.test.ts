/**
 * The self-check's Word harness, run here on the Word double standing in for the Word the pane is in: it
 * builds every scenario it can in the one open document, the scenarios pass, and the document is left empty.
 */
import { builtinCatalog } from '../../src/catalog/builtin';
import { formatReport, runScenarios } from '../../src/contract/runner';
import { SCENARIOS } from '../../src/contract/scenarios';
import { documentIsEmpty, wordHarness } from '../../src/word/word-harness';
import { installFakeOffice, uninstallFakeOffice } from '../support/fake-word';

afterEach(() => uninstallFakeOffice(globalThis));

test('the scenarios run in the open document, pass, and leave it empty with its settings', async () => {
  const fake = installFakeOffice(globalThis, { settings: { 'kept.setting': 'yes' } });
  expect(await documentIsEmpty()).toBe(true);
  const report = await runScenarios(wordHarness('Word test double'), SCENARIOS, builtinCatalog());
  expect(formatReport(report)).toContain(`${report.total} of ${report.total} checks passed`);
  expect(report.total).toBeGreaterThanOrEqual(15);
  expect(report.scenarios.filter((s) => s.status === 'not-run').map((s) => s.id)).toEqual([
    'insert-after-selection',
    'insert-replace-selection',
    'insert-protected',
    'insert-german-styles',
    'insert-russian-styles',
    'block-tracked-deletion',
    'word-block-deleted-tracked',
  ]);
  expect(await documentIsEmpty()).toBe(true);
  expect(fake.snapshot().controls).toEqual([]);
  expect(fake.snapshot().settings).toEqual({ 'kept.setting': 'yes' });
});

test('a document with text is not empty', async () => {
  installFakeOffice(globalThis, { body: ['Dear committee'] });
  expect(await documentIsEmpty()).toBe(false);
});
