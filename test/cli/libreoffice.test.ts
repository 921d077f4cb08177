/**
 * Real-document round trips: the CLI's output for every test template is opened by headless LibreOffice,
 * converted to PDF and saved again as .docx. A document LibreOffice cannot open fails the conversion; the
 * re-saved copy must still hold the inserted text with the template's styles. Page 1 of the house-style
 * output is kept as a PNG in test-artifacts/ for people to look at.
 * LibreOffice and pdftoppm (poppler-utils) are required: without them this test fails (it does not skip).
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { Catalog } from '../../src/catalog/types';
import { parseXml } from '../../src/xml/dom';
import { buildTemplate, TEMPLATE_KINDS, type TemplateKind } from '../support/templates';
import { attr, paragraphStyle, readDocx, runCli, tempDir, textOf, wAll } from './helpers';
import { soffice } from './soffice';

jest.setTimeout(300_000);

const ARTIFACTS = path.join(__dirname, '../../test-artifacts/libreoffice');
const catalog: Catalog = JSON.parse(
  readFileSync(path.join(__dirname, '../../catalog/namss-jd-builder-2021.json'), 'utf8'),
);
const LEVEL = 'managerial';

/** Style id -> w:name (the language-independent name of a built-in, the display name of a custom style). */
function styleNames(stylesXml: string): Map<string, string> {
  return new Map(wAll(parseXml(stylesXml), 'style').map((s) => [attr(s, 'styleId')!, attr(wAll(s, 'name')[0])!]));
}

describe('LibreOffice opens every CLI output', () => {
  const outputs = new Map<TemplateKind, string>();
  const expectedNames = new Map<TemplateKind, { competencyHeading: string; responsibility: string }>();
  let profile: string;
  let work: string;

  beforeAll(async () => {
    // Conversions happen in a private folder (test runs may overlap); the artifacts are copied at the end.
    work = tempDir();
    mkdirSync(path.join(work, 'resaved'));
    for (const kind of TEMPLATE_KINDS) {
      const template = await buildTemplate(kind);
      const input = path.join(work, `${kind}-template.docx`);
      writeFileSync(input, template.bytes);
      const out = path.join(work, `${kind}.docx`);
      const r = await runCli([
        'insert',
        '--template',
        input,
        '--out',
        out,
        '--level',
        LEVEL,
        '--qualifications',
        '--fill',
        'work-setting=Valley Hospital',
      ]);
      if (r.code !== 0) throw new Error(`CLI failed on the ${kind} template: ${r.stderr}`);
      outputs.set(kind, out);
      const names = styleNames((await readDocx(out)).get('word/styles.xml')!);
      expectedNames.set(kind, {
        competencyHeading: names.get(template.expected.competencyHeading)!,
        responsibility: names.get(template.expected.responsibility)!,
      });
    }
    profile = path.join(os.tmpdir(), `jdb-lo-profile-${process.pid}-${Date.now()}`);
  });

  afterAll(() => {
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('converts each output to PDF', () => {
    const files = [...outputs.values()];
    const r = soffice(['--convert-to', 'pdf', '--outdir', work, ...files], profile);
    expect(r.status).toBe(0);
    for (const kind of TEMPLATE_KINDS) {
      const pdf = path.join(work, `${kind}.pdf`);
      expect([kind, existsSync(pdf)]).toEqual([kind, true]);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      // A job description of this size runs over several pages; an empty or failed render is a few KB.
      expect(statSync(pdf).size).toBeGreaterThan(20_000);
    }
  });

  it('saves each output again as .docx with the inserted text and the template styles intact', async () => {
    const files = [...outputs.values()];
    const r = soffice(
      ['--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(work, 'resaved'), ...files],
      profile,
    );
    expect(r.status).toBe(0);
    const competencies = catalog.competencies.filter((c) => c.levels[LEVEL]);
    for (const kind of TEMPLATE_KINDS) {
      const resaved = await readDocx(path.join(work, 'resaved', `${kind}.docx`));
      const doc = parseXml(resaved.get('word/document.xml')!);
      const names = styleNames(resaved.get('word/styles.xml')!);
      const paragraphs = wAll(doc, 'p');
      const nameOf = (text: string) => {
        const p = paragraphs.find((x) => textOf(x) === text);
        return p && names.get(paragraphStyle(p) ?? '');
      };
      const expected = expectedNames.get(kind)!;
      const texts = paragraphs.map(textOf);
      expect(texts.some((t) => t.includes('[[JOB'))).toBe(false);
      // Reading order survives: every competency title and responsibility, in catalog order.
      let at = -1;
      for (const c of competencies) {
        const i = texts.indexOf(c.title, at + 1);
        expect([kind, c.title, i > at]).toEqual([kind, c.title, true]);
        at = i;
        expect([kind, c.title, nameOf(c.title)?.toLowerCase()]).toEqual([
          kind,
          c.title,
          expected.competencyHeading.toLowerCase(),
        ]);
        for (const resp of c.levels[LEVEL].responsibilities) {
          const text = resp.text.replace('[insert work setting]', 'Valley Hospital');
          const j = texts.indexOf(text, at + 1);
          expect([kind, resp.id, j > at]).toEqual([kind, resp.id, true]);
          at = j;
          expect([kind, resp.id, nameOf(text)?.toLowerCase()]).toEqual([
            kind,
            resp.id,
            expected.responsibility.toLowerCase(),
          ]);
        }
      }
      // The template's own text after the placeholder is still there, after the block.
      expect(texts.indexOf('Approvals', at)).toBeGreaterThan(at);
    }
  });

  it('renders page 1 of the house-style output to PNG (kept in test-artifacts/)', () => {
    const png = path.join(work, 'house-page1.png');
    const pdf = path.join(work, 'house.pdf');
    const r = spawnSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      png.replace(/\.png$/, ''),
    ]);
    if (r.error) {
      throw new Error(
        `pdftoppm could not be run (${r.error.message}); install poppler-utils (scripts/setup-debian.sh does).`,
      );
    }
    expect(r.status).toBe(0);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of ['house-page1.png', ...TEMPLATE_KINDS.flatMap((k) => [`${k}.docx`, `${k}.pdf`])]) {
      copyFileSync(path.join(work, name), path.join(ARTIFACTS, name));
    }
  });
});
