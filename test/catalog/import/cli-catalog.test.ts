import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { catalogFromArg } from '../../../src/cli/catalog-source';
import { runCli } from '../../cli/helpers';
import { buildXlsx } from './xlsx-fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'jd-import-'));

describe('CLI --catalog with spreadsheets', () => {
  it('loads .csv and .xlsx catalogs', async () => {
    const rows = [
      ['Competency', 'Level', 'Responsibility'],
      ['Onboarding', 'Mid-Career', 'Welcomes new providers'],
    ];
    writeFileSync(path.join(dir, 'org.csv'), rows.map((r) => r.join(',')).join('\n'));
    writeFileSync(path.join(dir, 'org.xlsx'), await buildXlsx(rows));
    for (const file of ['org.csv', 'org.xlsx']) {
      const { catalog } = await catalogFromArg(path.join(dir, file));
      expect(catalog.competencies[0].levels['mid-career'].responsibilities[0].text).toBe('Welcomes new providers');
    }
  });

  it('lists problems by file, row and column', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, 'Competency,Level,Responsibility\nC,,R\n');
    await expect(catalogFromArg(file)).rejects.toThrow(
      `The catalog ${file} is not valid:\n  ${file}: Row 2, column 'Level': the row has no level`,
    );
  });

  it('jd-builder list shows an imported spreadsheet catalog, and names its problems', async () => {
    const good = path.join(dir, 'list.csv');
    writeFileSync(
      good,
      'Competency,Level,Responsibility,Essentiality\nOnboarding,Managerial,Welcomes new providers,Essential\n',
    );
    const listed = await runCli(['list', '--level', 'Management', '--catalog', good]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('onboarding.managerial.welcomes-new-providers  Welcomes new providers');
    const bad = path.join(dir, 'list-bad.csv');
    writeFileSync(bad, 'Competency,Level,Responsibility,Essentiality\nOnboarding,Managerial,Welcomes,Vital\n');
    const failed = await runCli(['list', '--level', 'managerial', '--catalog', bad]);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toContain("Row 2, column 'Essentiality': 'Vital' is not an essentiality");
  });
});
