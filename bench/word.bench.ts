/**
 * Word round trips: Word.run and context.sync() calls for an insertion of 1, 100 and 10,000 items
 * (the minimum possible is one round trip; the adapter uses one for the checks and one for the
 * insertion), and the time per insertion against the in-memory Word double (adapter + double, no
 * real Word: it shows the adapter's own cost, not Word's). Also reading the document before it.
 */
import { performance } from 'perf_hooks';
import { createWordPort } from '../src/word/word-document';
import {
  installFakeOffice,
  uninstallFakeOffice,
  type FakeWordHandle,
  type FakeWordOptions,
} from '../test/support/fake-word';
import { bulletPlan } from '../test/word/plans';
import { median, report } from './measure';

const TEMPLATE: FakeWordOptions = {
  body: [
    { text: 'Director of Medical Staff Services', style: 'Title' },
    { text: 'Responsibilities', style: 'Heading 2' },
    '',
    { text: 'Qualifications', style: 'Heading 2' },
    'Signature',
  ],
  selection: { paragraph: 2 },
};

/** Runs `action` on a fresh document `runs` times; returns the counters of the last run and the median ms. */
async function measure(
  runs: number,
  action: (port: ReturnType<typeof createWordPort>) => Promise<{ ok: boolean }>,
  options: FakeWordOptions = TEMPLATE,
): Promise<{ counters: FakeWordHandle['counters']; ms: number }> {
  const times: number[] = [];
  let counters = { runs: 0, syncs: 0 };
  for (let i = 0; i < runs; i++) {
    const fake = installFakeOffice(globalThis, options);
    const port = createWordPort();
    const t0 = performance.now();
    const result = await action(port);
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error('the insertion failed on the fake');
    counters = { ...fake.counters };
    uninstallFakeOffice(globalThis);
  }
  return { counters, ms: median(times) };
}

async function main(): Promise<void> {
  for (const items of [1, 100, 10_000]) {
    const plan = bulletPlan(items, 10);
    const { counters, ms } = await measure(items > 1000 ? 5 : 15, (port) => port.insert(plan, 'after-selection'));
    report({ name: `word.insert.${items}-items.word-run`, value: counters.runs, unit: 'calls' });
    report({ name: `word.insert.${items}-items.context-sync`, value: counters.syncs, unit: 'calls' });
    report({ name: `word.insert.${items}-items.time-on-double (median)`, value: ms, unit: 'ms' });
  }
  const big: FakeWordOptions = {
    body: Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}`),
    selection: { paragraph: 1000 },
  };
  const read = await measure(15, (port) => port.readDocument(), big);
  report({ name: 'word.read.2000-paragraphs.word-run', value: read.counters.runs, unit: 'calls' });
  report({ name: 'word.read.2000-paragraphs.context-sync', value: read.counters.syncs, unit: 'calls' });
  report({ name: 'word.read.2000-paragraphs.time-on-double (median)', value: read.ms, unit: 'ms' });
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
