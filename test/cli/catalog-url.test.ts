/**
 * `--catalog https://...`: an organization's central catalog fetched as the pane fetches it (the shared
 * loadCatalogFromUrl), cached in JD_BUILDER_CACHE for offline runs and revalidated with its ETag. The network
 * is Node's global fetch, replaced here by a server double answering from a queue.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { describeTime } from '../../src/catalog/remote/cache';
import { catalogUrlProblem } from '../../src/catalog/remote/catalog-url';
import type { Catalog } from '../../src/catalog/types';
import { readDocx, runCli, tempDir, writeTemplate } from './helpers';

const URL_ = 'https://catalogs.example.org/acme/catalog.json';
const MARKER = 'Acme central catalog:';
const FIRST_ID = 'psv.entry.perform-outreach-primary-sources';

/** The NAMSS catalog as an organization's admin might publish it: a new version, one responsibility reworded. */
function centralCatalog(): Catalog {
  const catalog = JSON.parse(
    readFileSync(path.join(__dirname, '../../catalog/namss-jd-builder-2021.json'), 'utf8'),
  ) as Catalog;
  const first = catalog.competencies[0].levels.entry!.responsibilities[0];
  expect(first.id).toBe(FIRST_ID);
  first.text = `${MARKER} ${first.text}`;
  return { ...catalog, version: '2099.2.0' };
}
const centralText = JSON.stringify(centralCatalog());

const json = (text: string, headers: Record<string, string> = {}) =>
  new Response(text, { status: 200, headers: { 'content-type': 'application/json', ...headers } });

interface Request {
  url: string;
  headers: Record<string, string>;
}

let requests: Request[];
let answers: Array<Response | Error>;
let cache: string;
const savedCache = process.env.JD_BUILDER_CACHE;

beforeEach(() => {
  cache = tempDir();
  process.env.JD_BUILDER_CACHE = cache;
  requests = [];
  answers = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    requests.push({ url: String(input), headers: init?.headers as Record<string, string> });
    const answer = answers.shift();
    if (!answer) throw new Error('the test server has no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  if (savedCache === undefined) delete process.env.JD_BUILDER_CACHE;
  else process.env.JD_BUILDER_CACHE = savedCache;
});

const list = (catalog = URL_) => runCli(['list', '--level', 'entry', '--catalog', catalog]);

/** Inserts the reworded responsibility with --catalog; the output path and the CLI result. */
async function insert(catalog = URL_) {
  const dir = tempDir();
  const { file } = await writeTemplate(dir, 'house');
  const out = path.join(dir, 'out.docx');
  const result = await runCli([
    'insert',
    '--template',
    file,
    '--out',
    out,
    '--level',
    'entry',
    '--select',
    FIRST_ID,
    '--skills',
    'none',
    '--catalog',
    catalog,
  ]);
  return { result, out };
}

const cacheFiles = () => readdirSync(cache);

/** The cached catalog's fetch time, read back from the one file in the cache folder. */
function cachedFetchedAt(): string {
  const [file] = cacheFiles();
  const entry = JSON.parse(readFileSync(path.join(cache, file), 'utf8')) as { value: string };
  return (JSON.parse(entry.value) as { fetchedAt: string }).fetchedAt;
}

describe('--catalog https://', () => {
  test('list uses the fetched catalog and caches it', async () => {
    answers.push(json(centralText, { etag: '"v1"' }));
    const r = await list();
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`${FIRST_ID}  ${MARKER} Perform outreach`);
    expect(requests).toEqual([{ url: URL_, headers: { Accept: 'application/json' } }]);
    expect(cacheFiles()).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.json$/)]);
  });

  test('insert writes the fetched catalog items into the document', async () => {
    answers.push(json(centralText));
    const { result, out } = await insert();
    expect([result.code, result.stderr]).toEqual([0, '']);
    const xml = (await readDocx(out)).get('word/document.xml')!;
    expect(xml).toContain(MARKER);
    expect(xml).toContain('2099.2.0');
  });

  test('blocks refresh takes the address too', async () => {
    const { out: inserted, result } = await insert('catalog/namss-jd-builder-2021.json');
    expect(result.code).toBe(0);
    answers.push(json(centralText));
    const refreshed = path.join(path.dirname(inserted), 'refreshed.docx');
    const r = await runCli([
      'blocks',
      'refresh',
      '--in',
      inserted,
      '--out',
      refreshed,
      '--block',
      '1',
      '--catalog',
      URL_,
    ]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`+ ${MARKER}`);
    expect((await runCli(['blocks', 'list', '--in', refreshed])).stdout).toContain('namss-jd-builder-2021 2099.2.0');
  });

  test('a second run asks with If-None-Match and a 304 reuses the cached copy', async () => {
    answers.push(json(centralText, { etag: '"v1"', 'last-modified': 'Tue, 24 Nov 2026 10:00:00 GMT' }));
    expect((await list()).code).toBe(0);
    answers.push(new Response(null, { status: 304 }));
    const again = await list();
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toContain(MARKER);
    expect(requests[1].headers).toMatchObject({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Tue, 24 Nov 2026 10:00:00 GMT',
    });
  });

  test('offline with a cached copy: works, with a warning naming the copy and its date', async () => {
    answers.push(json(centralText));
    expect((await list()).code).toBe(0);
    answers.push(new TypeError('fetch failed'));
    const offline = await list();
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain(MARKER);
    expect(offline.stderr).toBe(
      `warning: The catalog could not be updated from ${URL_}: Could not reach catalogs.example.org (fetch failed); ` +
        'check the address and the network connection. ' +
        `Using the cached copy from ${describeTime(cachedFetchedAt())} (version 2099.2.0).\n`,
    );
  });

  test('offline without a cached copy: exit 1 naming the host, nothing written', async () => {
    answers.push(new TypeError('fetch failed'));
    const { result, out } = await insert();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^jd-builder: error: Cannot use the catalog at .*Could not reach catalogs\.example\.org/,
    );
    expect(existsSync(out)).toBe(false);
    expect(cacheFiles()).toEqual([]);
  });

  test('http:// is refused in the pane’s words, before any request', async () => {
    const address = 'http://catalogs.example.org/acme/catalog.json';
    const r = await list(address);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `jd-builder: error: ${catalogUrlProblem(address)}\n` });
    expect(r.stderr).toContain('must start with https://');
    expect(requests).toEqual([]);
  });

  test('another scheme is an address too, not a file name', async () => {
    const r = await list('ftp://catalogs.example.org/catalog.json');
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('must start with https://')]);
    expect(requests).toEqual([]);
  });

  test('an HTML page (a sign-in page) is refused and not cached', async () => {
    answers.push(new Response('<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'text/html' } }));
    const { result, out } = await insert();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The server returned a web page (HTML), not a catalog');
    expect(existsSync(out)).toBe(false);
    expect(cacheFiles()).toEqual([]);
  });

  test('a 404 names the status and the address', async () => {
    answers.push(new Response('Not Found', { status: 404, statusText: 'Not Found' }));
    const r = await list();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The server answered 404 Not Found for ${URL_} (no file at that address`);
  });

  test('broken JSON and a catalog failing the schema exit 1 with the problems', async () => {
    answers.push(json('{"id": "acme",'));
    const broken = await list();
    expect([broken.code, broken.stdout]).toEqual([1, '']);
    expect(broken.stderr).toMatch(/^jd-builder: error: Cannot use the catalog at https:\/\/.*JSON/);

    answers.push(json(JSON.stringify({ ...centralCatalog(), levels: 'all of them' })));
    const invalid = await list();
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(`The catalog at ${URL_} is not valid:\n  ${URL_}: `);
    expect(cacheFiles()).toEqual([]);
  });

  test('a bad update keeps the cached copy in use, with a warning', async () => {
    answers.push(json(centralText, { etag: '"v1"' }));
    expect((await list()).code).toBe(0);
    answers.push(json('{"id": "acme",'));
    const r = await list();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(MARKER);
    expect(r.stderr).toMatch(/^warning: The catalog could not be updated .*Using the cached copy/);
  });

  test('a corrupt cache file counts as no cache', async () => {
    answers.push(json(centralText, { etag: '"v1"' }));
    expect((await list()).code).toBe(0);
    const [file] = cacheFiles();
    writeFileSync(path.join(cache, file), '{"key": "jd-builder.catalog-url:https://catal');

    answers.push(new TypeError('fetch failed'));
    const offline = await list();
    expect([offline.code, offline.stderr]).toEqual([
      1,
      expect.stringContaining('Could not reach catalogs.example.org'),
    ]);

    answers.push(json(centralText, { etag: '"v2"' }));
    const online = await list();
    expect([online.code, online.stderr]).toEqual([0, '']);
    expect(requests[2].headers).not.toHaveProperty('If-None-Match');
    expect(cachedFetchedAt()).toMatch(/^\d{4}-/);
  });

  test('a cache folder that cannot be written: the catalog still works, with a warning naming the folder', async () => {
    const blocked = path.join(cache, 'a-file');
    writeFileSync(blocked, '');
    process.env.JD_BUILDER_CACHE = blocked;
    answers.push(json(centralText));
    const r = await list();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(MARKER);
    expect(r.stderr).toBe(
      `warning: The catalog could not be saved for offline use in ${blocked}; check that the folder can be written, ` +
        'or set JD_BUILDER_CACHE to another folder.\n',
    );
  });
});

test('--help names the address form and the cache folder', async () => {
  const r = await runCli(['list', '--help']);
  expect(r.stdout).toContain('--catalog FILE|URL');
  expect(r.stdout).toContain("central catalog's https:// address");
  expect(r.stdout).toContain('$JD_BUILDER_CACHE, else $XDG_CACHE_HOME/jd-builder, else ~/.cache/jd-builder');
});
