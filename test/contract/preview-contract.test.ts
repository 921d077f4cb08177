/** The contract suite on the standalone preview's document (the same run the pane's "Run Word checks" makes there). */
import { builtinCatalog } from '../../src/catalog/builtin';
import { formatReport, runScenarios } from '../../src/contract/runner';
import { SCENARIOS } from '../../src/contract/scenarios';
import { previewHarness } from '../../src/taskpane/preview/preview-harness';

test('every scenario the preview can build passes there', async () => {
  const report = await runScenarios(previewHarness(), SCENARIOS, builtinCatalog());
  const text = formatReport(report);
  expect(text).toContain(`${report.total} of ${report.total} checks passed`);
  expect(report.total).toBeGreaterThanOrEqual(15);
});
