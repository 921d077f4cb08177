/**
 * The contract suite: every scenario (src/contract/scenarios.ts) on every adapter this machine has. A host
 * that cannot build a scenario's starting document says so in its report; the list of those is fixed here,
 * so a scenario never goes missing unnoticed. Each .docx output is then opened by headless LibreOffice.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { builtinCatalog } from '../../src/catalog/builtin';
import { formatReport, runScenarios } from '../../src/contract/runner';
import { SCENARIOS } from '../../src/contract/scenarios';
import type { ContractHarness } from '../../src/contract/types';
import { tempDir } from '../cli/helpers';
import { soffice } from '../cli/soffice';
import { docxHarness, type DocxOutput } from './docx-harness';
import { previewHarness } from '../../src/contract/preview-harness';
import { wordDoubleHarness } from './word-double-harness';

jest.setTimeout(300_000);

const docxOutputs: DocxOutput[] = [];

const HOSTS: { harness: ContractHarness; notRun: string[] }[] = [
  { harness: wordDoubleHarness, notRun: [] },
  { harness: docxHarness(docxOutputs), notRun: ['insert-in-table-cell'] },
  {
    harness: previewHarness,
    notRun: [
      'insert-after-heading',
      'insert-after-list-item',
      'insert-in-table-cell',
      'insert-inside-our-section',
      'insert-after-selection',
      'insert-replace-selection',
      'insert-track-changes',
      'insert-locked-control',
      'insert-protected',
      'insert-hand-formatted-bullets',
      'block-tracked-deletion',
      'word-new-list-after-list-item',
      'word-template-control',
      'word-mac-after-table',
      'word-block-deleted-tracked',
    ],
  },
];

describe.each(HOSTS)('$harness.host', ({ harness, notRun }) => {
  test('every scenario passes (or is one the host cannot build)', async () => {
    const report = await runScenarios(harness, SCENARIOS, builtinCatalog());
    const text = formatReport(report);
    expect(report.scenarios.filter((s) => s.status === 'not-run').map((s) => s.id)).toEqual(notRun);
    // The whole report on failure: each failed check with what the document did.
    expect(text).toContain(`${report.total} of ${report.total} checks passed`);
    expect(report.total).toBeGreaterThanOrEqual(15);
  });
});

test('LibreOffice opens every .docx the contract scenarios wrote, with their text', () => {
  expect(docxOutputs.length).toBe(SCENARIOS.length - 1);
  const work = tempDir();
  const files = docxOutputs.map((o) => {
    const file = path.join(work, `scenario-${o.scenario}.docx`);
    writeFileSync(file, o.bytes);
    return file;
  });
  mkdirSync(path.join(work, 'txt'));
  const r = soffice(
    ['--convert-to', 'txt:Text (encoded):UTF8', '--outdir', path.join(work, 'txt'), ...files],
    path.join(work, 'profile'),
  );
  expect(r.status).toBe(0);
  for (const o of docxOutputs) {
    const shown = readFileSync(path.join(work, 'txt', `scenario-${o.scenario}.txt`), 'utf8');
    const missing = o.texts.filter((t) => !shown.includes(t));
    expect({ scenario: o.scenario, missing }).toEqual({ scenario: o.scenario, missing: [] });
  }
});
