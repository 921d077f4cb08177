/** axe-core on the production pane in Chromium: no violations in the light, dark and high-contrast themes. */
import { builtinCatalog } from '../../src/catalog/builtin';
import {
  chooseLevel,
  competencyPanels,
  dismissFirstRun,
  openPane,
  search,
  paneSessionPerFile,
  showView,
  insertedStatus,
  violations,
} from './pane';

const session = paneSessionPerFile();
const FIRST_COMPETENCY = builtinCatalog().competencies[0].title;

describe.each(['light', 'dark', 'high-contrast'] as const)('accessibility, %s theme', (theme) => {
  test('first open, with the three-step explanation', async () => {
    const { page, context } = await openPane(session(), { width: 450, theme });
    try {
      await expect(violations(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('while searching, with open competencies, highlights and ticked items', async () => {
    const { page, context } = await openPane(session(), { width: 450, theme });
    try {
      await chooseLevel(page, 'Managerial');
      await search(page, 'credential');
      const panel = competencyPanels(page).first();
      await panel.getByRole('checkbox', { name: /^Select all in / }).check();
      await expect(violations(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the lower sections in use: a block with its re-level choice, a kept catalog, an address refused', async () => {
    const { page, context } = await openPane(session(), { width: 450, theme });
    try {
      await dismissFirstRun(page);
      await competencyPanels(page).first().waitFor({ state: 'detached' });
      await page.getByRole('button', { name: new RegExp(`^${FIRST_COMPETENCY}`) }).click();
      await page
        .getByRole('checkbox', { name: /^Select all in / })
        .first()
        .check();
      await page.getByRole('button', { name: 'Insert at cursor' }).click();
      await insertedStatus(page).waitFor();
      await showView(page, 'In this document');
      const block = page.getByRole('region', { name: 'In this document' }).getByRole('listitem').first();
      await block.getByRole('button', { name: 'Re-level' }).click();
      await block.getByRole('button', { name: 'Show changes' }).click();
      await block.getByRole('group', { name: 'Changes to apply' }).waitFor();

      await expect(violations(page)).resolves.toEqual([]);
      await showView(page, 'Catalogs and profiles');
      const csv = 'Competency,Level,Responsibility,Essentiality\r\nAcme,Entry Level,Verifies licenses,Essential\r\n';
      await page
        .getByLabel('Catalog file')
        .setInputFiles({ name: 'acme.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: 'Use this catalog' }).click();
      await page.getByRole('list', { name: 'Imported catalogs kept on this computer' }).waitFor();
      await page.getByLabel('Catalog URL').fill('http://catalogs.example.org/acme.json');
      await page.getByRole('button', { name: 'Load' }).click();
      await page.getByRole('list', { name: 'Problems' }).waitFor();
      await expect(violations(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Run Word checks with its report, and the report shown to copy by hand', async () => {
    const { page, context } = await openPane(session(), { width: 450, theme });
    try {
      await dismissFirstRun(page);
      // A clipboard that refuses, as some Office web views do: the report then shows in a text box.
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new Error('blocked')) },
          configurable: true,
        });
      });
      await page.getByRole('button', { name: 'Help' }).click();
      await page.getByRole('button', { name: 'Run Word checks' }).click();
      await page.getByText(/\d+ of \d+ checks passed/).waitFor({ timeout: 120_000 });
      await page.getByRole('button', { name: 'Copy report' }).click();
      await page.getByLabel('Report (select all and copy)').waitFor();
      await expect(violations(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });
});
