/** axe-core on the production pane in Chromium: no violations in the light, dark and high-contrast themes. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { chooseLevel, competencyPanels, openPane, search, paneSessionPerFile } from './pane';

const session = paneSessionPerFile();

/** Violations as short lines (rule, impact, where), so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}

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
});
