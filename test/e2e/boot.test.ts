/**
 * The pane never stays blank or stuck on "Loading…": failures while starting show a plain-language
 * error view with a way to retry.
 */
import type { Page } from 'playwright-core';
import { expectPageError, newPaneContext } from './browser';
import { paneSessionPerFile } from './pane';

const session = paneSessionPerFile();

async function withPage(prepare: (page: Page) => Promise<unknown>, query = ''): Promise<Page> {
  const context = await newPaneContext(session().browser);
  const page = await context.newPage();
  await prepare(page);
  await page.goto(`${session().server.origin}/taskpane.html${query}`);
  return page;
}

async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return alert.innerText();
}

describe('starting the pane', () => {
  test('a script of the pane that cannot be downloaded: an error view, not an endless skeleton', async () => {
    const page = await withPage((p) => p.route(/\/vendor\.[0-9a-f]+\.js$/, (route) => route.abort('connectionreset')));
    try {
      await expect(alertText(page)).resolves.toMatch(/could not load.*reload/is);
      await expect(page.getByRole('button', { name: 'Reload the pane' }).isVisible()).resolves.toBe(true);
    } finally {
      await page.context().close();
    }
  });

  test('the style sheet that cannot be downloaded: an error view, not an unstyled pane', async () => {
    const page = await withPage((p) =>
      p.route(/\/griffel\.[0-9a-f]+\.css$/, (route) => route.abort('connectionreset')),
    );
    try {
      await expect(alertText(page)).resolves.toMatch(/could not load.*reload/is);
    } finally {
      await page.context().close();
    }
  });

  test('the app failing as it starts: an error view naming the problem', async () => {
    const page = await withPage((p) => {
      expectPageError(p.context(), /catalog bundle is damaged/);
      return p.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("catalog bundle is damaged");' }),
      );
    });
    try {
      await expect(alertText(page)).resolves.toMatch(/could not start[\s\S]*catalog bundle is damaged/);
    } finally {
      await page.context().close();
    }
  });

  test('inside Word with office.js unreachable: says so instead of pretending to work on the document', async () => {
    // Word passes _host_Info to the pane; the CDN is blocked by the test context.
    const page = await withPage(async () => undefined, '?_host_Info=Word$Win32$16.01$en-US$$$$0');
    try {
      await expect(alertText(page)).resolves.toMatch(/office\.js\) did not load/);
      await expect(page.getByRole('region', { name: 'Sample document (preview)' }).count()).resolves.toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
