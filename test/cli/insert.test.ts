/**
 * The insert command on each test template: the block lands where asked, in the template's own styles,
 * complete and in order, and nothing else in the package changes.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import type { Catalog } from '../../src/catalog/types';
import { parseXml } from '../../src/xml/dom';
import {
  BOOKMARK,
  buildPlaceholderTemplate,
  PLACEHOLDER,
  TEMPLATE_KINDS,
  type TemplateKind,
} from '../support/templates';
import {
  attr,
  entries,
  paragraphRange,
  paragraphStyle,
  parseFragment,
  readDocx,
  runCli,
  storedEntries,
  tempDir,
  textOf,
  wAll,
  writeTemplate,
} from './helpers';

const catalog: Catalog = JSON.parse(
  readFileSync(path.join(__dirname, '../../catalog/namss-jd-builder-2021.json'), 'utf8'),
);
const LEVEL = 'managerial';

/** What a complete managerial job description holds, read from the catalog itself, in reading order. */
function expectedManagerialTexts(): { competencies: string[]; responsibilities: string[]; all: string[] } {
  const competencies = catalog.competencies.filter((c) => c.levels[LEVEL]?.responsibilities.length);
  const responsibilities = competencies.flatMap((c) => c.levels[LEVEL].responsibilities.map((r) => r.text));
  const qualifications = catalog.qualifications.filter((q) => q.levels.includes(LEVEL)).map((q) => q.text);
  const all = [
    ...qualifications,
    ...competencies.flatMap((c) => [c.title, ...c.levels[LEVEL].responsibilities.map((r) => r.text)]),
    ...catalog.skills.flatMap((s) => [s.name, s.description]),
  ];
  return { competencies: competencies.map((c) => c.title), responsibilities, all };
}

async function insertInto(kind: TemplateKind, extra: string[] = []) {
  const dir = tempDir();
  const { file, template } = await writeTemplate(dir, kind);
  const out = path.join(dir, `${kind}-out.docx`);
  const result = await runCli([
    'insert',
    '--template',
    file,
    '--out',
    out,
    '--level',
    LEVEL,
    '--qualifications',
    ...extra,
  ]);
  return {
    result,
    template,
    out,
    before: await readDocx(file),
    after: existsSync(out) ? await readDocx(out) : new Map<string, string>(),
  };
}

describe.each(TEMPLATE_KINDS)('insert into the %s template', (kind) => {
  let run: Awaited<ReturnType<typeof insertInto>>;
  let inserted: Element;
  let original: string;
  let output: string;
  let range: [number, number];

  beforeAll(async () => {
    run = await insertInto(kind);
    original = run.before.get('word/document.xml')!;
    output = run.after.get('word/document.xml') ?? '';
    range = paragraphRange(original, '[[JOB ');
    inserted = parseFragment(output, output.slice(range[0], output.length - (original.length - range[1])));
  });

  it('succeeds with a one-line summary', () => {
    expect(run.result.stderr).not.toMatch(/error/i);
    expect(run.result.code).toBe(0);
    expect(run.result.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.result.stdout).toContain(run.out);
  });

  it('replaces the placeholder paragraph and leaves the paragraphs before and after it byte for byte', () => {
    expect(output).not.toContain('[[JOB');
    expect(output.startsWith(original.slice(0, range[0]))).toBe(true);
    expect(output.endsWith(original.slice(range[1]))).toBe(true);
  });

  it('inserts the whole job description, in order', () => {
    const text = wAll(inserted, 'p').map(textOf).join('\n');
    let at = 0;
    for (const expected of expectedManagerialTexts().all) {
      const found = text.indexOf(expected, at);
      expect({ expected, found: found >= 0 }).toEqual({ expected, found: true });
      at = found + expected.length;
    }
  });

  it("formats every part in the template's own styles", () => {
    const paragraphs = wAll(inserted, 'p').filter((p) => p.parentNode && (p.parentNode as Element).localName !== 'tc');
    const styleOf = (text: string) => paragraphStyle(paragraphs.find((p) => textOf(p) === text)!);
    const { expected } = run.template;
    expect(styleOf('Qualifications')).toBe(expected.sectionHeading);
    const { competencies, responsibilities } = expectedManagerialTexts();
    for (const title of competencies) expect([title, styleOf(title)]).toEqual([title, expected.competencyHeading]);
    for (const r of responsibilities) expect([r, styleOf(r)]).toEqual([r, expected.responsibility]);
    expect(wAll(inserted, 'tblStyle').map((s) => attr(s))).toEqual([expected.table]);
  });

  it('refers only to styles the output defines, and keeps every existing style definition unchanged', () => {
    const stylesBefore = run.before.get('word/styles.xml')!;
    const stylesAfter = run.after.get('word/styles.xml')!;
    for (const def of stylesBefore.match(/<w:style [\s\S]*?<\/w:style>/g)!) expect(stylesAfter).toContain(def);
    const defined = new Set(wAll(parseXml(stylesAfter), 'style').map((s) => attr(s, 'styleId')));
    const used = [...wAll(parseXml(output), 'pStyle'), ...wAll(parseXml(output), 'tblStyle')].map((s) => attr(s)!);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('leaves every other package entry byte-identical, with its compression method', async () => {
    const before = await entries(run.template.bytes);
    const after = await entries(readFileSync(run.out));
    const changeable = [
      'word/document.xml',
      'word/styles.xml',
      'word/numbering.xml',
      'word/_rels/document.xml.rels',
      '[Content_Types].xml',
    ];
    for (const [name, bytes] of before) {
      if (!changeable.includes(name)) expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
    // Not only the same content: the same stored bytes and compression method (core.xml is stored uncompressed).
    const storedBefore = storedEntries(run.template.bytes);
    const storedAfter = storedEntries(readFileSync(run.out));
    for (const [name, entry] of storedBefore) {
      if (changeable.includes(name)) continue;
      expect([name, storedAfter.get(name)?.method, storedAfter.get(name)?.data.equals(entry.data)]).toEqual([
        name,
        entry.method,
        true,
      ]);
    }
    expect(storedAfter.get('docProps/core.xml')?.method).toBe(0);
  });

  it('gives bullets a list definition that exists and leaves existing lists alone', () => {
    const numbering = run.after.get('word/numbering.xml');
    expect(numbering).toBeDefined();
    const numbered = parseXml(numbering!);
    const numIds = wAll(numbered, 'num').map((n) => attr(n, 'numId'));
    const oldNumbering = run.before.get('word/numbering.xml');
    for (const def of oldNumbering?.match(/<w:(abstractNum|num) [\s\S]*?<\/w:\1>/g) ?? [])
      expect(numbering).toContain(def);
    // The bullet paragraphs get their numbering from their style or directly; either way it must resolve.
    const styles = parseXml(run.after.get('word/styles.xml')!);
    const bulletStyle = wAll(styles, 'style').find((s) => attr(s, 'styleId') === run.template.expected.responsibility)!;
    const bulletNumIds = [...wAll(bulletStyle, 'numId'), ...wAll(inserted, 'numId')].map((n) => attr(n));
    expect(bulletNumIds.length).toBeGreaterThan(0);
    for (const id of bulletNumIds) expect(numIds).toContain(id);
    if (kind === 'numbered') expect(bulletNumIds.every((id) => !['1', '2', '3'].includes(id!))).toBe(true);
  });
});

describe('insertion points', () => {
  it('--at-bookmark inserts after the bookmarked paragraph and leaves the placeholder alone', async () => {
    const { result, after } = await insertInto('house', [
      '--at-bookmark',
      BOOKMARK,
      '--select',
      'essential',
      '--skills',
      'none',
    ]);
    expect(result.code).toBe(0);
    const body = wAll(parseXml(after.get('word/document.xml')!), 'body')[0];
    const texts = Array.from(body.childNodes).map((n) => textOf(n as Element));
    const marked = texts.indexOf('The duties below follow the NAMSS Job Description Builder.');
    expect(texts[marked + 1]).toContain('Qualifications');
    expect(texts).toContain(PLACEHOLDER);
  });

  it('--at-end inserts after the last paragraph, before the section properties', async () => {
    const { result, after } = await insertInto('plain', ['--at-end', '--skills', 'none']);
    expect(result.code).toBe(0);
    const body = wAll(parseXml(after.get('word/document.xml')!), 'body')[0];
    const children = Array.from(body.childNodes).filter((n) => n.nodeType === 1) as Element[];
    expect(children[children.length - 1].localName).toBe('sectPr');
    expect(textOf(children[children.length - 2])).not.toBe('This job description is reviewed every year.');
    expect(children.map(textOf).indexOf('This job description is reviewed every year.')).toBeLessThan(
      children.length - 3,
    );
  });

  it('a placeholder sharing its paragraph with other text: the text stays, the token goes, the block follows', async () => {
    const dir = tempDir();
    const inline = path.join(dir, 'inline.docx');
    writeFileSync(inline, await buildPlaceholderTemplate('Duties: [[JOB DESCRIPTION]] (see the builder)'));
    const out = path.join(dir, 'inline-out.docx');
    const result = await runCli(['insert', '--template', inline, '--out', out, '--level', 'entry', '--skills', 'none']);
    expect(result.code).toBe(0);
    const body = wAll(parseXml((await readDocx(out)).get('word/document.xml')!), 'body')[0];
    const texts = Array.from(body.childNodes).map((n) => textOf(n as Element));
    const i = texts.indexOf('Duties:  (see the builder)');
    expect(i).toBeGreaterThan(-1);
    expect(texts[i + 1]).toContain('Essential Functions and Responsibilities');
    expect(texts[texts.length - 2]).toBe('After the placeholder.');
  });

  it('a placeholder paragraph that ends a section stays (emptied) and the block goes before it', async () => {
    const dir = tempDir();
    const zip = await JSZip.loadAsync(await buildPlaceholderTemplate(PLACEHOLDER));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const sectionBreak = '<w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr>';
    zip.file(
      'word/document.xml',
      documentXml.replace(
        '<w:p><w:r><w:t xml:space="preserve">[[',
        `<w:p>${sectionBreak}<w:r><w:t xml:space="preserve">[[`,
      ),
    );
    const input = path.join(dir, 'section.docx');
    writeFileSync(input, await zip.generateAsync({ type: 'uint8array' }));
    const out = path.join(dir, 'section-out.docx');
    expect(
      (await runCli(['insert', '--template', input, '--out', out, '--level', 'entry', '--skills', 'none'])).code,
    ).toBe(0);
    const body = wAll(parseXml((await readDocx(out)).get('word/document.xml')!), 'body')[0];
    const children = Array.from(body.childNodes) as Element[];
    const breakAt = children.findIndex((c) => c.localName === 'p' && wAll(c, 'sectPr').length > 0);
    expect(textOf(children[breakAt])).toBe('');
    expect(children[breakAt - 1].localName).toBe('sdt');
    expect(textOf(children[breakAt + 1])).toBe('After the placeholder.');
  });

  it('keeps the bookmarks of a replaced placeholder paragraph', async () => {
    const dir = tempDir();
    const inline = path.join(dir, 'bookmarked.docx');
    writeFileSync(inline, await buildPlaceholderTemplate(PLACEHOLDER, 'JDHere'));
    const out = path.join(dir, 'bookmark-out.docx');
    expect(
      (await runCli(['insert', '--template', inline, '--out', out, '--level', 'entry', '--skills', 'none'])).code,
    ).toBe(0);
    const doc = parseXml((await readDocx(out)).get('word/document.xml')!);
    expect(wAll(doc, 'bookmarkStart').map((b) => attr(b, 'name'))).toContain('JDHere');
    expect(wAll(doc, 'bookmarkEnd')).toHaveLength(wAll(doc, 'bookmarkStart').length);
    expect(doc.documentElement.textContent).not.toContain(PLACEHOLDER);
  });
});

describe('choices', () => {
  it('--select essential takes only competencies rated very essential or essential at the level', async () => {
    const { result, after } = await insertInto('plain', ['--select', 'essential', '--skills', 'none']);
    expect(result.code).toBe(0);
    const text = parseXml(after.get('word/document.xml')!).documentElement.textContent!;
    for (const c of catalog.competencies) {
      const level = c.levels[LEVEL];
      if (!level) continue;
      const wanted = level.rating === 'very-essential' || level.rating === 'essential';
      for (const r of level.responsibilities) expect([r.id, text.includes(r.text)]).toEqual([r.id, wanted]);
    }
  });

  it('--select ids, --skills ids, --fill and --style are honoured', async () => {
    const competency = catalog.competencies.find((c) =>
      c.levels[LEVEL]?.responsibilities.some((r) => r.text.includes('[insert')),
    );
    const withToken = competency?.levels[LEVEL].responsibilities.find((r) => r.text.includes('[insert'));
    const plain = catalog.competencies[0].levels[LEVEL].responsibilities[0];
    const ids = [plain.id, ...(withToken ? [withToken.id] : [])];
    const skill = catalog.skills[1];
    const { result, after } = await insertInto('house', [
      '--select',
      ids.join(','),
      '--skills',
      skill.id,
      '--fill',
      'work-setting=Valley Hospital',
      '--fill',
      'facility-platform=CredentialStream',
      '--style',
      'responsibility=JD Body',
    ]);
    expect(result.code).toBe(0);
    const doc = parseXml(after.get('word/document.xml')!);
    const paragraphs = wAll(doc, 'p');
    const bullet = paragraphs.find((p) => textOf(p) === plain.text)!;
    expect(paragraphStyle(bullet)).toBe('JDBody');
    const text = doc.documentElement.textContent!;
    expect(text).toContain(skill.name);
    expect(text).not.toContain(catalog.skills[2].name);
    if (withToken) {
      expect(text).not.toContain('[insert work setting]');
      expect(text).not.toContain('[insert facility platform]');
    }
  });
});

describe('errors', () => {
  const args = (template: string, out: string, ...extra: string[]) => [
    'insert',
    '--template',
    template,
    '--out',
    out,
    '--level',
    LEVEL,
    ...extra,
  ];

  it('a missing template', async () => {
    const dir = tempDir();
    const r = await runCli(args(path.join(dir, 'nope.docx'), path.join(dir, 'out.docx')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot read the template .*nope\.docx: no such file/);
  });

  it('a template that is not a zip, and a zip without word/document.xml', async () => {
    const dir = tempDir();
    const text = path.join(dir, 'text.docx');
    writeFileSync(text, 'just text');
    const r1 = await runCli(args(text, path.join(dir, 'out.docx')));
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/is not a \.docx file/);
    const zip = new JSZip().file('hello.txt', 'hi');
    const bare = path.join(dir, 'bare.docx');
    writeFileSync(bare, await zip.generateAsync({ type: 'uint8array' }));
    const r2 = await runCli(args(bare, path.join(dir, 'out.docx')));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/not a Word document: it has no word\/document\.xml/);
    expect(existsSync(path.join(dir, 'out.docx'))).toBe(false);
  });

  it('an unknown level, responsibility, skill or placeholder names the valid choices', async () => {
    const dir = tempDir();
    const { file } = await writeTemplate(dir, 'plain');
    const out = path.join(dir, 'out.docx');
    const level = await runCli(['insert', '--template', file, '--out', out, '--level', 'senior']);
    expect(level.code).toBe(1);
    expect(level.stderr).toMatch(
      /Unknown level "senior".*Entry Level \(entry\), Mid-Career \(mid-career\), Managerial \(managerial\), Executive \(executive\)/,
    );
    const id = await runCli(args(file, out, '--select', 'no-such-id'));
    expect(id.code).toBe(1);
    expect(id.stderr).toMatch(/Unknown responsibility or competency "no-such-id"/);
    const skill = await runCli(args(file, out, '--skills', 'juggling'));
    expect(skill.stderr).toMatch(/Unknown skill "juggling"/);
    const fill = await runCli(args(file, out, '--fill', 'colour=red'));
    expect(fill.stderr).toMatch(/--fill colour: the catalog has no such placeholder/);
    expect(existsSync(out)).toBe(false);
  });

  it('a placeholder or bookmark that is not in the template', async () => {
    const dir = tempDir();
    const { file } = await writeTemplate(dir, 'german');
    const out = path.join(dir, 'out.docx');
    const text = await runCli(args(file, out, '--at-text', '{{JD}}'));
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/The placeholder "\{\{JD\}\}" was not found/);
    const mark = await runCli(args(file, out, '--at-bookmark', 'Nowhere'));
    expect(mark.code).toBe(1);
    expect(mark.stderr).toContain(`The bookmark "Nowhere" was not found in the template. Bookmarks: ${BOOKMARK}.`);
    expect(existsSync(out)).toBe(false);
  });

  it('a damaged document.xml is named, and nothing is written', async () => {
    const dir = tempDir();
    const zip = new JSZip().file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p></w:body>');
    const broken = path.join(dir, 'broken.docx');
    writeFileSync(broken, await zip.generateAsync({ type: 'uint8array' }));
    const r = await runCli(args(broken, path.join(dir, 'out.docx')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/word\/document\.xml in the template is damaged/);
    expect(existsSync(path.join(dir, 'out.docx'))).toBe(false);
  });

  it('a damaged styles.xml is named', async () => {
    const dir = tempDir();
    const { template } = await writeTemplate(dir, 'house');
    const zip = (await JSZip.loadAsync(template.bytes)).file('word/styles.xml', '<w:styles xmlns:w="x"><w:style>');
    const broken = path.join(dir, 'broken-styles.docx');
    writeFileSync(broken, await zip.generateAsync({ type: 'uint8array' }));
    const r = await runCli(args(broken, path.join(dir, 'out.docx')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/word\/styles\.xml in the template is damaged/);
  });

  it('a template without styles or numbering parts gets them, with relationships and content types', async () => {
    const dir = tempDir();
    const { template } = await writeTemplate(dir, 'plain');
    const zip = await JSZip.loadAsync(template.bytes);
    // A document with no styles part uses no styles of its own.
    zip.remove('word/styles.xml');
    const documentXml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', documentXml.replace(/<w:pPr><w:pStyle w:val="[^"]*"\/><\/w:pPr>/g, ''));
    zip.file(
      'word/_rels/document.xml.rels',
      (await zip.file('word/_rels/document.xml.rels')!.async('string')).replace(/<Relationship Id="rId1"[^>]*\/>/, ''),
    );
    const bare = path.join(dir, 'no-styles.docx');
    writeFileSync(bare, await zip.generateAsync({ type: 'uint8array' }));
    const out = path.join(dir, 'out.docx');
    expect((await runCli(args(bare, out))).code).toBe(0);
    const parts = await readDocx(out);
    const defined = wAll(parseXml(parts.get('word/styles.xml')!), 'style').map((s) => attr(s, 'styleId'));
    const used = wAll(parseXml(parts.get('word/document.xml')!), 'pStyle').map((s) => attr(s));
    expect(used.filter((id) => !defined.includes(id))).toEqual([]);
    expect(parts.get('word/_rels/document.xml.rels')).toMatch(/relationships\/styles" Target="styles\.xml"/);
    expect(parts.get('word/_rels/document.xml.rels')).toMatch(/relationships\/numbering" Target="numbering\.xml"/);
    expect(parts.get('[Content_Types].xml')).toContain('<Override PartName="/word/styles.xml"');
    expect(parts.get('[Content_Types].xml')).toContain('<Override PartName="/word/numbering.xml"');
  });

  it('a document.xml that starts with a byte-order mark is read', async () => {
    const dir = tempDir();
    const { template } = await writeTemplate(dir, 'plain');
    const zip = await JSZip.loadAsync(template.bytes);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', Buffer.from('\uFEFF' + documentXml, 'utf8'));
    const bom = path.join(dir, 'bom.docx');
    writeFileSync(bom, await zip.generateAsync({ type: 'uint8array' }));
    const r = await runCli(args(bom, path.join(dir, 'out.docx')));
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
  });

  it('an output that cannot be written', async () => {
    const dir = tempDir();
    const { file } = await writeTemplate(dir, 'plain');
    const r = await runCli(args(file, path.join(dir, 'missing-folder', 'out.docx')));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cannot write .*missing-folder.*: its folder does not exist/);
    mkdirSync(path.join(dir, 'a-folder.docx'));
    const folder = await runCli(args(file, path.join(dir, 'a-folder.docx')));
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/Cannot write .*a-folder\.docx: it is a folder/);
  });

  it('refuses a link to the template as --out', async () => {
    const dir = tempDir();
    const { file } = await writeTemplate(dir, 'plain');
    const link = path.join(dir, 'link.docx');
    symlinkSync(file, link);
    const r = await runCli(args(file, link));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/never overwritten unless you add --force/);
  });

  it('never overwrites the template unless --force', async () => {
    const dir = tempDir();
    const { file, template } = await writeTemplate(dir, 'plain');
    const refused = await runCli(args(file, path.join(dir, '.', 'plain.docx')));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/never overwritten unless you add --force/);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(template.bytes))).toBe(true);
    const forced = await runCli(args(file, file, '--force'));
    expect(forced.code).toBe(0);
    expect((await readDocx(file)).get('word/document.xml')).not.toContain('[[JOB');
  });

  it('usage mistakes exit with 2 and point to --help', async () => {
    for (const argv of [
      ['insert', '--level', LEVEL],
      ['insert', '--bogus'],
      ['frobnicate'],
      ['insert', '--at-end', '--at-text', 'x', '--template', 'a', '--out', 'b', '--level', 'entry'],
    ]) {
      const r = await runCli(argv);
      expect([argv.join(' '), r.code]).toEqual([argv.join(' '), 2]);
      expect(r.stderr).toContain('jd-builder --help');
    }
  });
});

describe('help and list', () => {
  it('--help documents every option', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const option of [
      '--template',
      '--out',
      '--level',
      '--catalog',
      '--select',
      '--skills',
      '--qualifications',
      '--at-text',
      '--at-bookmark',
      '--at-end',
      '--style',
      '--work-setting',
      '--fill',
      '--force',
      'list',
    ]) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toContain(PLACEHOLDER);
  });

  it('list prints the level view with ids', async () => {
    const r = await runCli(['list', '--level', 'entry']);
    expect(r.code).toBe(0);
    for (const c of catalog.competencies.filter((x) => x.levels.entry)) {
      expect(r.stdout).toContain(c.title);
      for (const resp of c.levels.entry.responsibilities) expect(r.stdout).toContain(`${resp.id}  ${resp.text}`);
    }
    for (const s of catalog.skills) expect(r.stdout).toContain(s.id);
    // The skills are rated in the source; the output says the ratings were lost rather than "unrated".
    expect(r.stdout).toContain('The source rates every skill at every level');
    expect(r.stdout).not.toMatch(/unrated/);
  });

  it('list names a level the source does not state as added', async () => {
    const r = await runCli(['list', '--level', 'managerial', '--catalog', 'catalog/greeley-dmss-sample.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Managerial (added, not in the source), level id "managerial"');
    expect(r.stdout).not.toMatch(/years/);
  });
});
