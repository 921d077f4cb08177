/**
 * Standalone preview in Chromium, office.js unreachable: the whole flow from level to inserted
 * sections in the sample document, and a pane that never waits on the CDN.
 */
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_COMPOSE_OPTIONS } from '../../src/compose/selection';
import { OFFICE_CDN } from './browser';
import {
  appTookOver,
  chooseLevel,
  competencyPanels,
  dismissFirstRun,
  ITEM_CHECKBOX,
  labelOf,
  levelControl,
  search,
  openPane,
  paneSessionPerFile,
  tickByName,
} from './pane';

const session = paneSessionPerFile();

/** Where each text starts in the document's text (-1 when absent). */
async function positions(region: Locator, texts: string[]): Promise<number[]> {
  const all = (await region.innerText()).replace(/\s+/g, ' ');
  return texts.map((t) => all.indexOf(t.replace(/\s+/g, ' ')));
}

function paragraphWith(region: Locator, text: string): Locator {
  return region.locator('p, li, h1, h2, h3, h4, h5, h6').filter({ hasText: text }).last();
}

async function computed(
  el: Locator,
): Promise<{ tag: string; font: string; size: string; weight: string; color: string }> {
  return el.evaluate((node) => {
    const s = getComputedStyle(node);
    return { tag: node.tagName, font: s.fontFamily, size: s.fontSize, weight: s.fontWeight, color: s.color };
  });
}

describe('standalone preview (office.js unreachable)', () => {
  test('the pane is usable while the office.js request is still hanging', async () => {
    const context = await session().browser.newContext({ viewport: { width: 400, height: 800 } });
    let officeRequested = false;
    // Never answered: a CDN that hangs, the worst case for a pane that waits on it.
    await context.route(OFFICE_CDN, () => {
      officeRequested = true;
    });
    const page = await context.newPage();
    try {
      // Not "load": a script that never arrives holds the load event back, which is the point of this test.
      await page.goto(`${session().server.origin}/taskpane.html`, { waitUntil: 'domcontentloaded' });
      await levelControl(page).waitFor({ state: 'visible' });
      await appTookOver(page);
      expect(await levelControl(page).isEnabled()).toBe(true);
      expect(officeRequested).toBe(true);
      await dismissFirstRun(page);
      await chooseLevel(page, 'Executive');
      await expect(levelControl(page).inputValue()).resolves.toBe('executive');
    } finally {
      await context.close();
    }
  });

  test('choose Mid-Career, search, tick responsibilities of two competencies and three skills, insert', async () => {
    const { page, context, errors } = await openPane(session(), { width: 1100, height: 900 });
    try {
      await runFlow(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

async function runFlow(page: Page): Promise<void> {
  await dismissFirstRun(page);
  await chooseLevel(page, 'Mid-Career');
  await search(page, 'policies');
  const panels = competencyPanels(page);
  await panels.nth(1).waitFor(); // the search opens every competency with a match

  // One responsibility in each of the first two matching competencies, in the pane's (catalog) order.
  const competencies: string[] = [];
  const responsibilities: string[] = [];
  for (const i of [0, 1]) {
    const panel = panels.nth(i);
    const selectAll = panel.getByRole('checkbox', { name: /^Select all in / });
    competencies.push(((await selectAll.getAttribute('aria-label')) ?? '').replace(/^Select all in /, ''));
    responsibilities.push(await tickByName(panel, await labelOf(panel.getByRole('checkbox', ITEM_CHECKBOX).first())));
  }
  await search(page, '');

  const skillList = page.getByRole('region', { name: 'Knowledge and skills' });
  const skillBoxes = skillList.getByRole('checkbox');
  const skills: string[] = [];
  for (const i of [4, 0, 2]) skills.push(await tickByName(skillList, await labelOf(skillBoxes.nth(i)))); // out of order
  const skillsInCatalogOrder = [skills[1], skills[2], skills[0]];

  await page.getByRole('button', { name: 'Insert at cursor' }).click();
  const document = page.getByRole('region', { name: 'Sample document (preview)' });
  await document.getByText(responsibilities[0], { exact: false }).first().waitFor();

  // Everything ticked is there, once, in catalog order: competencies' responsibilities, then skills.
  const ordered = [competencies[0], responsibilities[0], competencies[1], responsibilities[1], ...skillsInCatalogOrder];
  const at = await positions(document, ordered);
  expect(at.every((p) => p >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);

  // Inserted at the cursor: after the template's text above it and before the text below it.
  const [above, inserted, below] = await positions(document, [
    'The duties below are representative',
    responsibilities[0],
    'Working Conditions',
  ]);
  expect(above).toBeGreaterThanOrEqual(0);
  expect(above < inserted && inserted < below).toBe(true);

  // In the template's styles: the new section heading looks like the template's own section headings,
  // competency titles are headings, responsibilities and skills are bullets.
  const templateHeading = await computed(paragraphWith(document, 'Duties and Responsibilities'));
  const sectionHeading = await computed(paragraphWith(document, DEFAULT_COMPOSE_OPTIONS.headings.skills));
  expect(sectionHeading).toEqual({ ...templateHeading, tag: sectionHeading.tag });
  expect(sectionHeading.tag).toMatch(/^H[1-6]$/);
  expect((await computed(paragraphWith(document, competencies[0]))).tag).toMatch(/^H[1-6]$/);
  for (const text of [...responsibilities, skills[0]]) {
    expect((await computed(paragraphWith(document, text.slice(0, 40)))).tag).toBe('LI');
  }

  // The pane confirms what it inserted.
  await expect(
    page
      .getByText(/inserted/i)
      .first()
      .isVisible(),
  ).resolves.toBe(true);
}
