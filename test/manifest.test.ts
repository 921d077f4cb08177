/**
 * Offline checks of both manifests (`npm run validate` needs Microsoft's online service): the development
 * manifest.xml and the one a build for an organization's host writes (scripts/webpack/manifest-for-host.js).
 * The structure Word needs, the limits of Microsoft's manifest schema that our edits could break (element order,
 * string lengths, URLs), and every URL served by the production build in dist/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import { manifestForHost, PRODUCTION_ID } from '../scripts/webpack/manifest-for-host';
import { ensureDist, ROOT } from './e2e/dist';

const OFFICE_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BT_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const OV_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const DEV_SERVER = 'https://localhost:3000';
const ORG_SERVER = 'https://jd.example.org/jd-builder';
const { version: PACKAGE_VERSION } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const devText = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

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

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Reading one manifest: its elements by namespace, its top-level settings and its resources. */
function reader(text: string) {
  const doc = parse(text);
  const app = doc.documentElement;
  const all = (ns: string, name: string, under: Document | Element = doc): Element[] =>
    Array.from(under.getElementsByTagNameNS(ns, name));
  const one = (ns: string, name: string, under: Document | Element = doc): Element => {
    const found = all(ns, name, under);
    if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
    return found[0];
  };
  /** Direct children of the root in the manifest namespace (not those inside VersionOverrides). */
  const children = (): Element[] =>
    Array.from(app.childNodes).filter((n): n is Element => n.nodeType === 1) as Element[];
  const top = (name: string): Element => {
    const found = children().filter((n) => n.namespaceURI === OFFICE_NS && n.localName === name);
    if (found.length !== 1) throw new Error(`expected one top-level <${name}>, found ${found.length}`);
    return found[0];
  };
  /** Every resource id declared under <Resources>, with its URL or string. */
  const resources = (kind: 'Image' | 'Url' | 'String', under = one(OV_NS, 'Resources')): Map<string, string> => {
    const map = new Map<string, string>();
    for (const el of all(BT_NS, kind, under)) {
      const id = el.getAttribute('id');
      if (id) map.set(id, el.getAttribute('DefaultValue') ?? '');
    }
    return map;
  };
  const value = (name: string) => top(name).getAttribute('DefaultValue') ?? '';
  const defaultSource = () => one(OFFICE_NS, 'SourceLocation', top('DefaultSettings')).getAttribute('DefaultValue') ?? '';
  /** Every URL in the manifest: top-level settings, resources, and AppDomains. */
  const urls = (): string[] => [
    value('IconUrl'),
    value('HighResolutionIconUrl'),
    value('SupportUrl'),
    defaultSource(),
    ...resources('Image').values(),
    ...resources('Url').values(),
  ];
  return { doc, app, all, one, children, top, resources, value, defaultSource, urls };
}

/** The order of <OfficeApp>'s children in Microsoft's schema (OfficeAppManifestV1_1.xsd, TaskPaneApp). */
const SCHEMA_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'Dictionary', 'VersionOverrides',
]; // prettier-ignore

const manifests = [
  { kind: 'development', text: devText, server: DEV_SERVER, name: 'Job Description Builder (dev)' },
  {
    kind: 'organization',
    text: manifestForHost(devText, { base: ORG_SERVER, version: PACKAGE_VERSION }),
    server: ORG_SERVER,
    name: 'Job Description Builder',
  },
];

describe.each(manifests)('the $kind manifest', ({ kind, text, server, name }) => {
  const m = reader(text);
  let dist: string;
  beforeAll(() => {
    dist = ensureDist();
  }, 180_000);

  /** The dist/ file a URL under the manifest's server serves. */
  function builtFile(url: string): string {
    expect(url.startsWith(`${server}/`)).toBe(true);
    return path.join(dist, url.slice(server.length));
  }

  test('is a task pane add-in with a GUID id, a four-part version and its own name', () => {
    expect(m.app.localName).toBe('OfficeApp');
    expect(m.app.namespaceURI).toBe(OFFICE_NS);
    expect(m.app.getAttributeNS(XSI_NS, 'type')).toBe('TaskPaneApp');
    expect(m.top('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(m.top('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(m.value('DisplayName')).toBe(name);
    const group = m.resources('String').get('Group.Label');
    expect(group).toBe(name);
  });

  test('follows the schema: element order, string lengths, https URLs of at most 2048 characters', () => {
    const order = m.children().map((el) => el.localName);
    const positions = order.map((n) => SCHEMA_ORDER.indexOf(n));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const over = (limit: number, values: string[]) => values.filter((v) => !v || v.length > limit);
    const shortStrings = [m.value('DisplayName'), ...m.resources('String', m.one(BT_NS, 'ShortStrings')).values()];
    expect(over(125, shortStrings)).toEqual([]);
    expect(over(250, [m.value('Description'), ...m.resources('String', m.one(BT_NS, 'LongStrings')).values()])).toEqual([]);
    const ids = Array.from(m.doc.getElementsByTagName('*')).flatMap((el) => [el.getAttribute('id'), el.getAttribute('resid')]);
    expect(over(32, ids.filter((id): id is string => id !== null))).toEqual([]);
    expect(m.urls().filter((u) => !u.startsWith('https://') || u.length > 2048)).toEqual([]);
  });

  test('targets Word only, with WordApi 1.3 as the minimum requirement set', () => {
    const hosts = m.all(OFFICE_NS, 'Host', m.top('Hosts')).map((h) => h.getAttribute('Name'));
    expect(hosts).toEqual(['Document']);
    const sets = m.all(OFFICE_NS, 'Set', m.top('Requirements'));
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['WordApi', '1.3']]);
  });

  test('asks for ReadWriteDocument and nothing more', () => {
    expect(m.top('Permissions').textContent?.trim()).toBe('ReadWriteDocument');
  });

  test('a button on the Home tab, in the add-in\'s group, opens the task pane page', () => {
    const strings = m.resources('String');
    const urls = m.resources('Url');
    const tab = m.one(OV_NS, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = m.one(OV_NS, 'Group', tab);
    const groupLabel = m.all(OV_NS, 'Label', group)[0];
    expect(strings.get(groupLabel.getAttribute('resid') ?? '')).toBe(name);
    const button = m.one(OV_NS, 'Control', group);
    expect(button.getAttributeNS(XSI_NS, 'type')).toBe('Button');
    const action = m.one(OV_NS, 'Action', button);
    expect(action.getAttributeNS(XSI_NS, 'type')).toBe('ShowTaskpane');
    const paneUrl = urls.get(m.one(OV_NS, 'SourceLocation', action).getAttribute('resid') ?? '');
    expect(paneUrl).toBe(`${server}/taskpane.html`);
    expect(paneUrl).toBe(m.defaultSource());
  });

  test('the support link and "learn more" open the help page, not the pane', () => {
    const learnMore = m.resources('Url').get(m.one(OV_NS, 'LearnMoreUrl').getAttribute('resid') ?? '');
    expect([m.value('SupportUrl'), learnMore]).toEqual([`${server}/help.html`, `${server}/help.html`]);
  });

  test('every resid points to a declared resource', () => {
    const declared = new Set([
      ...m.resources('Image').keys(),
      ...m.resources('Url').keys(),
      ...m.resources('String').keys(),
    ]);
    const used = Array.from(m.doc.getElementsByTagName('*'))
      .map((el) => el.getAttribute('resid'))
      .filter((id): id is string => !!id);
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((id) => !declared.has(id))).toEqual([]);
  });

  test('every icon and page URL is a file in the production build; AppDomains is the server origin', () => {
    const missing = m.urls().filter((url) => !fs.existsSync(builtFile(url)));
    expect(missing).toEqual([]);
    const domains = m.all(OFFICE_NS, 'AppDomain', m.top('AppDomains')).map((d) => d.textContent?.trim());
    expect(domains).toEqual([new URL(server).origin]);
    expect(text.includes('localhost')).toBe(kind === 'development');
  });

  test('icons are PNGs of the pixel sizes the manifest declares', () => {
    const images = m.resources('Image');
    const declared: Array<[string, number]> = [
      [m.value('IconUrl'), 32],
      [m.value('HighResolutionIconUrl'), 64],
    ];
    for (const use of m.all(BT_NS, 'Image', m.one(OV_NS, 'Hosts'))) {
      declared.push([images.get(use.getAttribute('resid') ?? '') ?? '', Number(use.getAttribute('size'))]);
    }
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of declared) {
      expect({ url, ...pngSize(builtFile(url)) }).toEqual({ url, width: size, height: size });
    }
  });
});

describe('development and organization manifests side by side', () => {
  const dev = reader(devText);
  const org = reader(manifests[1].text);

  test('each has its own Id, so both can be installed at once; the organization keeps the production Id', () => {
    expect(org.top('Id').textContent).toBe(PRODUCTION_ID);
    expect(dev.top('Id').textContent).not.toBe(PRODUCTION_ID);
  });

  test('the organization manifest takes its version from package.json', () => {
    expect(org.top('Version').textContent).toBe(`${PACKAGE_VERSION}.0`);
  });

  test('they differ only in Id, version, name and URLs', () => {
    const shape = (r: ReturnType<typeof reader>) =>
      Array.from(r.doc.getElementsByTagName('*')).map((el) => [el.tagName, ...Array.from(el.attributes, (a) => a.name)]);
    expect(shape(org)).toEqual(shape(dev));
    expect(org.urls()).toEqual(dev.urls().map((u) => u.replace(DEV_SERVER, ORG_SERVER)));
  });

  test('`npm run build` without ADDIN_URL ships the development manifest unchanged', () => {
    expect(fs.readFileSync(path.join(ensureDist(), 'manifest.xml'), 'utf8')).toBe(devText);
  });
});
