/**
 * CLI end to end: read a template .docx, compose the whole NAMSS managerial selection (every
 * responsibility, skill and qualification), detect the house style, render, write the .docx.
 * Measured in-process (run(), cold first call and warm median) and, when the bundle is built,
 * as the command people run (a new node process per insertion).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { run } from '../src/cli/main';
import { buildTemplate, type TemplateKind } from '../test/support/templates';
import { median, medianMsAsync, report } from './measure';

const silent = { write: () => true };
// The bench runner bundles this file elsewhere and runs it from the repository root.
const BIN = path.join(process.cwd(), 'bin', 'jd-builder.js');
const BUNDLE = path.join(process.cwd(), 'dist', 'cli', 'jd-builder.js');

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jdb-bench-cli-'));
  try {
    for (const kind of ['house', 'plain'] as TemplateKind[]) {
      const template = path.join(dir, `${kind}.docx`);
      writeFileSync(template, (await buildTemplate(kind)).bytes);
      const argv = [
        'insert',
        '--template',
        template,
        '--out',
        path.join(dir, `${kind}-out.docx`),
        '--level',
        'managerial',
      ];
      const full = [...argv, '--select', 'all', '--skills', 'all', '--qualifications'];
      const label = `cli insert, NAMSS managerial "all" into the ${kind} template`;
      const t0 = performance.now();
      const code = await run(full, { stdout: silent, stderr: silent });
      if (code !== 0) throw new Error(`jd-builder insert failed on the ${kind} template (exit ${code})`);
      if (kind === 'house')
        report({ name: `${label}, first in-process run (cold)`, value: ms(performance.now() - t0), unit: 'ms' });
      const warm = await medianMsAsync(() => run(full, { stdout: silent, stderr: silent }), 20, 10);
      report({ name: `${label}, in-process run() (median)`, value: warm, unit: 'ms' });
      if (kind === 'house' && existsSync(BUNDLE)) {
        const times = Array.from({ length: 5 }, () => {
          const start = performance.now();
          const r = spawnSync(process.execPath, [BIN, ...full]);
          if (r.status !== 0) throw new Error(`node bin/jd-builder.js failed: ${r.stderr}`);
          return performance.now() - start;
        });
        report({ name: `${label}, node bin/jd-builder.js process (median)`, value: median(times), unit: 'ms' });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ms(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
