/**
 * Screenshots of the pane as Word shows it (the Word test double, so no preview document beside it),
 * at 320 and 450 px, light and dark, saved in test-artifacts/screenshots/ for people to look at.
 * The test itself checks what a picture would show badly: nothing wider than the pane.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './dist';
import { fakeOfficeScript } from './fake-office';
import {
  chooseLevel,
  competencyPanels,
  dismissFirstRun,
  openPane,
  search,
  paneSessionPerFile,
  insertedStatus,
  overflowing,
} from './pane';

const OUT = path.join(ROOT, 'test-artifacts', 'screenshots');
const TEMPLATE = [{ text: 'Job Description', style: 'Title' }, { text: 'Duties', style: 'Heading 1' }, ''];

const session = paneSessionPerFile();
beforeAll(() => {
  fs.mkdirSync(OUT, { recursive: true });
});

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
