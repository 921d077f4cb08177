/**
 * Blocks already in a document: listing 200 of them.
 * - Word adapter on the in-memory double: Word.run and context.sync() calls, and the median time (adapter +
 *   double; real Word adds its own round-trip cost per sync).
 * - CLI: `jd-builder blocks list` on a .docx holding 200 blocks, in-process median.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { findBlocks } from '../src/cli/document-blocks';
import { readDocumentBody, splice } from '../src/cli/document-body';
import { run } from '../src/cli/main';
import { createWordPort } from '../src/word/word-document';
import { installFakeOffice, uninstallFakeOffice } from '../test/support/fake-word';
import { buildTemplate } from '../test/support/templates';
import { bulletPlan } from '../test/word/plans';
import { medianMsAsync, report } from './measure';

const BLOCKS = 200;
const silent = { write: () => true };

async function onTheDouble(): Promise<void> {
  const fake = installFakeOffice(globalThis, {
    body: ['Job Description', '', 'Approvals'],
    selection: { paragraph: 1 },
  });
  const port = createWordPort();
  // 200 sections of a heading and 10 responsibilities each.
  const inserted = await port.insert(bulletPlan(BLOCKS * 10, 10), 'after-selection');
  if (!inserted.ok) throw new Error(inserted.error.message);
  fake.resetCounters();
  const listed = await port.listBlocks!();
  if (!listed.ok || listed.value.length !== BLOCKS) throw new Error('listBlocks did not find the 200 blocks');
  report({ name: `word.list-blocks.${BLOCKS}-blocks.word-run`, value: fake.counters.runs, unit: 'calls' });
  report({ name: `word.list-blocks.${BLOCKS}-blocks.context-sync`, value: fake.counters.syncs, unit: 'calls' });
  const ms = await medianMsAsync(() => port.listBlocks!(), 15, 3);
  report({ name: `word.list-blocks.${BLOCKS}-blocks.time-on-double (median)`, value: ms, unit: 'ms' });
  uninstallFakeOffice(globalThis);
}

/** A .docx with 200 blocks: the NAMSS managerial insertion's blocks repeated in turn. */
async function docxWithBlocks(dir: string): Promise<string> {
  const template = path.join(dir, 'template.docx');
  writeFileSync(template, (await buildTemplate('house')).bytes);
  const once = path.join(dir, 'once.docx');
  const argv = ['insert', '--template', template, '--out', once, '--level', 'managerial', '--qualifications'];
  if ((await run(argv, { stdout: silent, stderr: silent })) !== 0) throw new Error('jd-builder insert failed');
  const zip = await JSZip.loadAsync(readFileSync(once));
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = readDocumentBody(xml);
  const found = findBlocks(body);
  const sdts = found.map((b) => xml.slice(b.at.start, b.at.end));
  const many = Array.from({ length: BLOCKS }, (_, i) => sdts[i % sdts.length]).join('');
  const first = found[0].at.start;
  zip.file('word/document.xml', splice(xml, first, found[found.length - 1].at.end, many));
  const file = path.join(dir, 'blocks-200.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return file;
}

async function withTheCli(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jdb-bench-blocks-'));
  try {
    const file = await docxWithBlocks(dir);
    let lines = 0;
    const out = { write: (t: string) => (lines = t.trim().split('\n').length - 1) };
    if ((await run(['blocks', 'list', '--in', file], { stdout: out, stderr: silent })) !== 0 || lines !== BLOCKS)
      throw new Error(`blocks list did not list ${BLOCKS} blocks (${lines})`);
    const ms = await medianMsAsync(
      () => run(['blocks', 'list', '--in', file], { stdout: silent, stderr: silent }),
      15,
      3,
    );
    report({ name: `cli blocks list, .docx with ${BLOCKS} blocks, in-process run() (median)`, value: ms, unit: 'ms' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await onTheDouble();
  await withTheCli();
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
