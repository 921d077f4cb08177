/** The Word test double (test/support/fake-word) as a script the page runs before the add-in loads. */
import { buildSync } from 'esbuild';
import * as path from 'path';
import type { FakeDocumentSnapshot, FakeWordOptions } from '../support/fake-word';
import type { Page } from 'playwright-core';
import { ROOT } from './dist';

let bundle: string | undefined;

/** A short job-description template for hosted tests; the cursor (paragraph 3) is the empty paragraph under "Duties". */
export const JOB_TEMPLATE: FakeWordOptions['body'] = [
  { text: 'Director, Medical Staff Services', style: 'Title' },
  { text: 'Duties', style: 'Heading 1' },
  'Keep this sentence as it is.',
  '',
  { text: 'Working conditions', style: 'Heading 1' },
  'Office environment.',
];
export const JOB_TEMPLATE_CURSOR = { paragraph: 3 };

/** An init script that installs the fake Office/Word globals with these options. */
export function fakeOfficeScript(options: FakeWordOptions): string {
  bundle ??= buildSync({
    entryPoints: [path.join(ROOT, 'test', 'support', 'fake-word', 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'error',
  }).outputFiles[0].text;
  return `window.__fakeWordOptions = ${JSON.stringify(options)};\n${bundle}`;
}

/** What the fake document holds now (JSON-safe). */
export function fakeDocument(page: Page): Promise<FakeDocumentSnapshot> {
  return page.evaluate(() =>
    (window as unknown as { __fakeWord: { snapshot(): FakeDocumentSnapshot } }).__fakeWord.snapshot(),
  );
}
