/**
 * Building for an organization's host: ADDIN_URL is checked before anything is built, and the manifest is
 * rewritten with an XML parser (test/manifest.test.ts checks the rewritten manifest in full).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { manifestForHost, manifestVersion, parseAddinUrl } from '../scripts/webpack/manifest-for-host';
import { ROOT } from './e2e/dist';

const devManifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function refusal(raw: string): string {
  const result = parseAddinUrl(raw);
  if (!(result instanceof Error)) throw new Error(`"${raw}" was accepted as ${result}`);
  return result.message;
}

describe('ADDIN_URL', () => {
  test('an https folder address is kept, without its trailing slash; a bare host works too', () => {
    expect(parseAddinUrl('https://jd.example.org/jd-builder/')).toBe('https://jd.example.org/jd-builder');
    expect(parseAddinUrl('https://jd.example.org/hr/jd-builder')).toBe('https://jd.example.org/hr/jd-builder');
    expect(parseAddinUrl('https://jd.example.org')).toBe('https://jd.example.org');
    expect(parseAddinUrl('https://jd.example.org:8443/')).toBe('https://jd.example.org:8443');
  });

  test('anything else is refused with what to write instead', () => {
    expect(refusal('http://x')).toMatch(/"http:\/\/x" must start with https:\/\/ .*ADDIN_URL=https:\/\/jd\.example\.org/);
    expect(refusal('jd.example.org/jd-builder')).toMatch(/is not a web address/);
    expect(refusal('https://jd.example.org/jd?x=1')).toMatch(/plain folder address/);
    expect(refusal('https://jd.example.org/#top')).toMatch(/plain folder address/);
    expect(refusal('https://admin:secret@jd.example.org/')).toMatch(/plain folder address/);
    expect(refusal('https://localhost:3000')).toMatch(/leave ADDIN_URL unset/);
  });

  test('`ADDIN_URL=http://x npm run build` stops before building, with the reason', () => {
    const result = spawnSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', path.join(ROOT, 'never')],
      { cwd: ROOT, env: { ...process.env, ADDIN_URL: 'http://x' }, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Build stopped: ADDIN_URL "http://x" must start with https://');
    expect(fs.existsSync(path.join(ROOT, 'never'))).toBe(false);
  }, 60_000);
});

describe('manifestForHost', () => {
  test('the version is package.json\'s, in the manifest\'s four parts', () => {
    expect(manifestVersion('1.4.2')).toBe('1.4.2.0');
    expect(() => manifestVersion('1.4')).toThrow(/not MAJOR\.MINOR\.PATCH/);
    const xml = manifestForHost(devManifest, { base: 'https://jd.example.org/jd-builder', version: '2.10.3' });
    expect(xml).toContain('<Version>2.10.3.0</Version>');
  });

  test('a URL in a form it does not rewrite stops the build instead of shipping localhost', () => {
    const odd = devManifest.replace('</ProviderName>', ' (see https://localhost:3000/)</ProviderName>');
    expect(() => manifestForHost(odd, { base: 'https://jd.example.org', version: '1.0.0' })).toThrow(/localhost/);
  });

  test('a manifest that is not well-formed XML is reported as such', () => {
    expect(() => manifestForHost('<OfficeApp>', { base: 'https://jd.example.org', version: '1.0.0' })).toThrow(
      /not well-formed/,
    );
  });
});
