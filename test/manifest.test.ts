/**
 * Offline check of manifest.xml (`npm run validate` needs Microsoft's online service): the
 * structure Word needs, and every URL in it served by the production build in dist/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import { ensureDist, ROOT } from './e2e/dist';

const OFFICE_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BT_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const OV_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const SERVER = 'https://localhost:3000/';

const text = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(xml, 'text/xml') as unknown as Document;
  if (errors.length) throw new Error(`manifest.xml is not well-formed XML: ${errors.join('; ')}`);
  return doc;
}

const doc = parse(text);
const app = doc.documentElement;

function all(ns: string, name: string, under: Document | Element = doc): Element[] {
  return Array.from(under.getElementsByTagNameNS(ns, name));
}

function one(ns: string, name: string, under: Document | Element = doc): Element {
  const found = all(ns, name, under);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** Direct children of the root in the manifest namespace (not those inside VersionOverrides). */
function top(name: string): Element {
  const found = Array.from(app.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === OFFICE_NS && (n as Element).localName === name,
  );
  if (found.length !== 1) throw new Error(`expected one top-level <${name}>, found ${found.length}`);
  return found[0];
}

/** Every resource id declared under <Resources>, with its URL or string. */
function resources(kind: 'Image' | 'Url' | 'String'): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of all(BT_NS, kind, one(OV_NS, 'Resources'))) {
    const id = el.getAttribute('id');
    if (id) map.set(id, el.getAttribute('DefaultValue') ?? '');
  }
  return map;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  let dist: string;
  beforeAll(() => {
    dist = ensureDist();
  }, 180_000);

  /** The dist/ file a https://localhost:3000/... URL serves. */
  function builtFile(url: string): string {
    expect(url.startsWith(SERVER)).toBe(true);
    return path.join(dist, new URL(url).pathname);
  }

  test('is a task pane add-in with a GUID id and a four-part version', () => {
    expect(app.localName).toBe('OfficeApp');
    expect(app.namespaceURI).toBe(OFFICE_NS);
    expect(app.getAttributeNS(XSI_NS, 'type')).toBe('TaskPaneApp');
    expect(top('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(top('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(top('DisplayName').getAttribute('DefaultValue')).toBe('Job Description Builder');
  });

  test('targets Word only, with WordApi 1.3 as the minimum requirement set', () => {
    const hosts = all(OFFICE_NS, 'Host', top('Hosts')).map((h) => h.getAttribute('Name'));
    expect(hosts).toEqual(['Document']);
    const sets = all(OFFICE_NS, 'Set', top('Requirements'));
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['WordApi', '1.3']]);
  });

  test('asks for ReadWriteDocument and nothing more', () => {
    expect(top('Permissions').textContent?.trim()).toBe('ReadWriteDocument');
  });

  test('a button on the Home tab, in the "Job Description Builder" group, opens the task pane page', () => {
    const strings = resources('String');
    const urls = resources('Url');
    const tab = one(OV_NS, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = one(OV_NS, 'Group', tab);
    const groupLabel = all(OV_NS, 'Label', group)[0];
    expect(strings.get(groupLabel.getAttribute('resid') ?? '')).toBe('Job Description Builder');
    const button = one(OV_NS, 'Control', group);
    expect(button.getAttributeNS(XSI_NS, 'type')).toBe('Button');
    const action = one(OV_NS, 'Action', button);
    expect(action.getAttributeNS(XSI_NS, 'type')).toBe('ShowTaskpane');
    const paneUrl = urls.get(one(OV_NS, 'SourceLocation', action).getAttribute('resid') ?? '');
    const defaultUrl = one(OFFICE_NS, 'SourceLocation', top('DefaultSettings')).getAttribute('DefaultValue');
    expect(paneUrl).toBe(`${SERVER}taskpane.html`);
    expect(paneUrl).toBe(defaultUrl);
  });

  test('every resid points to a declared resource', () => {
    const declared = new Set([...resources('Image').keys(), ...resources('Url').keys(), ...resources('String').keys()]);
    const used = Array.from(doc.getElementsByTagName('*'))
      .map((el) => el.getAttribute('resid'))
      .filter((id): id is string => !!id);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !declared.has(id))).toEqual([]);
  });

  test('every icon and page URL is a file in the production build', () => {
    const urls = [
      top('IconUrl').getAttribute('DefaultValue') ?? '',
      top('HighResolutionIconUrl').getAttribute('DefaultValue') ?? '',
      top('SupportUrl').getAttribute('DefaultValue') ?? '',
      one(OFFICE_NS, 'SourceLocation', top('DefaultSettings')).getAttribute('DefaultValue') ?? '',
      ...resources('Image').values(),
      ...resources('Url').values(),
    ];
    const missing = urls.filter((url) => !fs.existsSync(builtFile(url)));
    expect(missing).toEqual([]);
    expect(fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8')).toBe(text);
  });

  test('icons are PNGs of the pixel sizes the manifest declares', () => {
    const images = resources('Image');
    const declared: Array<[string, number]> = [
      [top('IconUrl').getAttribute('DefaultValue') ?? '', 32],
      [top('HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 64],
    ];
    for (const use of all(BT_NS, 'Image', one(OV_NS, 'Hosts'))) {
      declared.push([images.get(use.getAttribute('resid') ?? '') ?? '', Number(use.getAttribute('size'))]);
    }
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of declared) {
      expect({ url, ...pngSize(builtFile(url)) }).toEqual({ url, width: size, height: size });
    }
  });
});
