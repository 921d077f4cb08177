/**
 * The matrix, the level comparison and the competency checklist in the standalone preview (production
 * build, office.js unreachable): what they show at 320 px, what choosing a cell does, what the checklist
 * puts in the preview document; axe finds no violation. Screenshots go to test-artifacts/screenshots/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { builtinCatalog } from '../../src/catalog/builtin';
import { ROOT } from './dist';
import {
  dismissFirstRun,
  levelControl,
  openPane,
  overflowing,
  paneSessionPerFile,
  tickByName,
  violations,
} from './pane';

const session = paneSessionPerFile();
const OUT = path.join(ROOT, 'test-artifacts', 'screenshots');
beforeAll(() => fs.mkdirSync(OUT, { recursive: true }));

const catalog = builtinCatalog('namss-jd-builder-2021');
const PSV = catalog.competencies[0];
const OPS = catalog.competencies.find((c) => c.id === 'departmental-operations')!;

async function openAt(width: number, theme: 'light' | 'dark' = 'light') {
  const pane = await openPane(session(), { width, height: 900, theme });
  await dismissFirstRun(pane.page);
  return pane;
}

const tab = (page: Page, name: string) =>
  page.getByRole('group', { name: 'How to show the competencies' }).getByRole('button', { name, exact: true });
const grid = (page: Page) => page.getByRole('grid');
const cell = (page: Page, competency: string, level: string) =>
  grid(page).getByRole('gridcell', { name: `${competency}, ${level}:`, exact: false });

describe('Matrix view', () => {
  test.each(['light', 'dark'] as const)('10 competencies against 4 levels, fitting 320 px (%s)', async (theme) => {
    const { page, context } = await openAt(320, theme);
    try {
      await tab(page, 'Matrix').click();
      await expect(grid(page).getByRole('row').count()).resolves.toBe(11);
      await expect(grid(page).getByRole('row').first().getByRole('columnheader').count()).resolves.toBe(5);
      await expect(grid(page).getByRole('gridcell').count()).resolves.toBe(40);
      const entry = cell(page, PSV.title, 'Entry Level');
      await expect(entry.getAttribute('aria-label')).resolves.toMatch(/: Very Essential, \d+ responsibilities$/);
      // The cell shows the rating abbreviated, spelled out in the key above the grid.
      await expect(entry.innerText()).resolves.toMatch(/^VE\s/);
      await expect(page.locator('abbr[title="Very Essential"]').first().innerText()).resolves.toBe('VE');
      // Nothing of the matrix reaches past the pane, and nothing scrolls sideways.
      expect(await overflowing(page, grid(page))).toEqual([]);
      const scrolls = await page.evaluate(() =>
        Array.from(document.querySelectorAll('*')).some(
          (el) =>
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX !== 'hidden' &&
            getComputedStyle(el).overflowX !== 'visible',
        ),
      );
      expect(scrolls).toBe(false);
      await grid(page).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, `matrix-320-${theme}.png`) });
      if (theme === 'light') expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('clicking the Managerial cell of a competency switches the level and opens it in the list', async () => {
    const { page, context } = await openAt(320);
    try {
      await tab(page, 'Matrix').click();
      await cell(page, OPS.title, 'Managerial').click();
      await expect(levelControl(page).inputValue()).resolves.toBe('managerial');
      const last = OPS.levels.managerial.responsibilities.at(-1)!;
      await page.getByRole('checkbox', { name: last.text, exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('arrow keys move between cells and Enter chooses', async () => {
    const { page, context } = await openAt(450);
    try {
      await tab(page, 'Matrix').click();
      await cell(page, PSV.title, 'Entry Level').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect(levelControl(page).inputValue()).resolves.toBe('managerial');
    } finally {
      await context.close();
    }
  });
});

describe('Compare levels', () => {
  test('Mid-Career to Managerial lists what Manages Departmental Operations adds; axe finds nothing', async () => {
    const { page, context } = await openAt(320);
    try {
      await tab(page, 'Compare levels').click();
      await page.getByLabel('From', { exact: true }).selectOption('mid-career');
      await page.getByLabel('To', { exact: true }).selectOption('managerial');
      const item = page
        .getByRole('list', { name: 'What changes from Mid-Career to Managerial' })
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: OPS.title }) });
      const text = await item.innerText();
      expect(text).toContain('Added (2)');
      expect(text).toContain('Recruit and supervise qualified staff');
      expect(text).toContain('Implement tools and policies');
      expect(await overflowing(page, page.getByRole('region', { name: 'Competencies' }))).toEqual([]);
      await item.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, 'compare-320-light.png') });
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('Insert competency checklist', () => {
  test('three picks become a table of three rows and five columns in the preview document', async () => {
    const { page, context } = await openAt(450);
    try {
      await page.getByRole('button', { name: new RegExp(`^${PSV.title}`) }).click();
      const picked = PSV.levels.entry.responsibilities.slice(0, 3).map((r) => r.text);
      for (const text of picked) await tickByName(page, text);
      await page.getByLabel('Job title for the checklist').fill('Credentialing Specialist');
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Insert competency checklist' }).click();
      const document = page.getByRole('region', { name: 'Sample document (preview)' });
      await document.getByText('Competency Checklist: Credentialing Specialist: Entry Level').waitFor();
      const table = document.locator('table').filter({ hasText: 'Assessor' });
      const header = await table.locator('tr').first().locator('th, td').allInnerTexts();
      expect(header.map((h) => h.trim())).toEqual(['Responsibility', 'Method', 'Date', 'Assessor', 'Met']);
      const firstCells = (await table.locator('tr').allInnerTexts()).slice(1);
      const rows = firstCells.filter((r) => picked.some((p) => r.includes(p.slice(0, 40))));
      expect(rows).toHaveLength(3);
      await table.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, 'checklist-450-light.png') });
    } finally {
      await context.close();
    }
  });
});
