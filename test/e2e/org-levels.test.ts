/**
 * An organization's own levels in Chromium, in Word (test double): a workbook with a "Levels" sheet, or a CSV file
 * chosen with its .levels.csv file, gives the pane's level choice "Coordinator I" to "Coordinator III"; a
 * responsibility is inserted at one of them and its block re-levelled to another, in the document.
 */
import type { Page } from 'playwright-core';
import { parseSectionTag } from '../../src/render/section-tag';
import { buildXlsx } from '../catalog/import/xlsx-fixture';
import { COORDINATOR_LEVEL_LABELS, COORDINATOR_LEVELS, COORDINATOR_ROWS, toCsv } from '../support/coordinator-catalog';
import type { CatalogFile } from './catalog-fixtures';
import { fakeDocument, fakeOfficeScript, JOB_TEMPLATE, JOB_TEMPLATE_CURSOR } from './fake-office';
import {
  chooseLevel,
  dismissFirstRun,
  levelControl,
  openPane,
  paneSessionPerFile,
  type OpenPane,
  showView,
  insertedStatus,
} from './pane';

const session = paneSessionPerFile();

const csvFile = (name: string, rows: string[][]): CatalogFile => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(toCsv(rows)),
});

async function inWord(test: (pane: OpenPane) => Promise<void>): Promise<void> {
  const script = fakeOfficeScript({ body: JOB_TEMPLATE, selection: JOB_TEMPLATE_CURSOR });
  const pane = await openPane(session(), { width: 400, height: 900, initScripts: [script] });
  try {
    await dismissFirstRun(pane.page);
    await test(pane);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.context.close();
  }
}

async function importFiles(page: Page, files: CatalogFile[]): Promise<void> {
  await showView(page, 'Catalogs and profiles');
  await page.getByLabel('Catalog file').setInputFiles(files);
  const preview = page.getByRole('group', { name: 'Catalog to import' });
  await preview.getByRole('button', { name: 'Use this catalog' }).click();
  await page.getByText('Now using “coordinators”.', { exact: true }).waitFor();
  await showView(page, 'Build');
}

async function levelTags(page: Page): Promise<(string | undefined)[]> {
  return (await fakeDocument(page)).controls.map((c) => parseSectionTag(c.tag)?.levelId);
}

test.each([
  [
    'an XLSX workbook with a Levels sheet',
    async (): Promise<CatalogFile[]> => [
      {
        name: 'coordinators.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(
          await buildXlsx(COORDINATOR_ROWS, { sheets: [{ name: 'Levels', rows: COORDINATOR_LEVELS }] }),
        ),
      },
    ],
  ],
  [
    'a CSV file with its .levels.csv file',
    async (): Promise<CatalogFile[]> => [
      csvFile('coordinators.csv', COORDINATOR_ROWS),
      csvFile('coordinators.levels.csv', COORDINATOR_LEVELS),
    ],
  ],
])('%s: its levels are offered, a block is inserted at one and re-levelled to another', (_, files) =>
  inWord(async ({ page }) => {
    await importFiles(page, await files());
    expect(await levelControl(page).locator('option').allTextContents()).toEqual(COORDINATOR_LEVEL_LABELS);

    await chooseLevel(page, 'Coordinator I');
    await page.getByRole('button', { name: 'Credentialing', exact: false }).first().click();
    await page.getByRole('checkbox', { name: 'Prepares credentialing files', exact: true }).check();
    await page.getByRole('button', { name: 'Insert at cursor' }).click();
    await insertedStatus(page).waitFor();
    await showView(page, 'In this document');
    const block = page
      .getByRole('region', { name: 'In this document' })
      .locator('ul[aria-label="Blocks in this document"] > li')
      .filter({ hasText: 'Credentialing' });
    await block.getByText('Coordinator I · catalog version').waitFor();
    expect(await levelTags(page)).toEqual(['coordinator-i']);

    await block.getByRole('button', { name: 'Re-level' }).click();
    await block.getByLabel('New level').selectOption('coordinator-iii');
    await block.getByRole('button', { name: 'Show changes' }).click();
    await block
      .getByRole('list', { name: 'What would change' })
      .getByText('Added: Leads the credentialing team')
      .waitFor();
    await block.getByRole('button', { name: 'Apply' }).click();
    await block.getByText('Coordinator III · catalog version').waitFor();
    const paragraphs = (await fakeDocument(page)).body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toContain('Leads the credentialing team');
    expect(paragraphs).not.toContain('Prepares credentialing files');
    expect(await levelTags(page)).toEqual(['coordinator-iii']);
  }),
);
