/**
 * CLI end to end, in-process: read a template .docx, compose the whole NAMSS managerial selection
 * (every responsibility, skill and qualification), detect the house style, render, write the .docx.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../src/cli/main';
import { buildTemplate, type TemplateKind } from '../test/support/templates';
import { medianMsAsync, report } from './measure';

const silent = { write: () => true };

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
      const code = await run(full, { stdout: silent, stderr: silent });
      if (code !== 0) throw new Error(`jd-builder insert failed on the ${kind} template (exit ${code})`);
      report({
        name: `cli insert, NAMSS managerial "all" into the ${kind} template (median)`,
        value: await medianMsAsync(() => run(full, { stdout: silent, stderr: silent }), 15, 3),
        unit: 'ms',
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
