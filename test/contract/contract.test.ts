/**
 * The contract suite: every scenario (src/contract/scenarios.ts) on every adapter this machine has. A host
 * that cannot build a scenario's starting document says so in its report; the list of those is fixed here,
 * so a scenario never goes missing unnoticed.
 */
import { builtinCatalog } from '../../src/catalog/builtin';
import { formatReport, runScenarios } from '../../src/contract/runner';
import { SCENARIOS } from '../../src/contract/scenarios';
import type { ContractHarness } from '../../src/contract/types';
import { wordDoubleHarness } from './word-double-harness';

const HOSTS: { harness: ContractHarness; notRun: string[] }[] = [
  { harness: wordDoubleHarness, notRun: ['block-tracked-deletion'] },
];

describe.each(HOSTS)('$harness.host', ({ harness, notRun }) => {
  test('every scenario passes (or is one the host cannot build)', async () => {
    const report = await runScenarios(harness, SCENARIOS, builtinCatalog());
    const text = formatReport(report);
    expect(report.scenarios.filter((s) => s.status === 'not-run').map((s) => s.id)).toEqual(notRun);
    expect({ failed: report.total - report.passed, report: text }).toEqual({ failed: 0, report: text });
    expect(report.total).toBeGreaterThanOrEqual(15);
  });
});
