/**
 * The layout choices beside the preview, in the production pane (standalone preview, whose cursor sits after
 * the sample's sentence under "Duties and Responsibilities"): what auto decided and why, the switch from the
 * keyboard, the preview following it, the insertion doing what the preview showed, and axe in two themes.
 */
import { builtinCatalog } from '../../src/catalog/builtin';
import { DEFAULT_COMPOSE_OPTIONS } from '../../src/compose/selection';
import { dismissFirstRun, insertedStatus, openPane, paneSessionPerFile, violations } from './pane';

const session = paneSessionPerFile();
const FIRST_COMPETENCY = builtinCatalog().competencies[0].title;
const PART_HEADING = DEFAULT_COMPOSE_OPTIONS.headings.competencies;

describe.each(['light', 'high-contrast'] as const)('layout choices, %s theme', (theme) => {
  test('auto adds the part heading after body text and says why; switched off, preview and document leave it out', async () => {
    const { page, context, errors } = await openPane(session(), { width: 450, theme });
    try {
      await dismissFirstRun(page);
      await page.getByRole('button', { name: new RegExp(`^${FIRST_COMPETENCY}`) }).click();
      await page
        .getByRole('checkbox', { name: /^Select all in / })
        .first()
        .check();
      const toggle = page.getByRole('switch', { name: 'Add a heading for the part' });
      const preview = page.getByRole('document', { name: 'Preview of the sections to insert' });
      await expect(toggle.isChecked()).resolves.toBe(true);
      await page.getByText('Added: no heading of your document comes right before the cursor.').waitFor();
      await expect(preview.textContent()).resolves.toContain(PART_HEADING);
      await expect(violations(page)).resolves.toEqual([]);

      // Keyboard: the switch is reachable and toggles with Space.
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect(toggle.isChecked()).resolves.toBe(false);
      await page.getByText('Left out, as you chose (remembered in this document).').waitFor();
      await expect(preview.textContent()).resolves.not.toContain(PART_HEADING);
      await page.getByRole('button', { name: 'Decide from the document' }).waitFor();
      await expect(violations(page)).resolves.toEqual([]);

      await page.getByRole('button', { name: 'Insert at cursor' }).click();
      await insertedStatus(page).waitFor();
      const sample = page.getByRole('region', { name: 'Sample document (preview)' });
      const block = sample.getByRole('group', { name: FIRST_COMPETENCY });
      await expect(block.textContent()).resolves.toContain(FIRST_COMPETENCY);
      await expect(block.textContent()).resolves.not.toContain(PART_HEADING);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
