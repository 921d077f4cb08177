/**
 * `jd-builder insert --profile`: a saved role profile (a file exported from the pane, or the built-in Greeley
 * profile by id) chooses the level and the items. The document gets what the pane would compose for the same
 * profile, in order; every unusable profile is refused with a specific message and nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { builtinCatalog, builtinCatalogs } from '../../src/catalog/builtin';
import type { Catalog } from '../../src/catalog/types';
import type { BlockModel, Run } from '../../src/compose/blocks';
import { compose } from '../../src/compose/compose';
import { DEFAULT_COMPOSE_OPTIONS, type Selection } from '../../src/compose/selection';
import { builtinProfiles } from '../../src/profiles/builtin';
import { TERM_SEPARATOR } from '../../src/render/section-text';
import { fitProfile } from '../../src/profiles/import-profile';
import { createProfile, exportProfile, type Profile } from '../../src/profiles/profile';
import { builtinProfileIds } from '../../src/cli/profile-source';
import { parseXml } from '../../src/xml/dom';
import { paragraphRange, parseFragment, readDocx, runCli, tempDir, textOf, wAll, writeTemplate } from './helpers';

const namss = builtinCatalog('namss-jd-builder-2021');
const LEVEL = 'mid-career';

/**
 * Every paragraph's text of a composed block model, in reading order: a skill is one paragraph (term, separator,
 * description); a table gives its header cells, then each row's cells.
 */
function modelTexts(model: BlockModel): string[] {
  const joined = (runs: Run[]) => runs.map((r) => r.text).join('');
  return model.sections.flatMap((s) =>
    s.blocks.flatMap((b) => {
      switch (b.kind) {
        case 'heading':
          return [b.text];
        case 'paragraph':
          return [joined(b.runs)];
        case 'bulletList':
          return b.items.map((i) => joined(i.runs));
        case 'termList':
          return b.items.map((i) => `${i.term}${TERM_SEPARATOR}${joined(i.definition)}`);
        case 'table':
          return [...b.header, ...b.rows.flatMap((r) => r.cells.map(joined))];
      }
    }),
  );
}

/** What the pane shows after applying the profile: fitProfile, then compose. */
function paneModel(profile: Profile, catalogs: Catalog[] = builtinCatalogs()): BlockModel {
  const fitted = fitProfile(profile, catalogs);
  if (!fitted.ok) throw new Error(fitted.errors.join(' '));
  return compose(fitted.catalog, fitted.profile.selection).value;
}

/** The non-empty paragraph texts the pane inserts for the profile. */
function paneTexts(profile: Profile, catalogs?: Catalog[]): string[] {
  return modelTexts(paneModel(profile, catalogs)).filter((t) => t.trim() !== '');
}

/** Inserts into the house template (at its [[JOB DESCRIPTION]] paragraph); the inserted paragraphs' texts. */
async function insertWith(args: string[]) {
  const dir = tempDir();
  const { file } = await writeTemplate(dir, 'house');
  const out = path.join(dir, 'out.docx');
  const result = await runCli(['insert', '--template', file, '--out', out, ...args]);
  let inserted: string[] = [];
  if (existsSync(out)) {
    const original = (await readDocx(file)).get('word/document.xml')!;
    const output = (await readDocx(out)).get('word/document.xml')!;
    const [start, end] = paragraphRange(original, '[[JOB ');
    const fragment = parseFragment(output, output.slice(start, output.length - (original.length - end)));
    inserted = wAll(fragment, 'p')
      .map(textOf)
      .filter((t) => t.trim() !== '');
  }
  return { result, out, dir, inserted };
}

function writeProfile(dir: string, profile: Profile, name = 'role.profile.json'): string {
  const file = path.join(dir, name);
  writeFileSync(file, exportProfile(profile));
  return file;
}

/** A mid-career selection of a few items out of catalog order, with a saved placeholder value. */
function coordinatorSelection(catalog: Catalog = namss): Selection {
  const competencies = catalog.competencies.filter((c) => (c.levels[LEVEL]?.responsibilities.length ?? 0) >= 2);
  const [first, second] = competencies;
  return {
    catalogId: catalog.id,
    levelId: LEVEL,
    qualificationIds: catalog.qualifications
      .filter((q) => q.levels.includes(LEVEL))
      .map((q) => q.id)
      .slice(0, 2),
    responsibilityIds: [second.levels[LEVEL].responsibilities[1].id, first.levels[LEVEL].responsibilities[0].id],
    skillIds: ['database-management'],
    placeholderValues: { 'facility-platform': 'CredentialStream' },
    options: DEFAULT_COMPOSE_OPTIONS,
  };
}

function coordinatorProfile(catalog: Catalog = namss): Profile {
  return createProfile(
    'Credentialing Coordinator – Mid-Career',
    catalog,
    coordinatorSelection(catalog),
    new Date('2026-11-01T00:00:00Z'),
  );
}

describe('insert --profile with the built-in Greeley profile', () => {
  const greeley = builtinProfiles()[0];
  const id = builtinProfileIds().find((b) => b.profile.name === greeley.name)!.id;
  let run: Awaited<ReturnType<typeof insertWith>>;

  beforeAll(async () => {
    run = await insertWith(['--profile', id]);
  });

  it('has a short id, and every built-in profile has its own', () => {
    expect(id).toBe('greeley');
    const ids = builtinProfileIds().map((b) => b.id);
    expect(new Set(ids).size).toBe(builtinProfiles().length);
  });

  it('succeeds and names the profile in the summary', () => {
    expect(run.result.stderr).not.toMatch(/error/i);
    expect(run.result.code).toBe(0);
    expect(run.result.stdout).toContain(`from the profile "${greeley.name}"`);
  });

  it('inserts exactly what the pane composes for the profile, in order', () => {
    const expected = paneTexts(greeley);
    expect(expected.length).toBeGreaterThan(10);
    expect(run.inserted).toEqual(expected);
  });

  it('each inserted block holds as many items as the composed section', async () => {
    const listed = await runCli(['blocks', 'list', '--in', run.out]);
    expect(listed.code).toBe(0);
    // Block rows only: the job description's heading line and the column header are not blocks.
    const rows = listed.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t'))
      .filter((cells) => /^\d+$/.test(cells[0]));
    const sections = paneModel(greeley).sections;
    expect(rows.map((r) => [r[1], r[5], Number(r[6])])).toEqual(
      sections.map((s) => [s.title, `${s.tag.catalogId} ${s.tag.catalogVersion}`, s.tag.itemIds.length]),
    );
  });

  it('is listed in --help, and an id is matched whatever its case', async () => {
    const help = await runCli(['insert', '--help']);
    expect(help.stdout).toContain('--profile FILE|ID');
    expect(help.stdout).toContain(`${id} (${greeley.name})`);
    const upper = await insertWith(['--profile', id.toUpperCase()]);
    expect(upper.result.code).toBe(0);
    expect(upper.inserted).toEqual(run.inserted);
  });
});

describe('insert --profile greeley into a plain template: the sample as the sample has it', () => {
  it("writes the sample's parts in its order and headings, the ideal qualifications with no Minimum label", async () => {
    const dir = tempDir();
    const { file } = await writeTemplate(dir, 'plain');
    const out = path.join(dir, 'dmss.docx');
    const result = await runCli(['insert', '--template', file, '--out', out, '--at-end', '--profile', 'greeley']);
    expect(result.stderr).not.toMatch(/error|warning/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("our choice, not the sample's");
    const body = wAll(parseXml((await readDocx(out)).get('word/document.xml')!), 'p').map(textOf);
    const at = (text: string) => body.lastIndexOf(text);
    const order = [
      'Summary',
      'Major Responsibilities',
      'Administration/Management',
      'Additional responsibilities',
      'Ideal qualifications',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(body[at('Summary') + 1]).toMatch(/^The DMSS provides leadership/);
    expect(body).toContain('management experience (Ideal)');
    expect(body.some((t) => /Minimum/.test(t))).toBe(false);
    expect(body).not.toContain('Essential Functions and Responsibilities');
  });
});

describe('insert --profile with a profile file exported from the pane', () => {
  it('inserts the profile’s items in the order the pane composes them, and nothing else', async () => {
    const dir = tempDir();
    const profile = coordinatorProfile();
    const { result, inserted } = await insertWith(['--profile', writeProfile(dir, profile)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(inserted).toEqual(paneTexts(profile));

    const text = inserted.join('\n');
    const chosen = new Set(profile.selection.responsibilityIds);
    for (const c of namss.competencies) {
      for (const r of c.levels[LEVEL]?.responsibilities ?? []) {
        expect([r.id, text.includes(r.text)]).toEqual([r.id, chosen.has(r.id)]);
      }
    }
    expect(text).toContain('CredentialStream');
    expect(text).not.toContain('[insert facility platform]');
  });

  it('--fill adds to the saved placeholder values and wins over them', async () => {
    const dir = tempDir();
    const file = writeProfile(dir, coordinatorProfile());
    const { result, inserted } = await insertWith(['--profile', file, '--fill', 'facility-platform=Cactus']);
    expect(result.code).toBe(0);
    const text = inserted.join('\n');
    expect(text).toContain('Cactus');
    expect(text).not.toContain('CredentialStream');
  });

  it('--essentiality and --combined apply on top of the profile', async () => {
    const dir = tempDir();
    const profile = coordinatorProfile();
    const { result, inserted } = await insertWith([
      '--profile',
      writeProfile(dir, profile),
      '--essentiality',
      '--combined',
    ]);
    expect(result.code).toBe(0);
    const options = { ...profile.selection.options, includeEssentiality: true, competencyLayout: 'combined' as const };
    expect(inserted).toEqual(paneTexts({ ...profile, selection: { ...profile.selection, options } }));
    expect(inserted).not.toEqual(paneTexts(profile));
  });

  it('an organization’s profile works once its catalog is given with --catalog', async () => {
    const dir = tempDir();
    const acme: Catalog = { ...namss, id: 'acme-health', title: 'Acme Health' };
    const catalogFile = path.join(dir, 'acme.json');
    writeFileSync(catalogFile, JSON.stringify(acme));
    const profile = coordinatorProfile(acme);
    const file = writeProfile(dir, profile);

    const without = await insertWith(['--profile', file]);
    expect(without.result.code).toBe(1);
    expect(without.result.stderr).toMatch(/for the catalog "acme-health", which is not loaded/);
    expect(without.result.stderr).toMatch(/--catalog FILE/);
    expect(existsSync(without.out)).toBe(false);

    const loaded = await insertWith(['--profile', file, '--catalog', catalogFile]);
    expect(loaded.result.code).toBe(0);
    expect(loaded.inserted).toEqual(paneTexts(profile, [acme]));
  });
  it('warns when --catalog is not the profile’s catalog (the profile still uses its own)', async () => {
    const dir = tempDir();
    const catalogFile = path.join(dir, 'acme.json');
    writeFileSync(catalogFile, JSON.stringify({ ...namss, id: 'acme-health' }));
    const run = await insertWith(['--profile', 'greeley', '--catalog', catalogFile]);
    expect(run.result.code).toBe(0);
    expect(run.result.stderr).toMatch(
      /warning: .*"greeley-dmss-sample"; --catalog .*acme\.json \("acme-health"\) is not used/,
    );
    expect(run.inserted).toEqual(paneTexts(builtinProfiles()[0]));
  });
});

describe('insert --profile refuses what it cannot use, and writes nothing', () => {
  async function refused(args: string[], code: number, message: RegExp) {
    const run = await insertWith(args);
    expect(run.result.stderr).toMatch(message);
    expect(run.result.code).toBe(code);
    expect(existsSync(run.out)).toBe(false);
    return run;
  }

  it.each([
    [['--level', 'entry'], '--level'],
    [['--select', 'all'], '--select'],
    [['--skills', 'none'], '--skills'],
    [['--qualifications'], '--qualifications'],
    [['--work-setting', 'hospital'], '--work-setting'],
  ])('with %j: a usage error naming the conflict', async (extra, option) => {
    const run = await refused(['--profile', 'greeley', ...extra], 2, /give either --profile or/);
    expect(run.result.stderr).toContain(option);
  });

  it('names every conflicting option at once', async () => {
    await refused(
      ['--profile', 'greeley', '--level', 'entry', '--skills', 'all', '--qualifications'],
      2,
      /give either --profile or --level, --skills, --qualifications\./,
    );
  });

  it('neither --level nor --profile: a usage error naming both', async () => {
    await refused([], 2, /insert needs --level \(or --profile\)/);
  });

  it('an empty --profile value', async () => {
    await refused(['--profile='], 2, /--profile needs a profile file or a built-in profile id/);
  });

  it('an unknown id or a missing file lists the built-in profiles', async () => {
    await refused(
      ['--profile', 'no-such-role'],
      1,
      /No profile "no-such-role": there is no such file.*Built-in profiles: greeley \(/,
    );
    const dir = tempDir();
    await refused(['--profile', path.join(dir, 'gone.profile.json')], 1, /gone\.profile\.json": there is no such file/);
  });

  it('a folder', async () => {
    await refused(['--profile', tempDir()], 1, /Cannot read the profile .*: it is a folder/);
  });

  it('a file that is not JSON', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.json');
    writeFileSync(file, 'Director of MSS: all items\n');
    await refused(['--profile', file], 1, /The profile .*notes\.json is not usable:\n {2}The file is not valid JSON/);
  });

  it('JSON that is not a profile (a catalog file)', async () => {
    await refused(
      ['--profile', path.join(__dirname, '../../catalog/namss-jd-builder-2021.json')],
      1,
      /is not usable:\n {2}The file is not a JD Builder profile; expected "format": "jd-builder-profile"/,
    );
  });

  it('a profile of the wrong shape names each wrong field', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken.profile.json');
    const data = JSON.parse(exportProfile(coordinatorProfile()));
    data.profile.selection.skillIds = 'database-management';
    delete data.profile.selection.levelId;
    writeFileSync(file, JSON.stringify(data));
    const run = await refused(['--profile', file], 1, /broken\.profile\.json is not usable/);
    expect(run.result.stderr).toMatch(/"levelId" is missing or not text/);
    expect(run.result.stderr).toMatch(/"skillIds" must be a list of item ids/);
  });

  it('a profile from a newer version of JD Builder', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'future.profile.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(exportProfile(coordinatorProfile())), formatVersion: 99 }));
    await refused(['--profile', file], 1, /made by a newer version of JD Builder \(format 99\)/);
  });

  it('a level the catalog does not have', async () => {
    const dir = tempDir();
    const profile = coordinatorProfile();
    const file = writeProfile(dir, { ...profile, selection: { ...profile.selection, levelId: 'senior' } });
    await refused(['--profile', file], 1, /level "senior" is not in the catalog "namss-jd-builder-2021"/);
  });

  it('items the catalog does not have are named', async () => {
    const dir = tempDir();
    const profile = coordinatorProfile();
    const selection = {
      ...profile.selection,
      responsibilityIds: [...profile.selection.responsibilityIds, 'no.such.responsibility'],
      skillIds: [...profile.selection.skillIds, 'telepathy'],
    };
    const file = writeProfile(dir, { ...profile, selection });
    await refused(
      ['--profile', file],
      1,
      /does not have at level "mid-career": 2 item\(s\): "no\.such\.responsibility", "telepathy"\. Nothing was written/,
    );
  });

  it('a work setting the catalog does not have', async () => {
    const dir = tempDir();
    const profile = coordinatorProfile();
    const file = writeProfile(dir, { ...profile, selection: { ...profile.selection, workSettingId: 'space-station' } });
    await refused(['--profile', file], 1, /its work setting "space-station"/);
  });

  it('a --fill the catalog has no placeholder for', async () => {
    const dir = tempDir();
    await refused(
      ['--profile', writeProfile(dir, coordinatorProfile()), '--fill', 'colour=red'],
      1,
      /--fill colour: the catalog has no such placeholder/,
    );
  });

  it('leaves an existing output file alone', async () => {
    const dir = tempDir();
    const { file } = await writeTemplate(dir, 'house');
    const out = path.join(dir, 'keep.docx');
    writeFileSync(out, 'earlier result');
    const r = await runCli(['insert', '--template', file, '--out', out, '--profile', 'no-such-role']);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('earlier result');
  });
});
