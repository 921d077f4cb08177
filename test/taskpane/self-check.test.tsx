/** "Run Word checks" in the pane: in the standalone preview, and in Word (the Word double) blank or not. */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { createPreviewPort } from '../../src/taskpane/preview';
import { createWordPort } from '../../src/word/word-document';
import { installFakeOffice, uninstallFakeOffice } from '../support/fake-word';
import { renderPane } from './render-pane';

jest.setTimeout(60_000);

beforeEach(() => localStorage.clear());
afterEach(() => uninstallFakeOffice(globalThis));

/** The button lives in the Help area: open it as a user would. */
async function runButton(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Help' }));
  return screen.findByRole('button', { name: 'Run Word checks' });
}

async function summary(): Promise<string> {
  return waitFor(
    () => {
      const line = screen.getByText(/\d+ of \d+ checks passed/);
      return line.textContent ?? '';
    },
    { timeout: 30_000 },
  );
}

test('in the standalone preview every check passes and the sample document is left as it was', async () => {
  const port = createPreviewPort();
  const before = JSON.stringify(port.current());
  const { user } = await renderPane({ port });
  await user.click(await runButton(user));
  const [passed, total] = (await summary()).match(/\d+/g)?.map(Number) ?? [];
  expect(passed).toBe(total);
  expect(total).toBeGreaterThanOrEqual(15);
  expect(JSON.stringify(port.current())).toBe(before);
  const list = screen.getByRole('list', { name: 'Checks, one per situation' });
  expect(within(list).getByText(/Insert into an empty paragraph: passed/)).toBeTruthy();
  expect(within(list).getByText(/Insert in a table cell: not run here/)).toBeTruthy();
});

/** user-event stands in for the clipboard (it sets one up per renderPane). */
async function copied(): Promise<{ host: string; word: unknown; summary: string; scenarios: unknown[] }> {
  await screen.findByText(/on the clipboard/);
  return JSON.parse(await navigator.clipboard.readText());
}

test('Copy report puts JSON with the host and every scenario on the clipboard', async () => {
  const { user } = await renderPane({ port: createPreviewPort() });
  await user.click(await runButton(user));
  await summary();
  await user.click(screen.getByRole('button', { name: 'Copy report' }));
  const report = await copied();
  expect(report).toMatchObject({
    host: 'preview',
    word: null,
    summary: expect.stringMatching(/checks passed$/),
  });
  expect(report.scenarios.length).toBeGreaterThanOrEqual(15);
});

test('when the clipboard is blocked the report is shown to copy by hand', async () => {
  const { user } = await renderPane({ port: createPreviewPort() });
  jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('blocked'));
  await user.click(await runButton(user));
  await summary();
  await user.click(screen.getByRole('button', { name: 'Copy report' }));
  const box = (await screen.findByLabelText('Report (select all and copy)')) as HTMLTextAreaElement;
  expect(JSON.parse(box.value).host).toBe('preview');
});

test('in Word, a document that is not empty is left alone, with what to do', async () => {
  const fake = installFakeOffice(globalThis, { body: ['Dear committee'] });
  const { user } = await renderPane({ port: createWordPort() });
  await user.click(await runButton(user));
  expect(await screen.findByText(/not empty, so nothing was run/)).toBeTruthy();
  expect(fake.snapshot().body.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['Dear committee']);
});

test('in Word, a blank document runs the checks in it and is blank again after, with Word in the report', async () => {
  const fake = installFakeOffice(globalThis, {});
  const { user } = await renderPane({ port: createWordPort() });
  await user.click(await runButton(user));
  const [passed, total] = (await summary()).match(/\d+/g)?.map(Number) ?? [];
  expect(passed).toBe(total);
  expect(fake.snapshot().body).toEqual([expect.objectContaining({ kind: 'paragraph', text: '' })]);
  expect(fake.snapshot().controls).toEqual([]);
  await user.click(screen.getByRole('button', { name: 'Copy report' }));
  const report = await copied();
  expect(report.word).toMatchObject({ platform: 'PC', requirementSets: { WordApi: '1.5' } });
  expect(report.host).toMatch(/^Word .* \(PC\)$/);
});
