/**
 * jd-builder matrix, compare and checklist write their tables into a template through insert's path;
 * the checklist's .docx opens in LibreOffice with the template's table style; --group-by-essentiality.
 */
import { existsSync, mkdirSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { DEFAULT_ASSESSMENT_METHODS } from '../../src/compose/tables';
import { parseXml } from '../../src/xml/dom';
import { attr, readDocx, runCli, tempDir, textOf, wAll, writeTemplate } from './helpers';
import { soffice } from './soffice';

jest.setTimeout(300_000);

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(command: string, args: string[]) {
  const { file, template } = await writeTemplate(dir, 'house');
  const out = path.join(dir, `${command}-${Math.random().toString(36).slice(2)}.docx`);
  const r = await runCli([command, '--template', file, '--out', out, ...args]);
  return { ...r, out, template };
}

/** A cell's text, its line breaks (w:br) and paragraphs as newlines. */
function cellText(tc: Element): string {
  return wAll(tc, 'p')
    .map((p) =>
      wAll(p, 'r')
        .flatMap((r) => Array.from(r.childNodes))
        .map((n) => (n.nodeName === 'w:t' ? n.textContent : n.nodeName === 'w:br' ? '\n' : ''))
        .join(''),
    )
    .join('\n');
}

/** Each table of the document: rows of cell texts, and its style. */
function tables(documentXml: string): { style?: string; rows: string[][] }[] {
  return wAll(parseXml(documentXml), 'tbl').map((t) => ({
    style: attr(wAll(t, 'tblStyle')[0]),
    rows: wAll(t, 'tr').map((tr) => wAll(tr, 'tc').map(cellText)),
  }));
}

const THREE = [
  'psv.entry.perform-outreach-primary-sources',
  'operations.entry.maintain-credentialing-database-continuously',
  'operations.entry.prepare-review-operational-budget',
];

describe('jd-builder checklist', () => {
  it('writes one row per picked responsibility under its competency, the five columns, in the template table style', async () => {
    const r = await cli('checklist', [
      '--level',
      'entry',
      '--select',
      THREE.join(','),
      '--job-title',
      'Credentialing Specialist',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '"Competency Checklist: Credentialing Specialist: Entry Level" (3 responsibilities to assess)',
    );
    const doc = (await readDocx(r.out)).get('word/document.xml')!;
    const [table] = tables(doc);
    expect(table.style).toBe(r.template.expected.table);
    expect(table.rows[0]).toEqual(['Responsibility', 'Method', 'Date', 'Assessor', 'Met']);
    const body = table.rows.slice(1).filter((row) => row[1] !== '');
    expect(body).toHaveLength(3);
    // The methods as a plain list in the Method cell.
    for (const row of body) expect(row[1].split('\n')).toEqual(DEFAULT_ASSESSMENT_METHODS);
    expect(wAll(parseXml(doc), 'p').map(textOf)).toContain(
      'Competency Checklist: Credentialing Specialist: Entry Level',
    );
  });

  it('refuses a selection that leaves nothing to assess, writing nothing', async () => {
    const r = await cli('checklist', ['--level', 'entry', '--select', 'psv.mid-career.nothing']);
    expect(r.code).not.toBe(0);
    expect(existsSync(r.out)).toBe(false);
  });
});

describe('jd-builder matrix and compare', () => {
  it('matrix: 10 competencies against 4 levels', async () => {
    const r = await cli('matrix', []);
    expect(r.code).toBe(0);
    const [table] = tables((await readDocx(r.out)).get('word/document.xml')!);
    expect(table.rows[0]).toEqual(['Competency', 'Entry Level', 'Mid-Career', 'Managerial', 'Executive']);
    expect(table.rows).toHaveLength(11);
    expect(table.rows[1][1]).toMatch(/^● Very Essential, \d+ responsibilities$/);
  });

  it('compare: the responsibilities Managerial adds to Manages Departmental Operations', async () => {
    const r = await cli('compare', ['--from', 'Mid-Career', '--to', 'managerial']);
    expect(r.code).toBe(0);
    const doc = (await readDocx(r.out)).get('word/document.xml')!;
    expect(wAll(parseXml(doc), 'p').map(textOf)).toContain('What changes from Mid-Career to Managerial');
    const ops = tables(doc)[0].rows.find((row) => row[0] === 'Manages Departmental Operations')!;
    expect(ops[2]).toContain('Recruit and supervise qualified staff');
  });

  it('compare needs both levels and names an unknown one', async () => {
    expect((await cli('compare', ['--from', 'entry'])).stderr).toContain('compare needs --to');
    const r = await cli('compare', ['--from', 'entry', '--to', 'senior']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Unknown level "senior"');
  });
});

describe('insert --group-by-essentiality', () => {
  it('puts the essential competencies under one heading and the others under another', async () => {
    const r = await cli('insert', [
      '--level',
      'entry',
      '--skills',
      'none',
      '--group-by-essentiality',
      '--other-heading',
      'Marginal Functions',
      '--part-heading',
      'always',
    ]);
    expect(r.code).toBe(0);
    const texts = wAll(parseXml((await readDocx(r.out)).get('word/document.xml')!), 'p').map(textOf);
    const essential = texts.indexOf('Essential Functions');
    const other = texts.indexOf('Marginal Functions');
    expect(essential).toBeGreaterThanOrEqual(0);
    expect(other).toBeGreaterThan(essential);
  });

  it('a heading option without the grouping is a usage error', async () => {
    const r = await cli('insert', ['--level', 'entry', '--other-heading', 'Other']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--other-heading goes with --group-by-essentiality');
  });
});

describe('LibreOffice opens the checklist', () => {
  it('converts it and keeps the template table style on re-save', async () => {
    const r = await cli('checklist', ['--level', 'entry', '--select', THREE.join(',')]);
    expect(r.code).toBe(0);
    const profile = path.join(os.tmpdir(), `jdb-lo-tables-${process.pid}-${Date.now()}`);
    const outDir = path.join(dir, 'resaved');
    mkdirSync(outDir, { recursive: true });
    try {
      const converted = soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, r.out], profile);
      expect(converted.status).toBe(0);
      const resaved = await readDocx(path.join(outDir, path.basename(r.out)));
      const [table] = tables(resaved.get('word/document.xml')!);
      const styles = parseXml(resaved.get('word/styles.xml')!);
      const styleName = wAll(styles, 'style')
        .filter((s) => attr(s, 'styleId') === table.style)
        .map((s) => attr(wAll(s, 'name')[0]));
      expect(styleName).toEqual(['JD Table']);
      expect(table.rows.filter((row) => row[1] !== '')).toHaveLength(4);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
