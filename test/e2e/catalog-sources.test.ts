/**
 * Organization catalogs in Chromium, standalone and hosted in Word (test double): imported from a
 * JSON, CSV or XLSX file, or loaded from a central https address (served through Playwright's routing,
 * so no real server is involved). Good catalogs are previewed and used; bad ones are refused with their
 * problems while the catalog in use stays; hostile text stays text everywhere, the document included.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import type { Catalog } from '../../src/catalog/types';
import type { FakeDocumentSnapshot } from '../support/fake-word';
import {
  csvFile,
  HOSTILE,
  hostileCatalog,
  hugeJson,
  jsonFile,
  orgCatalog,
  SHEET_ROWS,
  textFile,
  xlsxFile,
  type CatalogFile,
} from './catalog-fixtures';
import { fakeDocument, fakeOfficeScript } from './fake-office';
import {
  appTookOver,
  catalogChoice,
  dismissFirstRun,
  openPane,
  paneSessionPerFile,
  search,
  tickByName,
  type OpenPane,
  showView,
} from './pane';

const session = paneSessionPerFile();

type Mode = 'standalone' | 'hosted';

const CATALOG_HOST = 'catalogs.example.org';
const KEPT = 'The catalog in use has not changed.';

/** Hosted mode: a short job description with the cursor in its empty paragraph under "Duties". */
const TEMPLATE = [{ text: 'Job Description', style: 'Title' }, { text: 'Duties', style: 'Heading 1' }, ''];

interface CatalogServer {
  /** Every request the page made to the catalog host, whatever its scheme or method. */
  requests: Request[];
  /** How the host answers now; by default it cannot be reached. */
  answer: (route: Route, request: Request) => Promise<void>;
}

interface CatalogPane extends OpenPane {
  server: CatalogServer;
}

/** The pane in either mode, with the catalog host served by the test. */
async function openCatalogPane(mode: Mode): Promise<CatalogPane> {
  const pane = await openPane(session(), {
    width: mode === 'standalone' ? 1100 : 400,
    initScripts: mode === 'hosted' ? [fakeOfficeScript({ body: TEMPLATE, selection: { paragraph: 2 } })] : [],
  });
  const server = await serveCatalogHost(pane.context);
  await dismissFirstRun(pane.page);
  return { ...pane, server };
}

async function serveCatalogHost(context: BrowserContext): Promise<CatalogServer> {
  const server: CatalogServer = { requests: [], answer: (route) => route.abort('internetdisconnected') };
  await context.route(
    (url) => url.hostname === CATALOG_HOST,
    (route, request) => {
      server.requests.push(request);
      return server.answer(route, request);
    },
  );
  return server;
}

/** What a static host set up for a cross-origin catalog sends (the ETag exposed so the pane can revalidate). */
function reply(body: string | Buffer, headers: Record<string, string> = {}, status = 200) {
  return (route: Route) =>
    route.fulfill({
      status,
      body,
      headers: {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'ETag',
        ...headers,
      },
    });
}

/** The title of the catalog the pane's Catalog choice shows. */
async function selectedCatalog(page: Page): Promise<string> {
  return (await catalogChoice(page)).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
}

async function catalogOptions(page: Page): Promise<string[]> {
  return (await catalogChoice(page)).locator('option').allTextContents();
}

function competencyList(page: Page) {
  return page.getByRole('region', { name: 'Competencies' });
}

/** The pane uses the catalog: it is the chosen one and its competencies (at the current level) are listed. */
async function expectInUse(page: Page, title: string, competency: string): Promise<void> {
  await showView(page, 'Build');
  await competencyList(page).getByText(competency, { exact: true }).first().waitFor();
  expect(await selectedCatalog(page)).toBe(title);
}

function countsOf(catalog: Catalog): string {
  const responsibilities = catalog.competencies
    .flatMap((c) => Object.values(c.levels))
    .reduce((n, l) => n + l.responsibilities.length, 0);
  return (
    `${catalog.competencies.length} competencies, ${responsibilities} responsibilities, ` +
    `${catalog.skills.length} skills, ${catalog.qualifications.length} qualifications`
  );
}

/** Chooses the file the way the "Import catalog…" button's file picker would, and returns the preview. */
async function chooseFile(page: Page, file: CatalogFile) {
  await showView(page, 'Catalogs and profiles');
  await page.getByLabel('Catalog file').setInputFiles(file);
  return page.getByRole('group', { name: 'Catalog to import' });
}

async function useImported(page: Page, file: CatalogFile, expected: { title: string; version: RegExp | string }) {
  const preview = await chooseFile(page, file);
  await preview.waitFor();
  const heading = (await preview.locator('p').first().innerText()).trim();
  expect(heading).toMatch(new RegExp(`^${escapeRegExp(expected.title)}, version `));
  if (typeof expected.version === 'string') expect(heading.endsWith(`version ${expected.version}`)).toBe(true);
  else expect(heading).toMatch(expected.version);
  const text = await preview.innerText();
  await preview.getByRole('button', { name: 'Use this catalog' }).click();
  await page.getByText(`Now using “${expected.title}”.`, { exact: true }).waitFor();
  await preview.waitFor({ state: 'hidden' });
  return text;
}

/** The Problems list once it names this problem (earlier problems' lists are replaced, never added to). */
async function problemsNaming(page: Page, problem: RegExp): Promise<string[]> {
  const problems = page.getByRole('list', { name: 'Problems' }).filter({ hasText: problem });
  await problems.waitFor();
  return (await problems.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
}

/** Refused with a clear error, nothing offered for import, and the catalog in use still in use. */
async function expectRefused(
  page: Page,
  title: string,
  problem: RegExp,
  kept: { title: string; competency: string },
): Promise<string[]> {
  const lines = await problemsNaming(page, problem);
  await page.getByText(title, { exact: true }).waitFor();
  expect(lines[lines.length - 1]).toBe(KEPT);
  expect(lines.length).toBeGreaterThan(1);
  await expect(page.getByRole('group', { name: 'Catalog to import' }).count()).resolves.toBe(0);
  await expectInUse(page, kept.title, kept.competency);
  return lines;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Ticks one responsibility (found by searching for it) and inserts it: into Word, or the sample document. */
async function insertResponsibility(page: Page, mode: Mode, text: string, searchFor: string): Promise<void> {
  await showView(page, 'Build');
  await search(page, searchFor);
  await tickByName(page, text);
  await search(page, '');
  await page.getByRole('button', { name: 'Insert at cursor' }).click();
  if (mode === 'hosted')
    await page.waitForFunction(
      (t) =>
        (window as unknown as { __fakeWord: { snapshot(): FakeDocumentSnapshot } }).__fakeWord
          .snapshot()
          .body.some((b) => b.kind === 'paragraph' && b.text === t),
      text,
    );
  else
    await page
      .getByRole('region', { name: 'Sample document (preview)' })
      .getByText(text, { exact: true })
      .first()
      .waitFor();
}

async function documentParagraphs(page: Page): Promise<string[]> {
  return (await fakeDocument(page)).body.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

const ACME = orgCatalog();
const ACME_FIRST = ACME.competencies[0];
const SHEET_COMPETENCY = SHEET_ROWS[1][0];

describe.each<Mode>(['standalone', 'hosted'])('organization catalogs, %s', (mode) => {
  describe('good files', () => {
    let pane: CatalogPane;
    beforeAll(async () => {
      pane = await openCatalogPane(mode);
    });
    afterAll(() => pane?.context.close());

    test('a JSON catalog is previewed (title, version, counts, sample), then used', async () => {
      const { page, errors } = pane;
      const preview = await useImported(page, jsonFile('acme.json', ACME), {
        title: ACME.title,
        version: ACME.version,
      });
      expect(preview).toContain(countsOf(ACME));
      expect(preview).toContain(
        `${ACME_FIRST.title} (Entry Level): ${ACME_FIRST.levels.entry.responsibilities[0].text}`,
      );
      expect(preview).toContain(`${ACME.skills[0].name}: ${ACME.skills[0].description}`);
      await expectInUse(page, ACME.title, ACME_FIRST.title);
      // The built-in catalogs are still offered beside it.
      expect((await catalogOptions(page)).length).toBeGreaterThan(2);

      if (mode === 'hosted') {
        const text = ACME_FIRST.levels.entry.responsibilities[1].text;
        await insertResponsibility(page, mode, text, text.slice(0, 30));
        expect(await documentParagraphs(page)).toContain(text);
      }
      expect(errors).toEqual([]);
    });

    test('a CSV sheet is previewed with its rows counted, then used', async () => {
      const { page, errors } = pane;
      const preview = await useImported(page, csvFile('acme-sheet.csv'), {
        title: 'acme-sheet',
        version: /version \S+$/,
      });
      expect(preview).toContain('2 competencies, 4 responsibilities, 2 skills, 0 qualifications');
      expect(preview).toContain(`${SHEET_COMPETENCY} (Entry Level): ${SHEET_ROWS[1][2]}`);
      expect(preview).toContain(`${SHEET_ROWS[5][4]}: ${SHEET_ROWS[5][5]}`);
      await expectInUse(page, 'acme-sheet', SHEET_COMPETENCY);
      await competencyList(page).getByText(SHEET_ROWS[4][0], { exact: true }).waitFor();
      expect(errors).toEqual([]);
    });

    test('an XLSX workbook is previewed with its rows counted, then used', async () => {
      const { page, errors } = pane;
      const preview = await useImported(page, await xlsxFile('acme-workbook.xlsx'), {
        title: 'acme-workbook',
        version: /version \S+$/,
      });
      expect(preview).toContain('2 competencies, 4 responsibilities, 2 skills, 0 qualifications');
      expect(preview).toContain(`${SHEET_COMPETENCY} (Mid-Career): ${SHEET_ROWS[3][2]}`);
      await expectInUse(page, 'acme-workbook', SHEET_COMPETENCY);
      expect(await catalogOptions(page)).toEqual(expect.arrayContaining([ACME.title, 'acme-sheet', 'acme-workbook']));

      if (mode === 'hosted') {
        const text = SHEET_ROWS[2][2];
        await insertResponsibility(page, mode, text, 'expiring');
        expect(await documentParagraphs(page)).toContain(text);
      }
      expect(errors).toEqual([]);
    });
  });

  describe('bad files and addresses: refused, and the catalog in use stays', () => {
    let pane: CatalogPane;
    const kept = { title: ACME.title, competency: ACME_FIRST.title };
    beforeAll(async () => {
      pane = await openCatalogPane(mode);
      await useImported(pane.page, jsonFile('acme.json', ACME), { title: ACME.title, version: ACME.version });
    });
    afterAll(() => pane?.context.close());
    afterEach(() => expect(pane.errors).toEqual([]));

    const refusedFile = (name: string, problem: RegExp) =>
      expectRefused(pane.page, `“${name}” was not imported`, problem, kept);

    test('malformed JSON: the line and column', async () => {
      const text = '{\n  "schemaVersion": 1,\n  "id": "broken",\n  "title": oops\n}\n';
      await chooseFile(pane.page, textFile('broken.json', text));
      const lines = await refusedFile('broken.json', /not valid JSON at line 4, column 12/);
      expect(lines[0]).toContain('oops');
    });

    test('wrong schema: the field and its JSON pointer', async () => {
      const wrong = structuredClone(ACME) as unknown as { competencies: { levels: { entry: { rating: string } } }[] };
      wrong.competencies[1].levels.entry.rating = 'crucial';
      await chooseFile(pane.page, jsonFile('wrong-schema.json', wrong));
      const lines = await refusedFile('wrong-schema.json', /At \/competencies\/1\/levels\/entry\/rating: /);
      expect(lines[0]).toContain('unknown rating "crucial"');
      expect(lines[0]).toContain('field "rating"');
    });

    test('a 20 MB file: too large, with the limit', async () => {
      // From disk: the browser reads a local path itself, where a 20 MB buffer would crawl through the protocol.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-e2e-'));
      try {
        fs.writeFileSync(path.join(dir, 'huge.json'), hugeJson());
        await showView(pane.page, 'Catalogs and profiles');
        await pane.page.getByLabel('Catalog file').setInputFiles(path.join(dir, 'huge.json'));
        const lines = await refusedFile('huge.json', /too large to be a catalog \(20\.0 MB\)/);
        expect(lines[0]).toContain('the limit is 5.0 MB');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test('a CSV with a bad row: its row and column', async () => {
      const rows = [...SHEET_ROWS.slice(0, 2), ['Sheet Committee Support', 'Entry Level', 'Take minutes.', 'Vital']];
      await chooseFile(pane.page, csvFile('bad-row.csv', rows));
      const lines = await refusedFile('bad-row.csv', /Row 3, column 'Essentiality'/);
      expect(lines[0]).toContain('Vital');
    });

    const loadUrl = async (url: string) => {
      await showView(pane.page, 'Catalogs and profiles');
      await pane.page.getByLabel('Catalog URL').fill(url);
      await pane.page.getByRole('button', { name: 'Load' }).click();
    };
    const refusedUrl = (problem: RegExp) => expectRefused(pane.page, 'The catalog could not be loaded', problem, kept);

    test('an http:// address: refused before any request', async () => {
      pane.server.answer = reply(JSON.stringify(ACME));
      const before = pane.server.requests.length;
      await loadUrl(`http://${CATALOG_HOST}/plain.json`);
      await expectRefused(
        pane.page,
        'The catalog address cannot be used',
        /must start with https:\/\/, not http:\/\//,
        kept,
      );
      expect(pane.server.requests.length).toBe(before);
    });

    test('an unreachable address, nothing cached: the host named', async () => {
      pane.server.answer = (route) => route.abort('internetdisconnected');
      await loadUrl(`https://${CATALOG_HOST}/offline.json`);
      await refusedUrl(new RegExp(`Could not reach ${escapeRegExp(CATALOG_HOST)}`));
    });

    test('a server answering with an HTML page (text/html)', async () => {
      pane.server.answer = reply('<!doctype html><html><body>Sign in</body></html>', { 'content-type': 'text/html' });
      await loadUrl(`https://${CATALOG_HOST}/sign-in.json`);
      await refusedUrl(
        /returned a web page \(HTML\), not a catalog at https:\/\/catalogs\.example\.org\/sign-in\.json/,
      );
    });

    test('a server sending an HTML page as application/json', async () => {
      pane.server.answer = reply('\n  <html><body>Sign in</body></html>');
      await loadUrl(`https://${CATALOG_HOST}/disguised.json`);
      await refusedUrl(
        /returned a web page \(HTML\), not a catalog at https:\/\/catalogs\.example\.org\/disguised\.json/,
      );
    });

    test('a 20 MB response: too large, with the limit', async () => {
      pane.server.answer = reply(hugeJson());
      await loadUrl(`https://${CATALOG_HOST}/huge.json`);
      await refusedUrl(/too large to be a catalog; the limit is 5\.0 MB/);
    });

    test('a 404: the status and what to check', async () => {
      pane.server.answer = reply('Not found', { 'content-type': 'text/plain' }, 404);
      await loadUrl(`https://${CATALOG_HOST}/missing.json`);
      await refusedUrl(/answered 404 .*missing\.json \(no file at that address; check the address\)/);
    });

    test('malformed JSON from the address: the line and column', async () => {
      pane.server.answer = reply('{\n  "id": "broken",,\n}');
      await loadUrl(`https://${CATALOG_HOST}/broken.json`);
      await refusedUrl(/not valid JSON at line 2, column 18/);
    });
  });

  test('a central catalog URL: loaded, revalidated with its ETag, used offline, refreshed when it changes', async () => {
    const url = `https://${CATALOG_HOST}/central/acme.json`;
    const v1 = orgCatalog({ id: 'acme-central', title: 'Acme Central Catalog', version: '2026.1', prefix: 'Central ' });
    const v2 = orgCatalog({
      id: 'acme-central',
      title: 'Acme Central Catalog',
      version: '2026.2',
      prefix: 'Central v2 ',
    });
    const first = await openCatalogPane(mode);
    const { context, server } = first;
    const errors = [first.errors];
    /** The same pane opened again later in the same browser profile (localStorage keeps the URL and the cache). */
    const reopen = async (): Promise<Page> => {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      errors.push(pageErrors);
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${session().server.origin}/taskpane.html`);
      await appTookOver(page);
      await dismissFirstRun(page);
      // The catalog's status and address are in this view; expectInUse goes back to Build.
      await showView(page, 'Catalogs and profiles');
      return page;
    };
    const status = (page: Page, text: string) => page.getByText(text, { exact: true }).waitFor();
    /** The server's answer: 304 when the pane's If-None-Match names the current ETag, else the catalog. */
    const serve = (etag: string, catalog: Catalog) => (route: Route, request: Request) =>
      request.headers()['if-none-match'] === etag
        ? reply('', { etag }, 304)(route)
        : reply(JSON.stringify(catalog), { etag })(route);
    try {
      // First load: fetched, used, version shown.
      server.answer = serve('"v1"', v1);
      await showView(first.page, 'Catalogs and profiles');
      await first.page.getByLabel('Catalog URL').fill(url);
      await first.page.getByRole('button', { name: 'Load' }).click();
      await status(first.page, `${v1.title}, version 2026.1 (up to date with the server).`);
      await first.page.getByText(`Now using “${v1.title}”.`).waitFor();
      await expectInUse(first.page, v1.title, v1.competencies[0].title);
      expect(server.requests.map((r) => r.url())).toContain(url);
      // A mistyped address afterwards is refused and does not replace the saved one.
      await showView(first.page, 'Catalogs and profiles');
      await first.page.getByLabel('Catalog URL').fill(url.replace('https:', 'http:'));
      await first.page.getByRole('button', { name: 'Load' }).click();
      await first.page.getByRole('list', { name: 'Problems' }).getByText(KEPT).waitFor();
      await first.page.close();

      // Opened again, unchanged on the server: revalidated with the ETag, answered 304.
      let revalidated = 0;
      server.answer = (route, request) => {
        if (request.method() === 'GET' && request.headers()['if-none-match'] === '"v1"') revalidated++;
        return serve('"v1"', v1)(route, request);
      };
      const second = await reopen();
      await status(second, `${v1.title}, version 2026.1 (up to date with the server).`);
      expect(revalidated).toBe(1);
      expect(await second.getByLabel('Catalog URL').inputValue()).toBe(url);
      // The central catalog is the one in use when the pane opens.
      await expectInUse(second, v1.title, v1.competencies[0].title);
      await second.close();

      // Opened again offline: the cached copy, with its date; loading it again says why, naming the date.
      server.answer = (route) => route.abort('internetdisconnected');
      const third = await reopen();
      const cachedStatus = third.getByText(
        new RegExp(
          `^${escapeRegExp(v1.title)}, version 2026\\.1 \\(cached copy from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\)\\.$`,
        ),
      );
      await cachedStatus.waitFor();
      const date = ((await cachedStatus.innerText()).match(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/) ?? [''])[0];
      // The pane says why without being asked.
      const warning = third.getByText(/The catalog could not be updated from/);
      await warning.waitFor();
      expect(await warning.innerText()).toContain(`Using the cached copy from ${date} (version 2026.1).`);
      await expectInUse(third, v1.title, v1.competencies[0].title);
      await third.close();

      // A new version on the server (new ETag): fetched and put in the old one's place.
      server.answer = serve('"v2"', v2);
      const fourth = await reopen();
      await status(fourth, `${v2.title}, version 2026.2 (up to date with the server).`);
      expect((await catalogOptions(fourth)).filter((t) => t === v2.title)).toHaveLength(1);
      await expectInUse(fourth, v2.title, v2.competencies[0].title);
      await expect(competencyList(fourth).getByText(v1.competencies[0].title, { exact: true }).count()).resolves.toBe(
        0,
      );
      expect(errors.flat()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('an imported catalog is there when the pane opens again, until it is forgotten', async () => {
    const org = orgCatalog({ id: 'acme-kept', title: 'Acme Kept Catalog', version: '3.0', prefix: 'Kept ' });
    const { page, context, errors } = await openCatalogPane(mode);
    try {
      await useImported(page, jsonFile('acme-kept.json', org), { title: org.title, version: org.version });
      await page.close();
      const again = await context.newPage();
      again.on('pageerror', (e) => errors.push(e.message));
      await again.goto(`${session().server.origin}/taskpane.html`);
      await appTookOver(again);
      await showView(again, 'Catalogs and profiles');
      const kept = again.getByRole('list', { name: 'Imported catalogs kept on this computer' });
      await kept.getByText(/^Acme Kept Catalog, version 3\.0/).waitFor();
      await showView(again, 'Build');
      await (await catalogChoice(again)).selectOption({ label: org.title });
      await expectInUse(again, org.title, org.competencies[0].title);
      await showView(again, 'Catalogs and profiles');
      await kept.getByRole('button', { name: `Forget “${org.title}”` }).click();
      await kept.waitFor({ state: 'detached' });
      expect(await catalogOptions(again)).not.toContain(org.title);
      expect(await selectedCatalog(again)).not.toBe(org.title);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a catalog address saved in this document is kept in it, not in the user settings', async () => {
    const url = `https://${CATALOG_HOST}/documents/acme.json`;
    const org = orgCatalog({ id: 'acme-document', title: 'Acme Document Catalog', version: '1.0', prefix: 'Doc ' });
    const { page, context, errors, server } = await openCatalogPane(mode);
    try {
      server.answer = reply(JSON.stringify(org));
      await showView(page, 'Catalogs and profiles');
      await page.getByLabel('Catalog URL').fill(url);
      await page.getByRole('radio', { name: 'This document (saved in it)' }).check();
      await page.getByRole('button', { name: 'Load' }).click();
      await expectInUse(page, org.title, org.competencies[0].title);
      expect(await page.evaluate(() => localStorage.getItem('jdb.catalogUrl'))).toBeNull();
      if (mode === 'hosted') expect((await fakeDocument(page)).settings.jdbCatalogUrl).toBe(url);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('hostile catalog text is shown and inserted as literal text, never run', async () => {
    const hostile = hostileCatalog();
    const { page, context, errors } = await openCatalogPane(mode);
    try {
      const preview = await useImported(page, jsonFile('hostile.json', hostile), {
        title: hostile.title,
        version: hostile.version,
      });
      expect(preview).toContain(HOSTILE.img);
      expect(preview).toContain(HOSTILE.script);
      expect(preview).toContain(HOSTILE.link);
      expect(preview).toContain(HOSTILE.template);
      await expectInUse(page, hostile.title, hostile.competencies[0].title);
      const list = await competencyList(page).innerText();
      expect(list).toContain(`Hostile ${HOSTILE.script}`);
      expect(list).toContain(`Hostile ${HOSTILE.template}`);
      await page
        .getByRole('region', { name: 'Knowledge and skills' })
        .getByText(`Hostile ${HOSTILE.script}`)
        .first()
        .waitFor();

      const inserted = hostile.competencies[0].levels.entry.responsibilities[0].text;
      await insertResponsibility(page, mode, inserted, 'each day');
      if (mode === 'hosted') expect(await documentParagraphs(page)).toContain(inserted);

      // Nothing was made from the text: no element, no script run, no link.
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
      await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
      const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      expect(scripts.some((s) => s.includes('__pwned'))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
