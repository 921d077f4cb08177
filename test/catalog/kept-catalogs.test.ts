import { builtinCatalog } from '../../src/catalog/builtin';
import { forgetCatalog, keepCatalog, keptCatalogs } from '../../src/catalog/kept-catalogs';
import type { Catalog } from '../../src/catalog/types';
import { mapStore, refusingStore } from '../support/map-store';

const greeley = builtinCatalog('greeley-dmss-sample');
const org: Catalog = { ...greeley, id: 'org-catalog', title: 'Org catalog', version: '1.0.0' };
const keptAt = '2026-11-25T08:00:00.000Z';

describe('kept catalogs', () => {
  it('keeps imported catalogs across pane sessions, replaces one by id, forgets one', () => {
    const store = mapStore();
    expect(keptCatalogs(store)).toEqual([]);
    expect(keepCatalog(store, { catalog: org, fileName: 'org.csv', keptAt })).toBe(true);
    expect(keepCatalog(store, { catalog: greeley, fileName: 'greeley.json', keptAt })).toBe(true);
    const newer = { ...org, version: '1.1.0' };
    keepCatalog(store, { catalog: newer, fileName: 'org-v2.xlsx', keptAt });
    expect(keptCatalogs(store).map((k) => [k.catalog.id, k.catalog.version, k.fileName])).toEqual([
      ['org-catalog', '1.1.0', 'org-v2.xlsx'],
      ['greeley-dmss-sample', greeley.version, 'greeley.json'],
    ]);
    expect(keptCatalogs(store)[0].catalog).toEqual(newer);

    forgetCatalog(store, 'org-catalog');
    expect(keptCatalogs(store).map((k) => k.catalog.id)).toEqual(['greeley-dmss-sample']);
    expect([...store.map.keys()].some((k) => k.includes('org-catalog'))).toBe(false);
  });

  it('skips entries that no longer read as catalogs and survives a damaged index', () => {
    const store = mapStore();
    keepCatalog(store, { catalog: org, fileName: 'org.csv', keptAt });
    keepCatalog(store, { catalog: greeley, fileName: 'greeley.json', keptAt });
    const key = [...store.map.keys()].find((k) => k.endsWith(':org-catalog'))!;
    const entry = JSON.parse(store.map.get(key)!);
    store.map.set(key, JSON.stringify({ ...entry, text: JSON.stringify({ ...org, levels: 'none' }) }));
    expect(keptCatalogs(store).map((k) => k.catalog.id)).toEqual(['greeley-dmss-sample']);
    store.map.set(key, '{broken');
    expect(keptCatalogs(store).map((k) => k.catalog.id)).toEqual(['greeley-dmss-sample']);
    store.map.set('jd-builder.kept-catalogs', '{"not": "a list"}');
    expect(keptCatalogs(store)).toEqual([]);
  });

  it('an entry whose catalog id was changed by hand is not listed under another id', () => {
    const store = mapStore();
    keepCatalog(store, { catalog: org, fileName: 'org.csv', keptAt });
    const key = [...store.map.keys()].find((k) => k.endsWith(':org-catalog'))!;
    const entry = JSON.parse(store.map.get(key)!);
    store.map.set(key, JSON.stringify({ ...entry, text: JSON.stringify({ ...org, id: 'someone-else' }) }));
    expect(keptCatalogs(store)).toEqual([]);
  });

  it('reports a refusing store and leaves no half-written entry', () => {
    expect(keepCatalog(refusingStore(), { catalog: org, fileName: 'org.csv', keptAt })).toBe(false);
    const store = mapStore();
    const indexRefused = {
      ...store,
      set: (k: string, v: string) => {
        if (k === 'jd-builder.kept-catalogs') throw new Error('QuotaExceededError');
        store.set(k, v);
      },
    };
    expect(keepCatalog(indexRefused, { catalog: org, fileName: 'org.csv', keptAt })).toBe(false);
    expect(store.map.size).toBe(0);
  });
});
