/**
 * `jd-builder list|insert|blocks relevel` with an organization's catalog and its own levels: --level takes the
 * organization's level names (or ids), from a workbook's Levels sheet or a CSV file's .levels.csv companion.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { buildXlsx } from '../catalog/import/xlsx-fixture';
import { COORDINATOR_LEVELS, COORDINATOR_ROWS, toCsv } from '../support/coordinator-catalog';
import { runCli, tempDir, writeTemplate } from './helpers';

const dir = tempDir();
const xlsx = path.join(dir, 'coordinators.xlsx');
const csv = path.join(dir, 'coordinators.csv');

beforeAll(async () => {
  writeFileSync(xlsx, await buildXlsx(COORDINATOR_ROWS, { sheets: [{ name: 'Levels', rows: COORDINATOR_LEVELS }] }));
  writeFileSync(csv, toCsv(COORDINATOR_ROWS));
  writeFileSync(path.join(dir, 'coordinators.levels.csv'), toCsv(COORDINATOR_LEVELS));
});

test.each([['xlsx'], ['csv']])('list --level takes the organization’s level names (%s)', async (ext) => {
  const catalog = ext === 'xlsx' ? xlsx : csv;
  const listed = await runCli(['list', '--level', 'Coordinator II', '--catalog', catalog]);
  expect(listed.stderr).toBe('');
  expect(listed.stdout).toContain('coordinators: Coordinator II (3-5 years), level id "coordinator-ii"');
  expect(listed.stdout).toContain('Reviews files prepared by others');
  expect(listed.stdout).not.toContain('Prepares credentialing files');
  const unknown = await runCli(['list', '--level', 'Senior', '--catalog', catalog]);
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toContain(
    'Levels in this catalog: Coordinator I (coordinator-i), Coordinator II (coordinator-ii), Coordinator III (coordinator-iii).',
  );
});

test('insert at an organization level, then blocks relevel to another of its levels', async () => {
  const { file: template } = await writeTemplate(dir, 'plain');
  const first = path.join(dir, 'coordinator-i.docx');
  const inserted = await runCli([
    'insert',
    '--template',
    template,
    '--out',
    first,
    '--at-end',
    '--catalog',
    xlsx,
    '--level',
    'coordinator i',
    '--select',
    'all',
    '--skills',
    'none',
  ]);
  expect(inserted.stderr).not.toMatch(/error/i);
  expect(inserted.code).toBe(0);
  const listed = await runCli(['blocks', 'list', '--in', first]);
  // The sections inserted together are listed as one job description, then a table of its blocks.
  const [job, header, ...rows] = listed.stdout
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  expect(job[0]).toMatch(/^Job description 1: 2 sections .*level coordinator-i/);
  expect(header[4]).toBe('level');
  expect(rows.map((r) => r[4])).toEqual(['coordinator-i', 'coordinator-i']);

  const second = path.join(dir, 'coordinator-iii.docx');
  const relevel = await runCli([
    'blocks',
    'relevel',
    '--in',
    first,
    '--out',
    second,
    '--block',
    '1',
    '--level',
    'Coordinator III',
    '--catalog',
    xlsx,
  ]);
  expect(relevel.stderr).not.toMatch(/error/i);
  expect(relevel.code).toBe(0);
  expect(relevel.stdout).toContain('+ Leads the credentialing team');
  expect(relevel.stdout).toContain('- Prepares credentialing files');
  const after = await runCli(['blocks', 'list', '--in', second]);
  expect(after.stdout.trim().split('\n')[2].split('\t')[4]).toBe('coordinator-iii'); // job heading, column header, block 1
});
