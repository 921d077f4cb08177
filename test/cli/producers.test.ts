/**
 * Every producer of .docx files (Word for Windows, Mac and the web, Google Docs, LibreOffice, WPS, localized
 * Word, Pages): a job description inserted under the template's "Duties and Responsibilities" heading takes
 * the look of the document's own paragraphs of each role, resolved as Word resolves it (direct formatting,
 * then the style chain, then the defaults); no second part heading; numbered duties restart per competency;
 * LibreOffice opens every output.
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import type { Catalog } from '../../src/catalog/types';
import { parseXml, W_NS } from '../../src/xml/dom';
import { FormatResolver } from '../support/resolve-format';
import { buildProducerTemplate, OWN, PRODUCER_KINDS, type ProducerKind } from '../support/templates/producers';
import { readDocx, runCli, tempDir, textOf, wAll } from './helpers';
import { soffice } from './soffice';

jest.setTimeout(300_000);

const catalog: Catalog = JSON.parse(
  readFileSync(path.join(__dirname, '../../catalog/namss-jd-builder-2021.json'), 'utf8'),
);
const LEVEL = 'managerial';
const competencies = catalog.competencies.filter((c) => c.levels[LEVEL]?.responsibilities.length);
const firstDuties = new Set(competencies.map((c) => c.levels[LEVEL].responsibilities[0].text));

interface Output {
  file: string;
  parts: Map<string, string>;
  doc: Document;
  resolver: FormatResolver;
  ownList: boolean;
}

const work = tempDir();
const outputs = new Map<ProducerKind, Output>();

async function insertInto(kind: ProducerKind, extra: string[] = []): Promise<Output> {
  const template = await buildProducerTemplate(kind);
  const input = path.join(work, `${kind}-template.docx`);
  writeFileSync(input, template.bytes);
  const file = path.join(work, `${kind}${extra.length ? '-extra' : ''}.docx`);
  const r = await runCli([
    'insert',
    '--template',
    input,
    '--out',
    file,
    '--level',
    LEVEL,
    '--skills',
    'none',
    ...extra,
  ]);
  if (r.code !== 0) throw new Error(`CLI failed on the ${kind} template: ${r.stderr}`);
  const parts = await readDocx(file);
  const part = (name: string) => (parts.has(name) ? parseXml(parts.get(name)!) : undefined);
  const doc = parseXml(parts.get('word/document.xml')!);
  return {
    file,
    parts,
    doc,
    resolver: new FormatResolver(part('word/styles.xml'), part('word/numbering.xml')),
    ownList: template.ownList,
  };
}

const inserted = (o: Output) => wAll(o.doc, 'sdt').flatMap((sdt) => wAll(sdt, 'p'));
const own = (o: Output, text: string) => wAll(o.doc, 'p').find((p) => textOf(p) === text && !inserted(o).includes(p))!;
const numIdOf = (p: Element) => wAll(p, 'numId')[0]?.getAttributeNS(W_NS, 'val');

beforeAll(async () => {
  for (const kind of PRODUCER_KINDS) outputs.set(kind, await insertInto(kind));
});

describe.each(PRODUCER_KINDS)('a %s template', (kind) => {
  it('gets competency headings and duties that look like its own subheadings and list items', () => {
    const o = outputs.get(kind)!;
    const paragraphs = inserted(o);
    const heading = paragraphs.find((p) => textOf(p) === competencies[0].title)!;
    expect(heading).toBeDefined();
    expect(o.resolver.resolve(heading)).toEqual(o.resolver.resolve(own(o, OWN.subheading)));
    const duty = paragraphs.find((p) => firstDuties.has(textOf(p)))!;
    const look = o.resolver.resolve(duty);
    if (o.ownList) expect(look).toEqual(o.resolver.resolve(own(o, OWN.bullet)));
    else expect(look.listKind).toBe('bullet');
  });

  it('adds no second part heading under its own "Duties and Responsibilities"', () => {
    const texts = inserted(outputs.get(kind)!).map(textOf);
    expect(texts).not.toContain('Essential Functions and Responsibilities');
    expect(texts[0]).toBe(competencies[0].title);
  });
});

describe('part headings and numbered duties', () => {
  it('keeps the part heading when asked (--part-heading always), at the level of the heading above', async () => {
    const o = await insertInto('word-windows', ['--part-heading', 'always']);
    const paragraphs = inserted(o);
    expect(textOf(paragraphs[0])).toBe('Essential Functions and Responsibilities');
    expect(o.resolver.resolve(paragraphs[0])).toEqual(o.resolver.resolve(own(o, OWN.partHeading)));
  });

  it('restarts numbered duties at each competency by default, and numbers straight through when asked', async () => {
    const o = outputs.get('wps')!;
    const firsts = inserted(o).filter((p) => firstDuties.has(textOf(p)));
    expect(firsts).toHaveLength(competencies.length);
    const numIds = firsts.map(numIdOf);
    expect(new Set(numIds).size).toBe(competencies.length);
    const numbering = parseXml(o.parts.get('word/numbering.xml')!);
    for (const id of numIds) {
      const num = wAll(numbering, 'num').find((n) => n.getAttributeNS(W_NS, 'numId') === id)!;
      expect(wAll(num, 'abstractNumId')[0].getAttributeNS(W_NS, 'val')).toBe('0');
      expect(wAll(num, 'startOverride')[0].getAttributeNS(W_NS, 'val')).toBe('1');
    }
    const straight = await insertInto('wps', ['--numbering', 'continue']);
    const through = inserted(straight).filter((p) => firstDuties.has(textOf(p)));
    // Through the style's own list: no list of ours on the paragraphs, none added to the numbering part.
    expect(through.map(numIdOf)).toEqual(through.map(() => undefined));
    expect(straight.parts.get('word/numbering.xml')).toBe(
      (await buildProducerTemplatePart('wps', 'word/numbering.xml'))!,
    );
  });

  it('restarts numbered duties at each competency inside one combined section too', async () => {
    const o = await insertInto('wps', ['--combined']);
    const firsts = inserted(o).filter((p) => firstDuties.has(textOf(p)));
    expect(wAll(o.doc, 'sdt')).toHaveLength(1);
    expect(new Set(firsts.map(numIdOf)).size).toBe(competencies.length);
  });

  it('copies no hand formatting for a role given with --style-only', async () => {
    const o = await insertInto('word-web', ['--style-only', 'responsibility']);
    const duty = inserted(o).find((p) => firstDuties.has(textOf(p)))!;
    // List Paragraph's own 12 pt and indent, with the bullets the block brings (the style has no list).
    expect(o.resolver.resolve(duty)).toMatchObject({ sizeHalfPoints: 24, indentLeft: 720, listKind: 'bullet' });
  });

  it('refuses an unknown --numbering or --part-heading', async () => {
    const r = await runCli([
      'insert',
      '--template',
      'x.docx',
      '--out',
      'y.docx',
      '--level',
      LEVEL,
      '--numbering',
      'odd',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--numbering takes restart, continue (not "odd")');
  });
});

describe('LibreOffice', () => {
  it('opens every output', () => {
    const files = [...outputs.values()].map((o) => o.file);
    const r = soffice(
      ['--convert-to', 'pdf', '--outdir', path.join(work, 'pdf'), ...files],
      path.join(work, 'profile'),
    );
    expect(r.status).toBe(0);
    for (const kind of PRODUCER_KINDS) {
      const pdf = path.join(work, 'pdf', `${kind}.pdf`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});

async function buildProducerTemplatePart(kind: ProducerKind, name: string): Promise<string | undefined> {
  const file = path.join(work, `${kind}-template.docx`);
  return (await readDocx(file)).get(name);
}
