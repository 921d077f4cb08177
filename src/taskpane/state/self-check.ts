/**
 * "Run Word checks": the contract scenarios run where the pane is. In Word, in the open document, and only
 * when it is empty (they write into it and remove what they wrote); in the standalone preview, on preview
 * documents of their own, so the one on screen is left as it was. The report can be copied as JSON with
 * Word's version, platform and requirement sets, to attach to a support request.
 */
import { builtinCatalog } from '../../catalog/builtin';
import { runScenarios } from '../../contract/runner';
import { SCENARIOS } from '../../contract/scenarios';
import type { ContractReport } from '../../contract/types';
import type { DocumentPort } from '../../word/port';
import { documentIsEmpty, wordHarness } from '../../word/word-harness';
import { previewHarness } from '../../contract/preview-harness';

/** The Word the checks ran in: what a support request needs to reproduce them. */
export interface WordInfo {
  version: string;
  platform: string;
  /** Highest version of each Word requirement set the host reports. */
  requirementSets: Record<string, string>;
}

export type SelfCheckOutcome =
  { kind: 'not-empty' } | { kind: 'done'; report: ContractReport; word?: WordInfo; seconds: number; finished: string };

const SETS: Record<string, string[]> = {
  WordApi: ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'],
  WordApiDesktop: ['1.1', '1.2', '1.3', '1.4'],
  WordApiHiddenDocument: ['1.3', '1.4', '1.5'],
};

function office(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

function wordInfo(): WordInfo {
  const context = office()?.context;
  const requirementSets: Record<string, string> = {};
  for (const [set, versions] of Object.entries(SETS)) {
    const supported = versions.filter((v) => {
      try {
        return context?.requirements?.isSetSupported(set, v) === true;
      } catch {
        return false;
      }
    });
    if (supported.length) requirementSets[set] = supported[supported.length - 1];
  }
  return {
    version: String(context?.diagnostics?.version ?? 'unknown'),
    platform: String(context?.diagnostics?.platform ?? context?.platform ?? 'unknown'),
    requirementSets,
  };
}

export async function runSelfCheck(port: DocumentPort): Promise<SelfCheckOutcome> {
  const inWord = port.kind === 'word';
  if (inWord && !(await documentIsEmpty())) return { kind: 'not-empty' };
  const word = inWord ? wordInfo() : undefined;
  const harness = word ? wordHarness(`Word ${word.version} (${word.platform})`) : previewHarness;
  const started = Date.now();
  const report = await runScenarios(harness, SCENARIOS, builtinCatalog());
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  return { kind: 'done', report, ...(word ? { word } : {}), seconds, finished: new Date().toISOString() };
}

/** The report as the JSON "Copy report" puts on the clipboard. */
export function reportJson(outcome: Extract<SelfCheckOutcome, { kind: 'done' }>): string {
  const { report, word, seconds, finished } = outcome;
  return JSON.stringify(
    {
      tool: 'JD Builder for Word: Run Word checks',
      finished,
      seconds,
      host: report.host,
      word: word ?? null,
      summary: report.summary,
      scenarios: report.scenarios,
    },
    null,
    2,
  );
}
