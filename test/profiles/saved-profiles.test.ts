import { builtinCatalog, builtinCatalogs } from '../../src/catalog/builtin';
import { builtinProfiles } from '../../src/profiles/builtin';
import { fitProfile } from '../../src/profiles/import-profile';
import { mapStore, refusingStore } from '../support/map-store';
import { removeProfile, savedProfiles, saveProfile } from '../../src/profiles/saved-profiles';

const [greeley] = builtinProfiles();
const coordinator = { ...greeley, name: 'Credentialing Coordinator – Mid-Career' };

describe('saved profiles', () => {
  it('saves, lists by name, replaces by name and removes', () => {
    const store = mapStore();
    expect(savedProfiles(store)).toEqual([]);
    saveProfile(store, greeley);
    expect(saveProfile(store, coordinator)?.map((p) => p.name)).toEqual([coordinator.name, greeley.name]);
    const respelt = {
      ...coordinator,
      name: 'credentialing coordinator – mid-career ',
      createdAt: '2026-12-01T00:00:00.000Z',
    };
    saveProfile(store, respelt);
    expect(savedProfiles(store).map((p) => p.createdAt)).toEqual(['2026-12-01T00:00:00.000Z', greeley.createdAt]);
    expect(removeProfile(store, greeley.name)?.map((p) => p.name)).toEqual([respelt.name.trim()]);
    expect(savedProfiles(store)).toEqual([{ ...respelt, name: respelt.name.trim() }]);
  });

  it('skips damaged entries and survives a damaged or refusing store', () => {
    const store = mapStore();
    saveProfile(store, greeley);
    const list = JSON.parse(store.map.get('jd-builder.profiles')!);
    store.map.set('jd-builder.profiles', JSON.stringify([{ format: 'other' }, ...list, 42]));
    expect(savedProfiles(store)).toEqual([greeley]);
    store.map.set('jd-builder.profiles', '{not json');
    expect(savedProfiles(store)).toEqual([]);
    expect(saveProfile(refusingStore(), greeley)).toBeUndefined();
  });

  it('fits a saved profile to the catalog when applied, listing what is gone', () => {
    const catalog = builtinCatalog('greeley-dmss-sample');
    const stale = {
      ...greeley,
      selection: { ...greeley.selection, qualificationIds: ['gone', ...greeley.selection.qualificationIds] },
    };
    const r = fitProfile(stale, builtinCatalogs());
    expect(r.ok && r.catalog).toBe(catalog);
    expect(r.ok && r.profile.selection.qualificationIds).toEqual(greeley.selection.qualificationIds);
    expect(r.ok && r.messages.map((m) => m.code)).toEqual(['profile-items-missing']);
  });
});
