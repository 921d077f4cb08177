/**
 * `jd-builder blocks` round trips on the test templates: insert at entry -> list -> re-level to mid-career ->
 * refresh from an updated catalog -> remove; edited blocks refused without --force; every output opened by
 * LibreOffice (one soffice call for all of them).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import type { Catalog } from '../../src/catalog/types';
import { parseXml } from '../../src/xml/dom';
import { TEMPLATE_KINDS, type TemplateKind } from '../support/templates';
import { paragraphStyle, readDocx, runCli, tempDir, textOf, wAll, writeTemplate } from './helpers';
import { soffice } from './soffice';

jest.setTimeout(300_000);

const PEP = 'provider-enrollment-process';
const namss: Catalog = JSON.parse(
  readFileSync(path.join(__dirname, '../../catalog/namss-jd-builder-2021.json'), 'utf8'),
);
const texts = (levelId: string, competencyId = PEP) =>
  namss.competencies.find((c) => c.id === competencyId)!.levels[levelId].responsibilities.map((r) => r.text);

async function documentXml(file: string): Promise<string> {
  return (await readDocx(file)).get('word/document.xml')!;
}

/** Body-level paragraphs and content controls, as [kind, text] in order. */
async function bodyOutline(file: string): Promise<string[]> {
  const doc = parseXml(await documentXml(file));
  const body = wAll(doc, 'body')[0];
  return Array.from(body.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .map((e) =>
      e.localName === 'sdt'
        ? `sdt:${wAll(e, 'alias')[0]?.getAttribute('w:val')}`
        : `${e.localName}:${e.localName === 'p' ? textOf(e) : ''}`,
    );
}

const cli = (...argv: string[]) => runCli(argv);

async function ok(...argv: string[]) {
  const r = await cli(...argv);
  if (r.code !== 0) throw new Error(`jd-builder ${argv.join(' ')} failed: ${r.stderr}`);
  return r;
}

/** The same document with one word of a responsibility changed inside block 1, as a user would edit it. */
async function editInWord(file: string, out: string, from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml.includes(from)).toBe(true);
  zip.file('word/document.xml', xml.replace(from, to));
  writeFileSync(out, await zip.generateAsync({ type: 'uint8array' }));
}

describe('blocks on .docx files', () => {
  let dir: string;
  const finals: string[] = [];
  let updatedCatalog: string;
  const reworded = 'Assist the finance department with payer contracting (updated wording).';

  beforeAll(() => {
    dir = tempDir();
    const copy: Catalog = JSON.parse(JSON.stringify(namss));
    copy.version = '2099.1.0';
    copy.competencies.find((c) => c.id === PEP)!.levels['mid-career'].responsibilities[0].text = reworded;
    updatedCatalog = path.join(dir, 'updated-catalog.json');
    writeFileSync(updatedCatalog, JSON.stringify(copy));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(TEMPLATE_KINDS.map((k) => [k]))(
    '%s template: insert at entry, re-level, refresh, remove',
    async (kind: TemplateKind) => {
      const { file: template } = await writeTemplate(dir, kind);
      const at = (name: string) => path.join(dir, `${kind}-${name}.docx`);
      await ok(
        'insert',
        '--template',
        template,
        '--out',
        at('entry'),
        '--level',
        'entry',
        '--select',
        `${PEP},data-management`,
        '--skills',
        'none',
      );

      const listed = await ok('blocks', 'list', '--in', at('entry'));
      const rows = listed.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t'));
      expect(rows[0]).toEqual(['#', 'title', 'part', 'competency', 'level', 'catalog', 'items', 'edited']);
      expect(rows.slice(1).map((r) => [r[0], r[3], r[4], r[6], r[7]])).toEqual([
        ['1', PEP, 'entry', String(texts('entry').length), 'no'],
        ['2', 'data-management', 'entry', String(texts('entry', 'data-management').length), 'no'],
      ]);
      const entryOutline = await bodyOutline(at('entry'));

      // Re-level: the whole competency becomes the whole competency at mid-career, in the same styles, same place.
      const relevel = await ok(
        'blocks',
        'relevel',
        '--in',
        at('entry'),
        '--out',
        at('mid'),
        '--block',
        '1',
        '--level',
        'Mid-Career',
      );
      expect(relevel.stdout).toContain(`+ ${texts('mid-career')[0]}`);
      expect(await bodyOutline(at('mid'))).toEqual(entryOutline);
      const mid = parseXml(await documentXml(at('mid')));
      const entryDoc = parseXml(await documentXml(at('entry')));
      const paragraphs = wAll(mid, 'p').map((p) => [textOf(p), paragraphStyle(p)]);
      const bulletStyle = paragraphStyle(wAll(entryDoc, 'p').find((p) => textOf(p) === texts('entry')[0])!);
      for (const text of texts('mid-career')) expect(paragraphs).toContainEqual([text, bulletStyle]);
      for (const text of texts('entry').filter((t) => !texts('mid-career').includes(t)))
        expect(paragraphs.map((p) => p[0])).not.toContain(text);
      expect((await ok('blocks', 'list', '--in', at('mid'))).stdout).toContain(
        `${PEP}\tmid-career\tnamss-jd-builder-2021 2021.10.2\t${texts('mid-career').length}\tno`,
      );

      // Refresh from an updated catalog: the diff is printed, then applied; the block remembers the new version.
      const refresh = await ok(
        'blocks',
        'refresh',
        '--in',
        at('mid'),
        '--out',
        at('refreshed'),
        '--block',
        '1',
        '--catalog',
        updatedCatalog,
      );
      expect(refresh.stdout).toContain(`- ${texts('mid-career')[0]}\n+ ${reworded}\n`);
      expect(wAll(parseXml(await documentXml(at('refreshed'))), 'p').map(textOf)).toContain(reworded);
      expect((await ok('blocks', 'list', '--in', at('refreshed'))).stdout).toContain('namss-jd-builder-2021 2099.1.0');

      // Remove: the control and its paragraphs go, nothing else, and no empty paragraph is left.
      await ok('blocks', 'remove', '--in', at('refreshed'), '--out', at('removed'), '--block', '1');
      const outline = await bodyOutline(at('removed'));
      expect(outline).toEqual(entryOutline.filter((e) => e !== entryOutline.find((x) => x.startsWith('sdt:'))));
      expect(outline.filter((e) => e === 'p:').length).toBe(entryOutline.filter((e) => e === 'p:').length);
      finals.push(at('mid'), at('refreshed'), at('removed'));
    },
  );

  test('an edited block is refused with what would be lost, and changed only with --force', async () => {
    const { file: template } = await writeTemplate(dir, 'plain');
    const entry = path.join(dir, 'edit-entry.docx');
    await ok('insert', '--template', template, '--out', entry, '--level', 'entry', '--select', PEP, '--skills', 'none');
    const edited = path.join(dir, 'edit-edited.docx');
    const original = texts('entry')[0];
    await editInWord(entry, edited, 'Perform tracking', 'Perform careful tracking');
    expect((await ok('blocks', 'list', '--in', edited)).stdout).toMatch(/\tyes\n$/);

    const out = path.join(dir, 'edit-out.docx');
    for (const action of [['relevel', '--level', 'mid-career'], ['refresh'], ['remove']]) {
      const r = await cli('blocks', action[0], '--in', edited, '--out', out, '--block', '1', ...action.slice(1));
      expect([action[0], r.code]).toEqual([action[0], 1]);
      expect(r.stderr).toContain('was edited since it was inserted');
      expect(r.stderr).toContain(original.replace('Perform tracking', 'Perform careful tracking'));
      expect(r.stderr).toContain('--force');
      expect(existsSync(out)).toBe(false);
    }
    await ok('blocks', 'relevel', '--in', edited, '--out', out, '--block', '1', '--level', 'mid-career', '--force');
    expect(wAll(parseXml(await documentXml(out)), 'p').map(textOf)).toContain(texts('mid-career')[0]);
    finals.push(out);
  });

  test('clear refusals: input as output, unknown block, level or action, a document without blocks', async () => {
    const { file: template } = await writeTemplate(dir, 'house');
    const doc = path.join(dir, 'refusals.docx');
    await ok('insert', '--template', template, '--out', doc, '--level', 'entry', '--select', PEP, '--skills', 'none');
    const same = await cli('blocks', 'remove', '--in', doc, '--out', doc, '--block', '1');
    expect([same.code, same.stderr]).toEqual([2, expect.stringContaining('never overwritten unless you add --force')]);
    const range = await cli('blocks', 'remove', '--in', doc, '--out', path.join(dir, 'x.docx'), '--block', '7');
    expect([range.code, range.stderr]).toEqual([2, expect.stringContaining('the document has blocks 1-1')]);
    const level = await cli(
      'blocks',
      'relevel',
      '--in',
      doc,
      '--out',
      path.join(dir, 'x.docx'),
      '--block',
      '1',
      '--level',
      'intern',
    );
    expect([level.code, level.stderr]).toEqual([1, expect.stringContaining('Unknown level "intern"')]);
    const action = await cli('blocks', 'shuffle', '--in', doc);
    expect([action.code, action.stderr]).toEqual([2, expect.stringContaining('list, relevel, refresh, remove')]);
    expect((await ok('blocks', 'list', '--in', template)).stdout).toBe('No job-description blocks in this document.\n');
    const forced = await cli('blocks', 'remove', '--in', doc, '--out', doc, '--block', '1', '--force');
    expect(forced.code).toBe(0);
    expect((await ok('blocks', 'list', '--in', doc)).stdout).toBe('No job-description blocks in this document.\n');
  });

  test('LibreOffice opens every output and keeps the re-levelled text', async () => {
    expect(finals.length).toBe(TEMPLATE_KINDS.length * 3 + 1);
    const profile = path.join(os.tmpdir(), `jdb-lo-blocks-${process.pid}-${Date.now()}`);
    const resaved = path.join(dir, 'resaved');
    try {
      const r = soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', resaved, ...finals], profile);
      expect(r.status).toBe(0);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const file of finals) {
      const copy = path.join(resaved, path.basename(file));
      expect([path.basename(file), existsSync(copy)]).toEqual([path.basename(file), true]);
      const paragraphs = wAll(parseXml(await documentXml(copy)), 'p').map(textOf);
      expect(paragraphs).toContain('Approvals');
      if (!file.endsWith('-removed.docx'))
        expect(paragraphs.some((t) => texts('mid-career').slice(1).includes(t))).toBe(true);
    }
  });
});
