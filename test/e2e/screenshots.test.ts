/**
 * Screenshots of the pane as Word shows it (the Word test double, so no preview document beside it),
 * at 320 and 450 px, light and dark, saved in test-artifacts/screenshots/ for people to look at.
 * The test itself checks what a picture would show badly: nothing wider than the pane.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from './dist';
import { fakeOfficeScript } from './fake-office';
import { chooseLevel, competencyPanels, dismissFirstRun, openPane, search, paneSessionPerFile, insertedStatus } from './pane';

const OUT = path.join(ROOT, 'test-artifacts', 'screenshots');
const TEMPLATE = [{ text: 'Job Description', style: 'Title' }, { text: 'Duties', style: 'Heading 1' }, ''];

const session = paneSessionPerFile();
beforeAll(() => {
  fs.mkdirSync(OUT, { recursive: true });
});

/** The outermost elements reaching past the pane's right edge (clipped or causing a horizontal scrollbar). */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Content cut off by an ancestor that clips it inside the pane (e.g. a collapsed slot) is not seen.
    const clipped = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= window.innerWidth + 1)
          return true;
      }
      return false;
    };
    const found: Element[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (found.some((outer) => outer.contains(el))) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > window.innerWidth + 1 && !clipped(el)) found.push(el);
    }
    return found.map((el) => {
      const label =
        el.getAttribute('aria-label') ?? el.closest('.fui-Field')?.querySelector('label')?.textContent ?? '';
      const name = `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}`;
      return `${name} "${label}" reaches ${Math.round(el.getBoundingClientRect().right)}px of ${window.innerWidth}px`;
    });
  });
}

describe.each([320, 450])('pane at %i px', (width) => {
  test.each(['light', 'dark'] as const)('%s theme', async (theme) => {
    const { page, context } = await openPane(session(), {
      width,
      height: 860,
      initScripts: [fakeOfficeScript({ body: TEMPLATE, selection: { paragraph: 2 }, theme })],
    });
    try {
      await page.screenshot({ path: path.join(OUT, `pane-${width}-${theme}-first-run.png`) });
      expect(await overflowing(page)).toEqual([]);
      await dismissFirstRun(page);
      await chooseLevel(page, 'Mid-Career');
      await search(page, 'verif');
      const panel = competencyPanels(page).first();
      await panel.getByRole('checkbox', { name: /^Select all in / }).check();
      await page.screenshot({ path: path.join(OUT, `pane-${width}-${theme}-picking.png`) });
      expect(await overflowing(page)).toEqual([]);
      await search(page, '');
      await page.getByRole('button', { name: 'Insert at cursor' }).click();
      await insertedStatus(page).waitFor();
      await page.screenshot({ path: path.join(OUT, `pane-${width}-${theme}-inserted.png`) });
    } finally {
      await context.close();
    }
  });
});
