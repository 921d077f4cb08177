/** The CLI's file-backed KeyValueStore and where its folder is. */
import { mkdirSync, readdirSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { cacheFolder, fileStore } from '../../src/cli/file-store';
import { tempDir } from './helpers';

describe('cacheFolder', () => {
  test('JD_BUILDER_CACHE, else $XDG_CACHE_HOME/jd-builder, else ~/.cache/jd-builder', () => {
    expect(cacheFolder({ JD_BUILDER_CACHE: '/tmp/mine', XDG_CACHE_HOME: '/xdg' })).toBe('/tmp/mine');
    expect(cacheFolder({ XDG_CACHE_HOME: '/xdg' })).toBe(path.join('/xdg', 'jd-builder'));
    expect(cacheFolder({})).toBe(path.join(os.homedir(), '.cache', 'jd-builder'));
    expect(cacheFolder({ JD_BUILDER_CACHE: '', XDG_CACHE_HOME: '' })).toBe(
      path.join(os.homedir(), '.cache', 'jd-builder'),
    );
  });
});

describe('fileStore', () => {
  test('keeps each key in its own file, named safely, and reads it back in a new store', () => {
    const folder = path.join(tempDir(), 'not-yet-made');
    const store = fileStore(folder);
    expect(store.get('https://a.example/c.json')).toBeUndefined();
    store.set('https://a.example/c.json', '{"text":"one"}');
    store.set('../../etc/passwd', 'two');
    expect(readdirSync(folder).sort()).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}\.json$/),
      expect.stringMatching(/^[0-9a-f]{64}\.json$/),
    ]);
    const again = fileStore(folder);
    expect(again.get('https://a.example/c.json')).toBe('{"text":"one"}');
    expect(again.get('../../etc/passwd')).toBe('two');
  });

  test('overwrites in place without leaving temporary files; remove deletes, and removing nothing is fine', () => {
    const folder = tempDir();
    const store = fileStore(folder);
    store.set('k', 'old');
    store.set('k', 'new');
    expect(store.get('k')).toBe('new');
    expect(readdirSync(folder)).toHaveLength(1);
    store.remove('k');
    store.remove('k');
    expect(store.get('k')).toBeUndefined();
    expect(readdirSync(folder)).toEqual([]);
  });

  test('a damaged file, a file written for another key or a folder in its place reads as missing', () => {
    const folder = tempDir();
    const store = fileStore(folder);
    store.set('k', 'value');
    const [file] = readdirSync(folder);
    const at = path.join(folder, file);
    for (const text of ['{"key":"k","val', '"value"', 'null', '{"key":"other","value":"value"}', '{"key":"k"}']) {
      writeFileSync(at, text);
      expect(store.get('k')).toBeUndefined();
    }
    store.remove('k');
    mkdirSync(at);
    expect(store.get('k')).toBeUndefined();
    // The rename onto the folder fails: the error reaches the caller and the temporary file is gone.
    writeFileSync(path.join(at, 'inside'), '');
    expect(() => store.set('k', 'value')).toThrow();
    expect(readdirSync(folder)).toEqual([file]);
  });

  test('a folder that cannot be made makes set throw (the cache then reports it) and leaves nothing behind', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'file'), '');
    expect(() => fileStore(path.join(dir, 'file')).set('k', 'v')).toThrow();
    expect(readdirSync(dir)).toEqual(['file']);
  });
});
