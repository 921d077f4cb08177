/**
 * Runs scenarios on one host and reports "N of M checks passed", with what the document actually did for
 * every failed check. A scenario that throws counts as one failed check carrying the error.
 */
import type { Catalog } from '../catalog/types';
import { fixtureFeatures } from './fixtures';
import type { CheckResult, ContractHarness, ContractReport, Scenario, ScenarioResult } from './types';

export async function runScenarios(
  harness: ContractHarness,
  scenarios: readonly Scenario[],
  catalog: Catalog,
): Promise<ContractReport> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) results.push(await runScenario(harness, scenario, catalog));
  return report(harness.host, results);
}

export async function runScenario(
  harness: ContractHarness,
  scenario: Scenario,
  catalog: Catalog,
): Promise<ScenarioResult> {
  const base = { id: scenario.id, title: scenario.title };
  const fixture = typeof scenario.fixture === 'function' ? scenario.fixture(catalog) : scenario.fixture;
  const missing = fixtureFeatures(fixture).filter((f) => !harness.features.has(f));
  if (missing.length) return { ...base, status: 'not-run', missing, checks: [] };
  let checks: CheckResult[];
  const session = await harness.open(fixture);
  try {
    checks = await scenario.run({ session, port: session.port, catalog, fixture });
  } catch (e) {
    checks = [{ name: 'runs without an error', passed: false, expected: 'no error', actual: errorText(e) }];
  } finally {
    await session.close();
  }
  return { ...base, status: 'ran', checks };
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export function report(host: string, scenarios: ScenarioResult[]): ContractReport {
  const checks = scenarios.flatMap((s) => s.checks);
  const passed = checks.filter((c) => c.passed).length;
  return { host, scenarios, passed, total: checks.length, summary: `${passed} of ${checks.length} checks passed` };
}

/** The report as plain text: each scenario, each failed check with what the document did, then the summary. */
export function formatReport(r: ContractReport): string {
  const lines = [`Contract checks on ${r.host}`];
  for (const s of r.scenarios) {
    if (s.status === 'not-run') {
      lines.push(`- ${s.title}: not run here (this host cannot build: ${(s.missing ?? []).join(', ')})`);
      continue;
    }
    const failed = s.checks.filter((c) => !c.passed);
    lines.push(
      `- ${s.title}: ${failed.length ? 'FAILED' : 'passed'} (${s.checks.length - failed.length}/${s.checks.length})`,
    );
    for (const c of failed) lines.push(`    ${c.name}: expected ${c.expected}; the document did ${c.actual}`);
  }
  lines.push(r.summary);
  return lines.join('\n');
}
