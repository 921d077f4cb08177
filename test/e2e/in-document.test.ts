/**
 * Standalone preview in Chromium: a competency inserted at Entry level is re-levelled from "In this
 * document" (the sample document changes in place) and then removed.
 */
import { builtinCatalog } from '../../src/catalog/builtin';
import { levelView } from '../../src/catalog/query';
import { chooseLevel, dismissFirstRun, openPane, paneSessionPerFile, showView } from './pane';

const session = paneSessionPerFile();

const catalog = builtinCatalog();
// A competency whose responsibilities differ between the two levels, so the document shows which level the block is at.
const competencyId = 'clinical-competency-peer-review';
const entry = levelView(catalog, 'entry').competencies.find((c) => c.competency.id === competencyId)!;
const midCareer = levelView(catalog, 'mid-career').competencies.find((c) => c.competency.id === competencyId)!;
const entryOnly = entry.responsibilities.find((r) => !midCareer.responsibilities.some((m) => m.text === r.text))!.text;
const midCareerOnly = midCareer.responsibilities.find(
  (m) => !entry.responsibilities.some((r) => r.text === m.text),
)!.text;

test('insert a competency at Entry level, re-level it to Mid-Career in place, then remove it', async () => {
  const { page, context, errors } = await openPane(session(), { width: 1100, height: 900 });
  try {
    await dismissFirstRun(page);
    await chooseLevel(page, 'Entry Level');
    await page.getByRole('button', { name: new RegExp(`^${entry.competency.title}`) }).click();
    await page.getByRole('checkbox', { name: `Select all in ${entry.competency.title}` }).check();
    await page.getByRole('button', { name: 'Insert at cursor' }).click();
    const document = page.getByRole('region', { name: 'Sample document (preview)' });
    await document.getByText(entryOnly).first().waitFor();

    await showView(page, 'In this document');
    const inDocument = page.getByRole('region', { name: 'In this document' });
    const block = inDocument.getByRole('listitem').filter({ hasText: entry.competency.title });
    await block.getByText(/Entry Level · catalog version/).waitFor();
    await block.getByRole('button', { name: 'Re-level' }).click();
    await block.getByLabel('New level').selectOption('mid-career');
    await block.getByRole('button', { name: 'Show changes' }).click();
    await block
      .getByRole('listitem')
      .filter({ hasText: `Added: ${midCareerOnly}` })
      .waitFor();
    expect(await document.getByText(midCareerOnly).count()).toBe(0); // nothing written before Apply
    await block.getByRole('button', { name: 'Apply' }).click();

    await document.getByText(midCareerOnly).first().waitFor();
    expect(await document.getByText(entryOnly).count()).toBe(0);
    await block.getByText(/Mid-Career · catalog version/).waitFor();

    await block.getByRole('button', { name: 'Remove' }).click();
    await document.getByText(midCareerOnly).first().waitFor({ state: 'detached' });
    await inDocument.getByText(/No job-description blocks yet/).waitFor();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
