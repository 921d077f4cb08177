/**
 * A 10,000-item organization catalog in Chromium: the pane renders about one screen of its thousand skills and
 * of its eighty competencies (virtual lists) and no rows of collapsed competencies, and the lists still work for
 * everyone: Tab walks the skills and the competency headers in order, a tick survives scrolling away and back,
 * the selection count follows, search highlights the rows shown, and axe finds no violations.
 */
import type { Page } from 'playwright-core';
import { levelView } from '../../src/catalog/query';
import { generateCatalog } from '../support/generate-catalog';
import { jsonFile } from './catalog-fixtures';
import { dismissFirstRun, openPane, paneSessionPerFile, showView, violations, type OpenPane } from './pane';

const session = paneSessionPerFile();
const catalog = generateCatalog(10_000);
const firstLevel = levelView(catalog, catalog.levels[0].id);
const skillNames = firstLevel.skills.map((s) => s.name);
const competencyTitles = firstLevel.competencies.map((c) => c.competency.title);

async function withLargeCatalog(test: (page: Page) => Promise<void>): Promise<void> {
  const pane: OpenPane = await openPane(session(), { width: 400, height: 900 });
  try {
    const { page } = pane;
    await dismissFirstRun(page);
    await showView(page, 'Catalogs and profiles');
    await page.getByLabel('Catalog file').setInputFiles(jsonFile('generated.json', catalog));
    await page
      .getByRole('group', { name: 'Catalog to import' })
      .getByRole('button', { name: 'Use this catalog' })
      .click();
    await page.getByText(`Now using “${catalog.title}”.`, { exact: true }).waitFor();
    await showView(page, 'Build');
    await skillBox(page, skillNames[0]).waitFor();
    await test(page);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.context.close();
  }
}

function skillBox(page: Page, name: string) {
  return page.getByRole('checkbox', { name, exact: true });
}

/** The skill rows in the DOM, in DOM order. */
function renderedSkills(page: Page): Promise<string[]> {
  return page
    .getByRole('checkbox', { name: /^Skill \d+$/ })
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? ''));
}

/** The titles of the competency headers in the DOM, in DOM order. */
function renderedCompetencies(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Competencies' })
    .locator('.fui-AccordionHeader button > span > span:first-child')
    .evaluateAll((titles) => titles.map((t) => t.textContent ?? ''));
}

/** The title of the competency whose header holds keyboard focus. */
function focusedCompetency(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document.activeElement?.closest('.fui-AccordionHeader')?.querySelector('button > span > span')?.textContent ?? '',
  );
}

/** What holds focus, then after each of `steps` presses of Tab. */
async function tabWalk(page: Page, steps: number, focused: (page: Page) => Promise<string>): Promise<string[]> {
  const walked = [await focused(page)];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    walked.push(await focused(page));
  }
  return walked;
}

/**
 * Scrolls the Build view's column (the element that scrolls) to its top, its bottom or a distance from its top in
 * px, as a user's wheel would.
 */
async function scrollColumn(page: Page, to: 'top' | 'bottom' | number): Promise<void> {
  await page.evaluate((end) => {
    const column = Array.from(document.querySelectorAll<HTMLElement>('*')).find(
      (el) => getComputedStyle(el).overflowY === 'auto' && el.scrollHeight > el.clientHeight + 1,
    );
    if (!column) throw new Error('No scrolling column');
    column.scrollTop = end === 'top' ? 0 : end === 'bottom' ? column.scrollHeight : end;
  }, to);
}

/**
 * Where drawn competencies of the virtual list do not meet edge to edge (a gap or an overlap of more than 2 px
 * between one and the next): none once the list has settled.
 */
function competencyGaps(): string[] {
  const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-index]')).filter((r) =>
    r.querySelector(':scope > .fui-AccordionItem'),
  );
  const gaps: string[] = [];
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (!next || Number(next.dataset.index) !== Number(row.dataset.index) + 1) return;
    const gap = next.getBoundingClientRect().top - row.getBoundingClientRect().bottom;
    if (Math.abs(gap) > 2) gaps.push(`${row.dataset.index} -> ${next.dataset.index}: ${Math.round(gap)} px`);
  });
  return gaps;
}

/** Types a query without scrolling the column (as a user's typing would not), and waits for its lists. */
async function searchInPlace(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, q);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
  await page.getByText(/\d+ matching items?$/).waitFor();
}

/** The label of the focused checkbox. */
function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
}

test('about one screen of a thousand skills and of eighty competencies is rendered, and no rows of collapsed ones', () =>
  withLargeCatalog(async (page) => {
    expect(skillNames.length).toBeGreaterThanOrEqual(1000);
    const rendered = await renderedSkills(page);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(60);
    // In list order, from the first skill.
    expect(rendered).toEqual(skillNames.slice(0, rendered.length));
    // The competencies likewise: the first screen of headers and a few more, in catalog order.
    expect(competencyTitles.length).toBeGreaterThanOrEqual(80);
    const headers = await renderedCompetencies(page);
    expect(headers.length).toBeGreaterThan(5);
    expect(headers.length).toBeLessThan(40);
    expect(headers).toEqual(competencyTitles.slice(0, headers.length));
    // Only open competencies have a panel (with its rows): the collapsed ones draw none.
    const open = await page.locator('.fui-AccordionHeader button[aria-expanded="true"]').count();
    expect(await page.locator('.fui-AccordionPanel').count()).toBe(open);
    expect(open).toBeLessThan(2);
  }));

test('Tab walks the skills in order, past the rows first rendered; a tick is counted and kept', () =>
  withLargeCatalog(async (page) => {
    const first = await renderedSkills(page);
    await skillBox(page, skillNames[0]).focus();
    const steps = first.length + 20;
    const walked = await tabWalk(page, steps, focusedLabel);
    expect(walked).toEqual(skillNames.slice(0, steps + 1));
    // Space ticks the focused skill, far below the first screen.
    await page.keyboard.press('Space');
    const ticked = skillNames[steps];
    await expect(skillBox(page, ticked).isChecked()).resolves.toBe(true);
    await page.getByText('1 item selected: 1 skill').waitFor();
    // Scrolled away (focus elsewhere), the ticked row leaves the DOM; walked to again, it is still ticked.
    await scrollColumn(page, 'top');
    await skillBox(page, skillNames[0]).focus();
    await scrollColumn(page, 'bottom');
    await skillBox(page, ticked).waitFor({ state: 'detached' });
    const last = skillNames[skillNames.length - 1];
    await skillBox(page, last).check();
    await page.getByText('2 items selected: 2 skills').waitFor();
    await scrollColumn(page, 'top');
    await skillBox(page, skillNames[0]).focus();
    for (let i = 0; i < steps; i++) await page.keyboard.press('Tab');
    await expect(focusedLabel(page)).resolves.toBe(ticked);
    await expect(skillBox(page, ticked).isChecked()).resolves.toBe(true);
  }));

test('Tab walks the competency headers in order, past those first rendered; one opened far below shows its rows', () =>
  withLargeCatalog(async (page) => {
    const first = await renderedCompetencies(page);
    await page.locator('.fui-AccordionHeader button').first().focus();
    const steps = first.length + 10;
    const walked = await tabWalk(page, steps, focusedCompetency);
    expect(walked).toEqual(competencyTitles.slice(0, steps + 1));
    // Enter opens the focused competency; its Select all and rows follow its header.
    await page.keyboard.press('Enter');
    const title = competencyTitles[steps];
    await page.getByRole('checkbox', { name: `Select all in ${title}` }).waitFor();
    const rows = firstLevel.competencies[steps].responsibilities;
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focusedLabel(page)).resolves.toBe(rows[0].text);
    // Shift+Tab goes back up through the headers rendered above.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(focusedCompetency(page)).resolves.toBe(competencyTitles[steps - 1]);
  }));

test('search highlights the rows shown; axe finds no violations in the long lists', () =>
  withLargeCatalog(async (page) => {
    expect(await violations(page)).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Skill 99');
    await page.getByText(/\d+ matching items?$/).waitFor();
    // Each word is matched on its own: Skill 99, 199, ... 899 and 990-999, with "99" marked in each.
    const matching = skillNames.filter((n) => n.includes('99'));
    expect(matching).toHaveLength(19);
    await expect(renderedSkills(page)).resolves.toEqual(matching);
    const marked = await page
      .getByRole('checkbox', { name: /^Skill \d+$/ })
      .evaluateAll((boxes) =>
        boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.querySelector('mark')?.textContent),
      );
    expect(marked.filter((m) => m?.toLowerCase() === 'skill' || m === '99')).toHaveLength(19);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
    await skillBox(page, skillNames[0]).waitFor();
    expect(await violations(page)).toEqual([]);
  }));

test('a search that opens every competency draws the rows near the view only; scrolling to one draws its rows', () =>
  withLargeCatalog(async (page) => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('data');
    // Every competency has a responsibility about data: the search opens them all (the deferred render), and
    // only those near the view are drawn.
    const competencies = page.getByRole('region', { name: 'Competencies' });
    await competencies.locator('.fui-AccordionHeader button[aria-expanded="true"]').first().waitFor();
    await competencies
      .locator('.fui-AccordionHeader button[aria-expanded="false"]')
      .first()
      .waitFor({ state: 'detached' });
    const headers = await renderedCompetencies(page);
    expect(headers.length).toBeLessThan(20);
    expect(headers).toEqual(competencyTitles.slice(0, headers.length));
    const rows = page.locator('.fui-AccordionPanel input[type="checkbox"]:not([aria-label^="Select all"])');
    const drawn = await rows.count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(100);
    // The last competency, far below, draws its matching rows (highlighted) once scrolled into view.
    const lastTitle = competencyTitles[competencyTitles.length - 1];
    await scrollColumn(page, 'bottom');
    const last = competencies.locator('.fui-AccordionItem').filter({ hasText: lastTitle });
    await last.scrollIntoViewIfNeeded();
    await last.locator('.fui-AccordionPanel input[type="checkbox"]').first().waitFor();
    expect(await last.locator('.fui-AccordionPanel mark').count()).toBeGreaterThan(0);
    expect(await renderedCompetencies(page)).not.toContain(competencyTitles[0]);
  }));

test('competencies a search opens or closes out of view are placed again: the list stays edge to edge', () =>
  withLargeCatalog(async (page) => {
    await searchInPlace(page, 'data');
    await scrollColumn(page, 3000);
    for (const query of ['review', 'data', 'peer review', 'credentialing', 'data']) {
      await searchInPlace(page, query);
      // Settled: the drawn ones measured, within a few frames.
      let gaps = await page.evaluate(competencyGaps);
      for (let wait = 0; gaps.length > 0 && wait < 50; wait++) {
        await page.waitForTimeout(100);
        gaps = await page.evaluate(competencyGaps);
      }
      expect({ query, gaps }).toEqual({ query, gaps: [] });
    }
  }));

test('Tab and Shift+Tab from a row the wheel scrolled out of view reach the rows beside it, in both lists', () =>
  withLargeCatalog(async (page) => {
    const at = 10;
    const headers = page.getByRole('region', { name: 'Competencies' }).locator('.fui-AccordionHeader button');
    const cases: { focus(): Promise<void>; focused(page: Page): Promise<string>; names: string[] }[] = [
      { focus: () => skillBox(page, skillNames[at]).focus(), focused: focusedLabel, names: skillNames },
      { focus: () => headers.nth(at).focus(), focused: focusedCompetency, names: competencyTitles },
    ];
    for (const { focus, focused, names } of cases) {
      for (const [key, expected] of [
        ['Tab', names[at + 1]],
        ['Shift+Tab', names[at - 1]],
      ] as const) {
        await scrollColumn(page, 'top');
        await focus();
        await expect(focused(page)).resolves.toBe(names[at]);
        // The wheel moves the view, not the focus: the rows beside the focused one leave the view. The wait lets
        // the list re-render for the new view first, as it would under a user's hand.
        await scrollColumn(page, 'bottom');
        await page.waitForTimeout(100);
        await page.keyboard.press(key);
        await expect(focused(page)).resolves.toBe(expected);
      }
    }
  }));
