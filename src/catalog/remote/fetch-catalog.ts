/**
 * A central catalog from a URL: fetched over https, checked like any catalog file, cached for
 * offline use and refreshed only when it changed (If-None-Match / If-Modified-Since; 304 = the
 * cached copy is current). Pure apart from the injected fetch and store, so it runs the same in
 * the pane (window.fetch + localStorage), the CLI and the tests.
 */
import { warning, type Message } from '../../messages';
import type { CatalogError } from '../errors';
import { loadCatalog, MAX_CATALOG_CHARS } from '../load';
import type { Catalog } from '../types';
import { describeTime, readCache, writeCache, type CachedCatalog } from './cache';
import type { KeyValueStore } from './key-value-store';
import { catalogUrlProblem, shorten } from './catalog-url';

export interface ResponseLike {
  status: number;
  statusText?: string;
  /** The final address after redirects, where the runtime reports it. */
  url?: string;
  headers: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<ResponseLike>;

export interface RemoteDeps {
  fetch: FetchLike;
  cache: KeyValueStore;
  now: () => Date;
  /** Whole request, body included; default 15 s. */
  timeoutMs?: number;
  /** Default: the same limit as a catalog file. */
  maxBytes?: number;
}

export type FetchCatalogResult =
  | {
      ok: true;
      catalog: Catalog;
      /** "fetched": new text from the server; "not-modified": the server said the cached copy is current. */
      status: 'fetched' | 'not-modified';
      fetchedAt: string;
      messages: Message[];
    }
  | { ok: false; errors: CatalogError[] };

export type RemoteLoadResult =
  | {
      ok: true;
      catalog: Catalog;
      /** "cache": the server could not be used, so this is the copy from fetchedAt (a message says why). */
      from: 'server' | 'not-modified' | 'cache';
      fetchedAt: string;
      messages: Message[];
    }
  | { ok: false; errors: CatalogError[] };

export const DEFAULT_TIMEOUT_MS = 15000;

class FetchProblem extends Error {}

/**
 * Fetches, checks and caches the catalog at `url`. The cache is written only when the new
 * catalog is valid, so a bad update never replaces a good copy.
 */
export async function fetchCatalog(url: string, deps: RemoteDeps): Promise<FetchCatalogResult> {
  const urlProblem = catalogUrlProblem(url);
  if (urlProblem) return failure(url, urlProblem);
  const cached = readCache(deps.cache, url);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (cached?.etag) headers['If-None-Match'] = cached.etag;
  if (cached?.lastModified) headers['If-Modified-Since'] = cached.lastModified;

  let response: ResponseLike;
  let text: string | undefined;
  try {
    ({ response, text } = await withTimeout(deps.timeoutMs ?? DEFAULT_TIMEOUT_MS, async (signal) => {
      const r = await request(deps.fetch, url, headers, signal);
      return {
        response: r,
        text: r.status === 200 ? await readBody(r, deps.maxBytes ?? MAX_CATALOG_CHARS) : undefined,
      };
    }));
  } catch (e) {
    const message =
      e instanceof FetchProblem
        ? e.message
        : `The download from ${new URL(url).host} broke off (${(e as Error).message}); try again later.`;
    return failure(url, message);
  }

  if (response.status === 304 && cached) {
    const loaded = loadCatalog(cached.text, url);
    if (loaded.ok) {
      return {
        ok: true,
        catalog: loaded.catalog,
        status: 'not-modified',
        fetchedAt: cached.fetchedAt,
        messages: loaded.messages,
      };
    }
  }
  if (text === undefined) return failure(url, statusProblem(response, url));
  const loaded = loadCatalog(text, url);
  if (!loaded.ok) return loaded;
  const entry: CachedCatalog = {
    url,
    text,
    catalogId: loaded.catalog.id,
    version: loaded.catalog.version,
    fetchedAt: deps.now().toISOString(),
    ...header(response, 'ETag', 'etag'),
    ...header(response, 'Last-Modified', 'lastModified'),
  };
  const messages = [...loaded.messages];
  if (!writeCache(deps.cache, entry)) {
    messages.push(
      warning('catalog-not-cached', 'The catalog could not be saved for offline use (the browser storage is full).'),
    );
  }
  return { ok: true, catalog: loaded.catalog, status: 'fetched', fetchedAt: entry.fetchedAt, messages };
}

/**
 * The catalog to use for `url`: fresh from the server when possible, otherwise the cached copy
 * (offline, server down, or a bad new version), with a message naming the problem and the copy's date.
 */
export async function loadCatalogFromUrl(url: string, deps: RemoteDeps): Promise<RemoteLoadResult> {
  const fetched = await fetchCatalog(url, deps);
  if (fetched.ok) {
    const { catalog, fetchedAt, messages } = fetched;
    return { ok: true, catalog, from: fetched.status === 'fetched' ? 'server' : 'not-modified', fetchedAt, messages };
  }
  const cached = readCache(deps.cache, url);
  const loaded = cached && loadCatalog(cached.text, url);
  if (!cached || !loaded?.ok) return fetched;
  const problem = fetched.errors[0].message;
  const more = fetched.errors.length > 1 ? ` (and ${fetched.errors.length - 1} more problems)` : '';
  const text =
    `The catalog could not be updated from ${shorten(url)}: ${problem}${more} ` +
    `Using the cached copy from ${describeTime(cached.fetchedAt)} (version ${cached.version}).`;
  return {
    ok: true,
    catalog: loaded.catalog,
    from: 'cache',
    fetchedAt: cached.fetchedAt,
    messages: [warning('catalog-cached-copy', text), ...loaded.messages],
  };
}

async function request(
  fetch: FetchLike,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<ResponseLike> {
  let response: ResponseLike;
  try {
    response = await fetch(url, { headers, signal });
  } catch (e) {
    if (signal.aborted) throw e;
    const host = new URL(url).host;
    throw new FetchProblem(
      `Could not reach ${host} (${(e as Error).message || 'network error'}); check the address and the network connection.`,
    );
  }
  if (response.url && response.url.startsWith('http:')) {
    throw new FetchProblem(
      `The server redirected to an http:// address (${shorten(response.url)}); catalogs must come over https://.`,
    );
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 200 && /html/i.test(type)) throw new FetchProblem(htmlProblem(url));
  return response;
}

/** The body as text, refusing anything past the limit without reading the rest (a 20 MB page must not stall the pane). */
async function readBody(response: ResponseLike, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new FetchProblem(
      `The file is too large to be a catalog; the limit is ${(maxBytes / (1024 * 1024)).toFixed(1)} MB.`,
    );
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  let text: string;
  if (response.body && typeof response.body.getReader === 'function') {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
    text = parts.join('') + decoder.decode();
  } else {
    text = await response.text();
    if (text.length > maxBytes) throw tooLarge();
  }
  if (
    text
      .replace(/^\ufeff/, '')
      .trimStart()
      .startsWith('<')
  )
    throw new FetchProblem(htmlProblem(response.url || ''));
  return text;
}

function htmlProblem(url: string): string {
  return (
    `The server returned a web page (HTML), not a catalog${url ? ` at ${shorten(url)}` : ''}; ` +
    'check that the address points at the catalog .json file itself, not a page about it or a sign-in page.'
  );
}

function statusProblem(response: ResponseLike, url: string): string {
  const { status } = response;
  const hint =
    status === 404
      ? ' (no file at that address; check the address)'
      : status === 401 || status === 403
        ? ' (the server refuses access; the catalog must be readable without signing in)'
        : status >= 500
          ? ' (a problem on the server; try again later)'
          : '';
  const name = response.statusText ? ` ${response.statusText}` : '';
  return `The server answered ${status}${name} for ${shorten(url)}${hint}; expected the catalog.`;
}

async function withTimeout<T>(ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new FetchProblem(
          `The server did not answer within ${ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`}; try again later.`,
        ),
      );
    }, ms);
  });
  try {
    // The race also covers a fetch that ignores the abort signal.
    return await Promise.race([run(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function header(response: ResponseLike, name: string, field: 'etag' | 'lastModified'): Partial<CachedCatalog> {
  const value = response.headers.get(name);
  return value ? { [field]: value } : {};
}

function failure(url: string, message: string): { ok: false; errors: CatalogError[] } {
  return { ok: false, errors: [{ file: url, pointer: '', message }] };
}
