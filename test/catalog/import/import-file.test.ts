import { readFileSync } from 'fs';
import path from 'path';
import { describeImportProblem, importCatalogFile, MAX_IMPORT_BYTES } from '../../../src/catalog/import/import-file';
import { levelView } from '../../../src/catalog/query';

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER = 'Competency,Level,Responsibility,Essentiality\r\n';

async function imported(text: string, name = 'acme.csv') {
  const r = await importCatalogFile(name, bytes(text));
  if (!r.ok) throw new Error(r.errors.map(describeImportProblem).join('\n'));
  return r;
}

async function problems(text: string, name = 'acme.csv'): Promise<string[]> {
  const r = await importCatalogFile(name, bytes(text));
  if (r.ok) throw new Error('expected the import to fail');
  return r.errors.map(describeImportProblem);
}

const SAMPLE =
  HEADER +
  'Credentialing,Entry Level,Verifies licenses,Very Essential\r\n' +
  'Credentialing,entry,"Checks ""primary"" sources,\nthen files them",\r\n' +
  'credentialing ,Mid-Career,Reviews files,essential\r\n' +
  'Peer Review,Management,Supports committees,Somewhat essential\r\n' +
  ',,,\r\n' +
  'Peer Review,EXECUTIVE,Leads the program,\r\n';

describe('importCatalogFile: CSV responsibility rows', () => {
  it('builds competencies by level with ratings, merging spellings of the same competency', async () => {
    const { catalog, preview, messages } = await imported(SAMPLE);
    expect(catalog.levels.map((l) => l.id)).toEqual(['entry', 'mid-career', 'managerial', 'executive']);
    expect(catalog.competencies.map((c) => c.title)).toEqual(['Credentialing', 'Peer Review']);
    const credentialing = catalog.competencies[0];
    expect(credentialing.levels.entry.rating).toBe('very-essential');
    expect(credentialing.levels.entry.responsibilities.map((r) => r.text)).toEqual([
      'Verifies licenses',
      'Checks "primary" sources,\nthen files them',
    ]);
    expect(credentialing.levels['mid-career'].rating).toBe('essential');
    expect(catalog.competencies[1].levels.managerial.rating).toBe('somewhat-essential');
    expect(catalog.competencies[1].levels.executive.rating).toBe('unrated');
    expect(levelView(catalog, 'entry').competencies[0].responsibilities).toHaveLength(2);
    expect(preview).toMatchObject({
      format: 'csv',
      catalogId: 'acme',
      title: 'acme',
      competencies: 2,
      responsibilities: 5,
      skills: 0,
      levels: ['Entry Level', 'Mid-Career', 'Managerial', 'Executive'],
    });
    expect(preview.sample[0]).toEqual({
      kind: 'responsibility',
      competency: 'Credentialing',
      level: 'Entry Level',
      rating: 'very-essential',
      text: 'Verifies licenses',
    });
    expect(messages.filter((m) => m.level !== 'info')).toEqual([]);
  });

  it('gives the same ids and version when the same file is imported again, and a new version when it changes', async () => {
    const first = await imported(SAMPLE);
    const again = await imported(SAMPLE);
    expect(again.catalog).toEqual(first.catalog);
    expect(first.catalog.competencies[0].levels.entry.responsibilities[0].id).toBe(
      'credentialing.entry.verifies-licenses',
    );
    const changed = await imported(SAMPLE.replace('Reviews files', 'Reviews every file'));
    expect(changed.catalog.version).not.toBe(first.catalog.version);
  });

  it('suffixes ids whose text makes the same slug', async () => {
    const { catalog } = await imported(
      HEADER + 'Q&A,entry,Answers questions,\nQ A,entry,Answers questions!,\nQ A,entry,Answers questions?,\n',
    );
    expect(catalog.competencies.map((c) => c.id)).toEqual(['q-a', 'q-a-2']);
    expect(catalog.competencies[1].levels.entry.responsibilities.map((r) => r.id)).toEqual([
      'q-a-2.entry.answers-questions',
      'q-a-2.entry.answers-questions-2',
    ]);
  });

  it('imports a duplicate responsibility once and says so', async () => {
    const { catalog, messages } = await imported(
      HEADER + 'Credentialing,entry,Verifies licenses,\nCredentialing,entry,verifies  LICENSES,\n',
    );
    expect(catalog.competencies[0].levels.entry.responsibilities).toHaveLength(1);
    expect(messages).toContainEqual(
      expect.objectContaining({
        code: 'import-duplicate',
        text: expect.stringContaining('Row 3 repeats the responsibility of row 2'),
      }),
    );
  });

  it('names the row and column of an unknown essentiality or missing cell', async () => {
    expect(
      await problems(
        HEADER +
          'Credentialing,entry,Verifies licenses,\n' +
          ',,,\n' +
          'Credentialing,Senior,Checks,\n' +
          'Credentialing,entry,Checks,Vital\n' +
          'Credentialing,,Checks,\n' +
          ',entry,Checks,\n' +
          'Credentialing,entry,,\n',
      ),
    ).toEqual([
      "Row 5, column 'Essentiality': 'Vital' is not an essentiality; expected Very Essential, Essential, Somewhat Essential or Not rated",
      "Row 6, column 'Level': the row has no level; expected the level this responsibility is for",
      "Row 7, column 'Competency': the responsibility has no competency; expected the competency it belongs to",
      "Row 8, column 'Responsibility': the row names a competency but no responsibility text",
    ]);
  });

  it('reports two essentialities for one competency and level', async () => {
    const [p] = await problems(HEADER + 'C,entry,One,Essential\nC,entry,Two,\nC,entry,Three,Very Essential\n');
    expect(p).toMatch(/^Row 4, column 'Essentiality': 'Very Essential' differs from row 2/);
  });

  it('reports a missing column in the header row', async () => {
    expect(await problems('Competency,Responsibility\nC,R\n')).toEqual([
      "Row 1: the header row has no 'level' column, which responsibility rows need",
    ]);
    expect(await problems('Name,Notes\nC,R\n')).toEqual([
      'Row 1: the header row names no catalog columns; expected competency, level, responsibility, essentiality and/or skill, description (found: Name, Notes)',
    ]);
    expect(await problems('Skill\nAnalytical thinking\n')).toEqual([
      "Row 1: the header row has no 'description' column, which skill rows need",
    ]);
  });

  it('reports ignored columns, and files with no data rows', async () => {
    const { messages } = await imported(HEADER.trim() + ',Owner\nC,entry,R,,Pat\n');
    expect(messages).toContainEqual(
      expect.objectContaining({ code: 'import-columns-ignored', text: expect.stringContaining('Owner') }),
    );
    expect(await problems(HEADER)).toEqual(['The file has a header row but no responsibility or skill rows.']);
    expect(await problems('\n\n')).toEqual([expect.stringContaining('The file has no rows')]);
  });

  it('keeps hostile text as plain text and shortens it in messages', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"';
    const { catalog } = await imported(
      HEADER + `"${hostile.replace(/"/g, '""')}",entry,"${hostile.replace(/"/g, '""')}",\n`,
    );
    expect(catalog.competencies[0].title).toBe(hostile);
    expect(catalog.competencies[0].levels.entry.responsibilities[0].text).toBe(hostile);
    const [p] = await problems(HEADER + `C,${'x'.repeat(500)},R,\n`);
    expect(p.length).toBeLessThan(200);
    const [tooLong] = await problems(HEADER + `C,entry,${'y'.repeat(10001)},\n`);
    expect(tooLong).toBe(
      "Row 2, column 'Responsibility': the text is too long (10001 characters); expected at most 10000",
    );
  });

  it('declares [bracketed] placeholders found in the text', async () => {
    const { catalog, messages } = await imported(HEADER + 'C,entry,Works in the [insert work setting],\n');
    expect(catalog.placeholders).toEqual([
      { id: 'placeholder.insert-work-setting', token: '[insert work setting]', label: 'insert work setting' },
    ]);
    expect(messages.map((m) => m.code)).not.toContain('placeholder-undeclared');
  });

  it('reads Windows-1252 bytes (Excel "CSV") and says so', async () => {
    const latin1 = Uint8Array.from([...bytes('Competency,Level,Responsibility\nQualit'), 0xe9, ...bytes(',entry,R\n')]);
    const r = await importCatalogFile('x.csv', latin1);
    expect(r.ok && r.catalog.competencies[0].title).toBe('Qualité');
    expect(r.ok && r.messages.map((m) => m.code)).toContain('import-encoding');
  });
});

describe('importCatalogFile: CSV skill rows', () => {
  it('rates a skill at every level of the catalog unless rows give levels', async () => {
    const { catalog, preview } = await imported(
      'Type,Competency,Level,Responsibility,Essentiality,Skill,Description\n' +
        'responsibility,C,entry,R,,,\n' +
        'responsibility,C,managerial,R2,,,\n' +
        'skill,,,,Essential,Analytical thinking,Breaks problems down\n' +
        'skill,,Entry Level,,Very Essential,Budget,Knows budgets\n' +
        'skill,,Managerial,,,Budget,Knows budgets\n',
    );
    expect(catalog.skills).toEqual([
      {
        id: 'skill.analytical-thinking',
        name: 'Analytical thinking',
        description: 'Breaks problems down',
        ratings: { entry: 'essential', managerial: 'essential' },
      },
      {
        id: 'skill.budget',
        name: 'Budget',
        description: 'Knows budgets',
        ratings: { entry: 'very-essential', managerial: 'unrated' },
      },
    ]);
    expect(preview.skills).toBe(2);
    expect(preview.sample).toContainEqual({ kind: 'skill', name: 'Budget', description: 'Knows budgets' });
  });

  it('detects skill rows without a type column, and a skills-only file uses every level', async () => {
    const { catalog } = await imported('Skill,Description\nListening,Hears people out\n');
    expect(catalog.levels).toHaveLength(4);
    expect(Object.keys(catalog.skills[0].ratings)).toEqual(['entry', 'mid-career', 'managerial', 'executive']);
  });

  it('reports rows mixing both kinds, a skill without description, conflicting descriptions and bad types', async () => {
    expect(
      await problems(
        'Type,Competency,Level,Responsibility,Skill,Description\n' +
          ',C,entry,R,S,D\n' +
          'skill,,,,S2,\n' +
          'skill,,,,S3,One\n' +
          'skill,,,,s3,Two\n' +
          'widget,,,,S4,D\n',
      ),
    ).toEqual([
      'Row 2: the row fills both competency/responsibility and skill/description; put them on separate rows',
      "Row 3, column 'Description': the skill has no description; expected a sentence describing it",
      "Row 5, column 'Description': the skill 'S3' has another description in row 4; give it one description",
      "Row 6, column 'Type': 'widget' is not a row type; expected responsibility or skill",
    ]);
  });
});

describe('importCatalogFile: JSON and limits', () => {
  it('loads a JSON catalog through the schema check and previews it', async () => {
    const file = path.join(__dirname, '../../../catalog/greeley-dmss-sample.json');
    const r = await importCatalogFile(file, readFileSync(file));
    expect(r.ok && r.preview).toMatchObject({
      format: 'json',
      catalogId: 'greeley-dmss-sample',
      competencies: 2,
      responsibilities: 22,
    });
  });

  it('gives JSON errors with their pointer', async () => {
    const errors = await problems('{"schemaVersion": 2}', 'org.json');
    expect(errors.some((e) => e.startsWith('At /schemaVersion:'))).toBe(true);
  });

  it('tells the format by content when the name does not say', async () => {
    const greeley = readFileSync(path.join(__dirname, '../../../catalog/greeley-dmss-sample.json'));
    expect(await imported(new TextDecoder().decode(greeley), 'catalog.txt')).toMatchObject({
      preview: { format: 'json' },
    });
    expect(await imported('Skill,Description\nListening,Hears people out\n', 'skills')).toMatchObject({
      preview: { format: 'csv' },
    });
    expect(await problems('just some notes', 'notes.txt')).toEqual([
      'Row 1: the header row names no catalog columns; expected competency, level, responsibility, essentiality and/or skill, description (found: just some notes)',
    ]);
  });

  it('refuses files past the size limit before reading them', async () => {
    const big = new Uint8Array(20 * 1024 * 1024);
    const r = await importCatalogFile('big.csv', big);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      `The file is too large to be a catalog (20.0 MB); the limit is ${(MAX_IMPORT_BYTES / 1048576).toFixed(1)} MB.`,
    ]);
  });
});
