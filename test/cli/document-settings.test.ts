/**
 * The settings the pane saves in a document (house-style mapping, catalog address), read by the CLI from
 * the .docx the way Word stores them (a web-extension part under the manifest's Id, each value JSON), and
 * written back in that shape. The documents here are built by hand, independently of the reader.
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { readDocx as openPackage, readPart } from '../../src/docx/docx-package';
import { ADDIN_ID, DEV_ADDIN_ID } from '../../src/docx/addin-id';
import { PRODUCTION_ID } from '../../scripts/webpack/manifest-for-host';
import { readAddinSettings, writeAddinSetting } from '../../src/docx/web-extension-settings';
import { parseXml } from '../../src/xml/dom';
import { documentXml, p, style, stylesXml } from '../support/templates/ooxml';
import { packWordPackage } from '../support/word-package';
import { paragraphStyle, readDocx, runCli, tempDir, textOf, wAll } from './helpers';

const DEV_MANIFEST_ID = /<Id>([^<]+)<\/Id>/.exec(readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8'))![1];

const STYLES = stylesXml([
  style({ id: 'Normal', name: 'Normal', isDefault: true }),
  style({ id: 'Heading1', name: 'heading 1', basedOn: 'Normal', outlineLevel: 1 }),
  style({ id: 'Heading2', name: 'heading 2', basedOn: 'Normal', outlineLevel: 2 }),
  style({ id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', numId: 1 }),
  style({ id: 'HouseBullet', name: 'House Bullet', basedOn: 'Normal', numId: 1 }),
]);
const NUMBERING =
  '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
const DOCUMENT = documentXml([p('Duties', { style: 'Heading1' }), p('[[JOB DESCRIPTION]]'), p('Signature')]);

async function documentWith(settings: Record<string, unknown>, id = ADDIN_ID): Promise<string> {
  const file = path.join(tempDir(), 'saved.docx');
  writeFileSync(
    file,
    await packWordPackage({ document: DOCUMENT, styles: STYLES, numbering: NUMBERING, addin: { id, settings } }),
  );
  return file;
}

/** Style id of each paragraph whose text is one of the entry level's first competency's responsibilities. */
async function responsibilityStyles(file: string): Promise<(string | undefined)[]> {
  const doc = parseXml((await readDocx(file)).get('word/document.xml')!);
  return wAll(doc, 'p')
    .filter((el) => textOf(el).startsWith('Perform'))
    .map(paragraphStyle);
}

const INSERT = ['insert', '--level', 'entry', '--select', 'primary-source-verification', '--skills', 'none'];

test("the add-in's Ids are the manifests' (the organization's build and the dev sideload)", () => {
  expect([ADDIN_ID, DEV_ADDIN_ID]).toEqual([PRODUCTION_ID, DEV_MANIFEST_ID]);
});

test('settings saved by the dev sideload are read too', async () => {
  const template = await documentWith(
    { houseStyleMapping: { responsibility: 'House Bullet' } },
    `{${DEV_ADDIN_ID.toUpperCase()}}`,
  );
  const out = path.join(path.dirname(template), 'out.docx');
  expect((await runCli([...INSERT, '--template', template, '--out', out])).code).toBe(0);
  expect(new Set(await responsibilityStyles(out))).toEqual(new Set(['HouseBullet']));
});

test('a mapping saved by the pane is used by jd-builder insert; --style wins over it', async () => {
  const template = await documentWith({ houseStyleMapping: { responsibility: 'House Bullet' } });
  const out = path.join(path.dirname(template), 'out.docx');
  const r = await runCli([...INSERT, '--template', template, '--out', out]);
  expect(r.code).toBe(0);
  const saved = await responsibilityStyles(out);
  expect(saved.length).toBeGreaterThan(0);
  expect(new Set(saved)).toEqual(new Set(['HouseBullet']));

  const overridden = path.join(path.dirname(template), 'overridden.docx');
  const o = await runCli([
    ...INSERT,
    '--template',
    template,
    '--out',
    overridden,
    '--style',
    'responsibility=List Bullet',
  ]);
  expect(o.code).toBe(0);
  expect(new Set(await responsibilityStyles(overridden))).toEqual(new Set(['ListBullet']));
});

/** The texts of the paragraphs the insertion put between the template's heading and its last paragraph. */
async function insertedTexts(file: string): Promise<string[]> {
  const texts = wAll(parseXml((await readDocx(file)).get('word/document.xml')!), 'p').map(textOf);
  return texts.slice(texts.indexOf('Duties') + 1, texts.indexOf('Signature'));
}

test('layout choices saved by the pane are used by jd-builder insert; --part-heading wins over them', async () => {
  const dir = path.dirname(await documentWith({}));
  const run = async (template: string, name: string, extra: string[] = []) => {
    const out = path.join(dir, name);
    expect((await runCli([...INSERT, '--template', template, '--out', out, ...extra])).code).toBe(0);
    return insertedTexts(out);
  };
  // Under the template's heading the part heading is left out unless a choice says otherwise.
  const plain = await run(await documentWith({}), 'plain.docx');
  const always = await documentWith({ jdbLayoutChoices: { partHeading: 'always' } });
  const withHeading = await run(always, 'always.docx');
  expect(withHeading.length).toBe(plain.length + 1);
  expect(withHeading.slice(1)).toEqual(plain);
  expect(await run(always, 'flag.docx', ['--part-heading', 'auto'])).toEqual(plain);
  // A choice the CLI does not know is dropped, not obeyed.
  expect(await run(await documentWith({ jdbLayoutChoices: { partHeading: 'sideways' } }), 'odd.docx')).toEqual(plain);
});

test("another add-in's settings are not ours", async () => {
  const template = await documentWith(
    { houseStyleMapping: { responsibility: 'House Bullet' } },
    '{0B1D3E4F-0000-4000-8000-000000000001}',
  );
  const out = path.join(path.dirname(template), 'out.docx');
  expect((await runCli([...INSERT, '--template', template, '--out', out])).code).toBe(0);
  expect(new Set(await responsibilityStyles(out))).toEqual(new Set(['ListBullet']));
});

test('a catalog address saved in the document is used by insert and blocks; --catalog wins', async () => {
  // An http:// address is refused before any request: proof the saved address was taken, with no network.
  const template = await documentWith({ jdbCatalogUrl: 'http://intranet.example.org/catalog.json' });
  const dir = path.dirname(template);
  const refused = await runCli([...INSERT, '--template', template, '--out', path.join(dir, 'x.docx')]);
  expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining('http://intranet.example.org')]);

  const builtin = path.join(__dirname, '../../catalog/namss-jd-builder-2021.json');
  const out = path.join(dir, 'out.docx');
  expect((await runCli([...INSERT, '--template', template, '--out', out, '--catalog', builtin])).code).toBe(0);
  const refresh = await runCli(['blocks', 'refresh', '--in', out, '--out', path.join(dir, 'r.docx'), '--block', '1']);
  expect([refresh.code, refresh.stderr]).toEqual([1, expect.stringContaining('http://intranet.example.org')]);
});

test("settings written into a document without the add-in's parts are laid out as Word lays them, and read back", async () => {
  const file = path.join(tempDir(), 'plain.docx');
  writeFileSync(file, await packWordPackage({ document: DOCUMENT, styles: STYLES }));
  const pkg = await openPackage(readFileSync(file), 'plain');
  await writeAddinSetting(pkg, 'houseStyleMapping', { body: 'Normal' });
  await writeAddinSetting(pkg, 'jdbCatalogUrl', 'https://intranet.example.org/c.json');

  const rootRels = parseXml((await readPart(pkg, '_rels/.rels'))!);
  const panes = Array.from(rootRels.getElementsByTagName('Relationship')).find((r) =>
    r.getAttribute('Type')!.endsWith('/webextensiontaskpanes'),
  );
  expect(panes?.getAttribute('Target')).toBe('word/webextensions/taskpanes.xml');
  const extension = parseXml((await readPart(pkg, 'word/webextensions/webextension1.xml'))!);
  const reference = extension.getElementsByTagNameNS(
    'http://schemas.microsoft.com/office/webextensions/webextension/2010/11',
    'reference',
  )[0];
  expect(reference.getAttribute('id')).toBe(PRODUCTION_ID);
  const types = (await readPart(pkg, '[Content_Types].xml'))!;
  expect(types).toContain(
    'PartName="/word/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"',
  );
  expect(types).toContain('ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"');
  expect(Object.fromEntries(await readAddinSettings(pkg))).toEqual({
    houseStyleMapping: { body: 'Normal' },
    jdbCatalogUrl: 'https://intranet.example.org/c.json',
  });
  // A hidden pane: opening the document does not pop the add-in open.
  expect((await readPart(pkg, 'word/webextensions/taskpanes.xml'))!).toContain('visibility="0"');
});
