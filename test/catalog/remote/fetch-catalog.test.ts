import { readFileSync } from 'fs';
import path from 'path';
import { cachedCatalog, readCache } from '../../../src/catalog/remote/cache';
import { webStorageStore, type KeyValueStore } from '../../../src/catalog/remote/key-value-store';
import { catalogUrlProblem } from '../../../src/catalog/remote/catalog-url';
import {
  fetchCatalog,
  loadCatalogFromUrl,
  type FetchLike,
  type RemoteDeps,
} from '../../../src/catalog/remote/fetch-catalog';
import type { Catalog } from '../../../src/catalog/types';
import { mapStore, refusingStore } from '../../support/map-store';

const URL_ = 'https://catalogs.example.org/msp/catalog.json';
// Version pinned here so the test does not depend on the shipped catalog's version.
const greeley = {
  ...(JSON.parse(readFileSync(path.join(__dirname, '../../../catalog/greeley-dmss-sample.json'), 'utf8')) as Catalog),
  version: '1.0.0',
};
const greeleyText = JSON.stringify(greeley, null, 2);
const updatedText = JSON.stringify({ ...greeley, version: '1.1.0', title: 'Updated' });

interface Call {
  url: string;
  headers: Record<string, string>;
}

/** A fetch double answering from a queue; records each request. */
function server(...answers: Array<Response | Error | 'hang'>) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers });
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    if (answer === 'hang') return new Promise<never>(() => undefined);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch, calls };
}

const json = (text: string, headers: Record<string, string> = {}) =>
  new Response(text, { status: 200, headers: { 'content-type': 'application/json', ...headers } });

let clock = new Date('2026-11-25T06:14:00Z');
function deps(fetch: FetchLike, cache: KeyValueStore = mapStore(), extra: Partial<RemoteDeps> = {}): RemoteDeps {
  return { fetch, cache, now: () => clock, ...extra };
}

function errorText(r: { ok: boolean; errors?: { message: string }[] }): string {
  return r.ok ? '' : r.errors!.map((e) => e.message).join('\n');
}

describe('fetchCatalog', () => {
  it('refuses http:// and other schemes before any request', async () => {
    const { fetch, calls } = server(json(greeleyText));
    const r = await fetchCatalog('http://catalogs.example.org/c.json', deps(fetch));
    expect(errorText(r)).toMatch(/must start with https:\/\/, not http:\/\//);
    expect(await fetchCatalog('file:///etc/passwd', deps(fetch))).toMatchObject({ ok: false });
    expect(catalogUrlProblem('javascript:alert(1)')).toMatch(/must start with https:\/\//);
    expect(catalogUrlProblem('not a url')).toMatch(/is not a web address/);
    expect(catalogUrlProblem(URL_)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('loads, checks and caches a catalog with its ETag, Last-Modified and version', async () => {
    const cache = mapStore();
    const { fetch } = server(json(greeleyText, { etag: '"v1"', 'last-modified': 'Tue, 24 Nov 2026 10:00:00 GMT' }));
    const r = await fetchCatalog(URL_, deps(fetch, cache));
    expect(r).toMatchObject({ ok: true, status: 'fetched', fetchedAt: '2026-11-25T06:14:00.000Z' });
    expect(r.ok && r.catalog.id).toBe('greeley-dmss-sample');
    expect(readCache(cache, URL_)).toMatchObject({
      etag: '"v1"',
      lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT',
      version: '1.0.0',
      catalogId: 'greeley-dmss-sample',
      text: greeleyText,
    });
  });

  it('asks with If-None-Match and uses the cached copy on 304', async () => {
    const cache = mapStore();
    const { fetch, calls } = server(json(greeleyText, { etag: '"v1"' }), new Response(null, { status: 304 }));
    await fetchCatalog(URL_, deps(fetch, cache));
    const r = await fetchCatalog(URL_, deps(fetch, cache));
    expect(calls[0].headers['If-None-Match']).toBeUndefined();
    expect(calls[1].headers['If-None-Match']).toBe('"v1"');
    expect(r).toMatchObject({ ok: true, status: 'not-modified', fetchedAt: '2026-11-25T06:14:00.000Z' });
    expect(r.ok && r.catalog.version).toBe('1.0.0');
  });

  it('names an HTML page as the problem, by content type or by its first character', async () => {
    for (const response of [
      new Response('{"looks": "like json"}', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      new Response('\n  <!DOCTYPE html><html><body>Sign in</body></html>', {
        headers: { 'content-type': 'text/plain' },
      }),
    ]) {
      const r = await fetchCatalog(URL_, deps(server(response).fetch));
      expect(errorText(r)).toMatch(/^The server returned a web page \(HTML\), not a catalog/);
    }
  });

  it('reports 404 and server errors with the status', async () => {
    const r = await fetchCatalog(
      URL_,
      deps(server(new Response('<h1>Not found</h1>', { status: 404, statusText: 'Not Found' })).fetch),
    );
    expect(errorText(r)).toBe(
      `The server answered 404 Not Found for ${URL_} (no file at that address; check the address); expected the catalog.`,
    );
    const r500 = await fetchCatalog(URL_, deps(server(new Response('', { status: 503 })).fetch));
    expect(errorText(r500)).toMatch(/answered 503 .*a problem on the server/);
  });

  it('gives up after the timeout, even when fetch ignores the abort signal', async () => {
    const r = await fetchCatalog(URL_, deps(server('hang').fetch, mapStore(), { timeoutMs: 30 }));
    expect(errorText(r)).toBe('The server did not answer within 30 ms; try again later.');
  });

  it('reports a network failure with the host', async () => {
    const r = await fetchCatalog(URL_, deps(server(new TypeError('fetch failed')).fetch));
    expect(errorText(r)).toBe(
      'Could not reach catalogs.example.org (fetch failed); check the address and the network connection.',
    );
  });

  it('refuses a 20 MB body, by Content-Length or while reading', async () => {
    const big = '{"pad": "' + 'x'.repeat(20 * 1024 * 1024) + '"}';
    const declared = await fetchCatalog(URL_, deps(server(json(big)).fetch));
    expect(errorText(declared)).toMatch(/too large to be a catalog; the limit is 5\.0 MB/);
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
        if (pulled === 20) controller.close();
      },
    });
    const undeclared = await fetchCatalog(URL_, deps(server(new Response(stream)).fetch));
    expect(errorText(undeclared)).toMatch(/too large to be a catalog/);
    expect(pulled).toBeLessThan(20);
  });

  it('reports schema problems of the downloaded catalog and does not cache it', async () => {
    const cache = mapStore();
    const r = await fetchCatalog(URL_, deps(server(json('{"schemaVersion": 1}')).fetch, cache));
    expect(r.ok).toBe(false);
    expect(errorText(r)).toMatch(/required field/);
    expect(r.ok || r.errors[0].file).toBe(URL_);
    expect(cache.map.size).toBe(0);
  });

  it('still works when the store refuses to save, with a warning', async () => {
    const r = await fetchCatalog(URL_, deps(server(json(greeleyText)).fetch, refusingStore()));
    expect(r.ok && r.messages.map((m) => m.code)).toContain('catalog-not-cached');
  });
});

describe('loadCatalogFromUrl', () => {
  async function primed() {
    const cache = mapStore();
    clock = new Date('2026-11-20T09:30:00Z');
    await loadCatalogFromUrl(URL_, deps(server(json(greeleyText, { etag: '"v1"' })).fetch, cache));
    clock = new Date('2026-11-25T06:14:00Z');
    return cache;
  }

  it('uses the cached copy when the network is down, saying which copy', async () => {
    const cache = await primed();
    const r = await loadCatalogFromUrl(URL_, deps(server(new TypeError('fetch failed')).fetch, cache));
    expect(r).toMatchObject({ ok: true, from: 'cache', fetchedAt: '2026-11-20T09:30:00.000Z' });
    expect(r.ok && r.messages[0]).toEqual({
      level: 'warning',
      code: 'catalog-cached-copy',
      text:
        `The catalog could not be updated from ${URL_}: Could not reach catalogs.example.org (fetch failed); ` +
        'check the address and the network connection. Using the cached copy from 2026-11-20 09:30 UTC (version 1.0.0).',
    });
  });

  it('keeps the previous catalog when the new one is bad, and the cache still holds it', async () => {
    const cache = await primed();
    const bad = JSON.stringify({ ...greeley, levels: 'none' });
    const r = await loadCatalogFromUrl(URL_, deps(server(json(bad, { etag: '"v2"' })).fetch, cache));
    expect(r).toMatchObject({ ok: true, from: 'cache' });
    expect(r.ok && r.catalog.version).toBe('1.0.0');
    expect(r.ok && r.messages[0].text).toMatch(/could not be updated .*levels.*Using the cached copy from 2026-11-20/);
    expect(readCache(cache, URL_)?.etag).toBe('"v1"');
  });

  it('takes a valid new version and replaces the cached one', async () => {
    const cache = await primed();
    const r = await loadCatalogFromUrl(URL_, deps(server(json(updatedText, { etag: '"v2"' })).fetch, cache));
    expect(r).toMatchObject({ ok: true, from: 'server', fetchedAt: '2026-11-25T06:14:00.000Z' });
    expect(r.ok && r.catalog.version).toBe('1.1.0');
    expect(cachedCatalog(cache, URL_)?.catalog.title).toBe('Updated');
  });

  it('reports 304 as not modified', async () => {
    const cache = await primed();
    const r = await loadCatalogFromUrl(URL_, deps(server(new Response(null, { status: 304 })).fetch, cache));
    expect(r).toMatchObject({ ok: true, from: 'not-modified' });
  });

  it('fails with the problem when there is no cached copy', async () => {
    const r = await loadCatalogFromUrl(URL_, deps(server(new TypeError('fetch failed')).fetch));
    expect(errorText(r)).toMatch(/^Could not reach catalogs\.example\.org/);
  });

  it('ignores a damaged cache entry', async () => {
    const cache = mapStore();
    cache.set('jd-builder.catalog-url:' + URL_, '{not json');
    expect(cachedCatalog(cache, URL_)).toBeUndefined();
    const r = await loadCatalogFromUrl(URL_, deps(server(new TypeError('fetch failed')).fetch, cache));
    expect(r.ok).toBe(false);
  });

  it('works over a Web Storage object (getItem/setItem), as the pane uses localStorage', async () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    await loadCatalogFromUrl(URL_, deps(server(json(greeleyText)).fetch, webStorageStore(storage)));
    expect(items.size).toBe(1);
    expect(cachedCatalog(webStorageStore(storage), URL_)?.catalog.id).toBe('greeley-dmss-sample');
  });
});
