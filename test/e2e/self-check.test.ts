/**
 * "Run Word checks" in Chromium on the production build, office.js unreachable: in the standalone preview
 * (every check passes, the sample document is left as it was) and hosted over the Word test double (the
 * checks run in the blank document and leave it blank).
 */
import type { Page } from 'playwright-core';
import { fakeDocument, fakeOfficeScript } from './fake-office';
import { dismissFirstRun, openPane, paneSessionPerFile } from './pane';

const session = paneSessionPerFile();

async function runChecks(page: Page): Promise<{ passed: number; total: number }> {
  // The button lives in the Help area, opened from the pane's title row.
  await page.getByRole('button', { name: 'Help' }).click();
  const button = page.getByRole('button', { name: 'Run Word checks' });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const line = page.getByText(/\d+ of \d+ checks passed/);
  await line.waitFor({ timeout: 120_000 });
  const [passed, total] = ((await line.innerText()).match(/\d+/g) ?? []).map(Number);
  return { passed, total };
}

test('standalone preview: M of M checks passed, M >= 15, and the preview document is as it was', async () => {
  const { page, context, errors } = await openPane(session(), { width: 400 });
  try {
    await dismissFirstRun(page);
    const sample = page.getByRole('region', { name: 'Sample document (preview)' });
    const before = await sample.innerHTML();
    const { passed, total } = await runChecks(page);
    expect(total).toBeGreaterThanOrEqual(15);
    expect(passed).toBe(total);
    expect(await sample.innerHTML()).toBe(before);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('hosted over the Word double: the checks run in the blank document and leave it blank', async () => {
  const { page, context, errors } = await openPane(session(), { width: 400, initScripts: [fakeOfficeScript({})] });
  try {
    await dismissFirstRun(page);
    const { passed, total } = await runChecks(page);
    expect(total).toBeGreaterThanOrEqual(15);
    expect(passed).toBe(total);
    const doc = await fakeDocument(page);
    expect(doc.body).toEqual([expect.objectContaining({ kind: 'paragraph', text: '' })]);
    expect(doc.controls).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
