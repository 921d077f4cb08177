/**
 * "Run Word checks": how long the whole self-check takes, on the standalone preview's documents and on the
 * Word test double standing in for Word (the adapter's own cost; real Word adds its round trips), and how
 * many checks each runs.
 */
import { performance } from 'perf_hooks';
import { builtinCatalog } from '../src/catalog/builtin';
import { runScenarios } from '../src/contract/runner';
import { SCENARIOS } from '../src/contract/scenarios';
import type { ContractHarness } from '../src/contract/types';
import { previewHarness } from '../src/contract/preview-harness';
import { wordHarness } from '../src/word/word-harness';
import { installFakeOffice, uninstallFakeOffice } from '../test/support/fake-word';
import { median, report } from './measure';

async function timeRuns(name: string, harness: () => ContractHarness, setup = () => {}, teardown = () => {}) {
  const catalog = builtinCatalog();
  const times: number[] = [];
  let checks = 0;
  for (let i = 0; i < 5; i++) {
    setup();
    const t0 = performance.now();
    const r = await runScenarios(harness(), SCENARIOS, catalog);
    times.push(performance.now() - t0);
    checks = r.total;
    teardown();
  }
  report({ name: `self-check.${name}.checks`, value: checks, unit: 'checks' });
  report({ name: `self-check.${name}.time (median)`, value: Math.round(median(times) * 10) / 10, unit: 'ms' });
}

async function main(): Promise<void> {
  await timeRuns('preview', () => previewHarness);
  await timeRuns(
    'word-double',
    () => wordHarness('Word test double'),
    () => void installFakeOffice(globalThis, {}),
    () => uninstallFakeOffice(globalThis),
  );
}

void main();
