/**
 * Spreadsheet rows -> a Catalog (format described in columns.ts). Every problem is collected with
 * its row and column, so the user fixes the whole file in one pass; the result is then checked
 * like any other catalog (validateCatalog).
 */
import { info, warning, type Message } from '../../messages';
import { validateCatalog } from '../load';
import type { Catalog, Competency, LevelId, Placeholder, Rating, Skill } from '../types';
import { readHeader, type Column, type Header } from './columns';
import { fingerprint, IdAllocator, slug } from './ids';
import { levelsFromRows, levelsFromSheet, type LevelScheme } from './levels';
import { namssRatings, ratingsFromSheet, type RatingScheme } from './ratings';
import { quoteValue, type ImportProblem, type SideTable, type SideTableKind, type TableRow } from './table';

export interface CatalogMeta {
  id: string;
  title: string;
  /** The file name, for the catalog's source and for error messages. */
  file: string;
  /** Defaults to a fingerprint of the items, so it changes exactly when they do. */
  version?: string;
}

export type BuildResult = { ok: true; catalog: Catalog; messages: Message[] } | { ok: false; errors: ImportProblem[] };

/** Beyond this many the file is clearly in another format; more lines would only bury the first ones. */
const MAX_REPORTED = 50;
/** The schema's limit for any text. */
const MAX_TEXT = 10000;

interface LevelDraft {
  rating?: { value: Rating; row: number };
  responsibilities: { text: string; row: number }[];
  seen: Map<string, number>;
}
interface CompetencyDraft {
  title: string;
  levels: Map<LevelId, LevelDraft>;
}
interface SkillDraft {
  name: string;
  description: string;
  row: number;
  /** Undefined value: the row gave no essentiality (so "not rated" unless another row gives one). */
  ratings: Map<LevelId, { value?: Rating; row: number }>;
  /** From rows without a level: applies at every level not rated explicitly. */
  everyLevel?: { value?: Rating; row: number };
}

export function catalogFromRows(
  rows: TableRow[],
  meta: CatalogMeta,
  side: Partial<Record<SideTableKind, SideTable>> = {},
): BuildResult {
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim()));
  if (!nonEmpty.length)
    return {
      ok: false,
      errors: [
        { message: 'The file has no rows; expected a header row and then one row per responsibility or skill.' },
      ],
    };
  const read = readHeader(nonEmpty[0]);
  if (!read.ok) return read;
  const { header } = read;
  const sheetLevels = side.levels ? levelsFromSheet(side.levels) : undefined;
  if (sheetLevels && !sheetLevels.ok) return sheetLevels;
  const scheme = sheetLevels?.scheme ?? levelsFromRows();
  const sheetRatings = side.ratings ? ratingsFromSheet(side.ratings) : undefined;
  if (sheetRatings && !sheetRatings.ok) return sheetRatings;
  const ratings = sheetRatings?.scheme ?? namssRatings();
  const errors: ImportProblem[] = [];
  const messages: Message[] = header.ignored.length
    ? [info('import-columns-ignored', `These columns are not used and were ignored: ${header.ignored.join(', ')}.`)]
    : [];
  const competencies = new Map<string, CompetencyDraft>();
  const skills = new Map<string, SkillDraft>();
  for (const row of nonEmpty.slice(1)) {
    const cells = rowReader(row, header, scheme, ratings, errors);
    const kind = rowKind(cells, header);
    if (kind === 'responsibility') addResponsibility(cells, competencies, messages);
    else if (kind === 'skill') addSkill(cells, skills);
    if (errors.length > MAX_REPORTED) break;
  }

  if (errors.length) return { ok: false, errors: capped(errors) };
  if (!competencies.size && !skills.size) {
    return { ok: false, errors: [{ message: 'The file has a header row but no responsibility or skill rows.' }] };
  }
  if (scheme.ownLevels && !side.levels) {
    messages.push(
      info(
        'import-own-levels',
        `Levels, in order of first appearance: ${scheme
          .levels(usedLevels([...competencies.values()], [...skills.values()]))
          .map((l) => l.name)
          .join(', ')}. A 'Levels' sheet can set their order, names and years of experience.`,
      ),
    );
  }
  const catalog = assemble(meta, scheme, ratings.legend, [...competencies.values()], [...skills.values()]);
  const checked = validateCatalog(catalog, meta.file);
  if (!checked.ok)
    return { ok: false, errors: checked.errors.map((e) => ({ pointer: e.pointer, message: e.message })) };
  return { ok: true, catalog: checked.catalog, messages: [...messages, ...checked.messages] };
}

/** One row's cells by column (trimmed, line ends as \n) and the checks every row kind shares; problems go to `errors`. */
interface RowReader {
  number: number;
  cell(c: Column): string;
  problem(c: Column | undefined, message: string): void;
  /** True (and a problem) when the text is past the schema's limit. */
  tooLong(c: Column): boolean;
  level(): LevelId | undefined;
  /** Undefined: not given; null: given but not an essentiality (a problem). */
  rating(): Rating | undefined | null;
}

function rowReader(
  row: TableRow,
  header: Header,
  scheme: LevelScheme,
  ratings: RatingScheme,
  errors: ImportProblem[],
): RowReader {
  const values = new Map<Column, string>();
  const reader: RowReader = {
    number: row.number,
    cell(c) {
      let value = values.get(c);
      if (value === undefined) {
        const i = header.index[c];
        value = i === undefined ? '' : (row.cells[i] ?? '').replace(/\r\n?/g, '\n').trim();
        values.set(c, value);
      }
      return value;
    },
    problem(c, message) {
      errors.push({ row: row.number, ...(c ? { column: header.label[c] } : {}), message });
    },
    tooLong(c) {
      const n = reader.cell(c).length;
      if (n > MAX_TEXT) reader.problem(c, `the text is too long (${n} characters); expected at most ${MAX_TEXT}`);
      return n > MAX_TEXT;
    },
    level() {
      return scheme.resolve(reader.cell('level'), (message) => reader.problem('level', message));
    },
    rating() {
      return ratings.resolve(reader.cell('essentiality'), (message) => reader.problem('essentiality', message));
    },
  };
  return reader;
}

function addResponsibility(row: RowReader, competencies: Map<string, CompetencyDraft>, messages: Message[]): void {
  const { cell, problem } = row;
  if (!cell('competency'))
    problem('competency', 'the responsibility has no competency; expected the competency it belongs to');
  if (!cell('responsibility')) problem('responsibility', 'the row names a competency but no responsibility text');
  if (!cell('level')) problem('level', 'the row has no level; expected the level this responsibility is for');
  const levelId = cell('level') ? row.level() : undefined;
  const given = row.rating();
  if (!cell('competency') || !cell('responsibility') || !levelId || given === null) return;
  if (row.tooLong('competency') || row.tooLong('responsibility')) return;
  const competencyKey = textKey(cell('competency'));
  let competency = competencies.get(competencyKey);
  if (!competency) {
    competency = { title: cell('competency'), levels: new Map() };
    competencies.set(competencyKey, competency);
  }
  let entry = competency.levels.get(levelId);
  if (!entry) {
    entry = { responsibilities: [], seen: new Map() };
    competency.levels.set(levelId, entry);
  }
  if (given !== undefined) {
    if (entry.rating && entry.rating.value !== given) {
      problem(
        'essentiality',
        `${quoteValue(cell('essentiality'))} differs from row ${entry.rating.row}, which gives this competency ` +
          'another essentiality at this level; a competency has one essentiality per level',
      );
      return;
    }
    entry.rating ??= { value: given, row: row.number };
  }
  const textAt = textKey(cell('responsibility'));
  const earlier = entry.seen.get(textAt);
  if (earlier !== undefined) {
    messages.push(
      warning(
        'import-duplicate',
        `Row ${row.number} repeats the responsibility of row ${earlier} (same competency and level); it is imported once.`,
      ),
    );
    return;
  }
  entry.seen.set(textAt, row.number);
  entry.responsibilities.push({ text: cell('responsibility'), row: row.number });
}

function addSkill(row: RowReader, skills: Map<string, SkillDraft>): void {
  const { cell, problem } = row;
  if (!cell('skill')) problem('skill', 'the row has a description but no skill name');
  if (!cell('description')) problem('description', 'the skill has no description; expected a sentence describing it');
  const levelId = cell('level') ? row.level() : undefined;
  const given = row.rating();
  if (!cell('skill') || !cell('description') || (cell('level') && !levelId) || given === null) return;
  if (row.tooLong('skill') || row.tooLong('description')) return;
  const skillKey = textKey(cell('skill'));
  let skill = skills.get(skillKey);
  if (!skill) {
    skill = { name: cell('skill'), description: cell('description'), row: row.number, ratings: new Map() };
    skills.set(skillKey, skill);
  } else if (textKey(skill.description) !== textKey(cell('description'))) {
    problem(
      'description',
      `the skill ${quoteValue(skill.name)} has another description in row ${skill.row}; give it one description`,
    );
    return;
  }
  const earlier = levelId ? skill.ratings.get(levelId) : skill.everyLevel;
  if (earlier?.value && given && earlier.value !== given) {
    problem(
      'essentiality',
      `the skill ${quoteValue(skill.name)} has another essentiality ${levelId ? 'at this level ' : ''}in row ${earlier.row}`,
    );
  } else if (!earlier?.value) {
    const value = { value: given, row: row.number };
    if (levelId) skill.ratings.set(levelId, value);
    else skill.everyLevel = value;
  }
}

/** Which kind of row this is: from the type column, else from which cells are filled. */
function rowKind(row: RowReader, header: Header): 'responsibility' | 'skill' | undefined {
  const { cell, problem } = row;
  const type = cell('type').toLowerCase();
  if (type) {
    if (type === 'responsibility' || type === 'competency') return 'responsibility';
    if (type === 'skill') return 'skill';
    problem('type', `${quoteValue(cell('type'))} is not a row type; expected responsibility or skill`);
    return undefined;
  }
  const responsibility = !!(cell('competency') || cell('responsibility'));
  const skill = !!(cell('skill') || cell('description'));
  if (responsibility && skill) {
    problem(
      undefined,
      'the row fills both competency/responsibility and skill/description; put them on separate rows' +
        (header.index.type === undefined ? " or add a 'type' column" : ''),
    );
    return undefined;
  }
  if (!responsibility && !skill) {
    problem(
      undefined,
      'the row has only a level or essentiality; expected a competency and responsibility, or a skill',
    );
    return undefined;
  }
  return responsibility ? 'responsibility' : 'skill';
}

/** Same item despite different case or spacing: "Credentialing " and "credentialing". */
function textKey(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}

function usedLevels(competencyDrafts: CompetencyDraft[], skillDrafts: SkillDraft[]): Set<LevelId> {
  const used = new Set<LevelId>();
  for (const c of competencyDrafts) for (const id of c.levels.keys()) used.add(id);
  for (const s of skillDrafts) for (const id of s.ratings.keys()) used.add(id);
  return used;
}

function assemble(
  meta: CatalogMeta,
  scheme: LevelScheme,
  legend: Catalog['ratingLegend'],
  competencyDrafts: CompetencyDraft[],
  skillDrafts: SkillDraft[],
): Catalog {
  const levels = scheme.levels(usedLevels(competencyDrafts, skillDrafts));
  const ids = new IdAllocator();
  const competencies: Competency[] = competencyDrafts.map((draft) => {
    const id = ids.claim(slug(draft.title));
    const byLevel = levels
      .filter((l) => draft.levels.has(l.id))
      .map((l) => {
        const entry = draft.levels.get(l.id)!;
        const responsibilities = entry.responsibilities.map((r) => ({
          id: ids.claim(`${id}.${l.id}.${slug(r.text)}`),
          text: r.text,
        }));
        return [l.id, { rating: entry.rating?.value ?? 'unrated', responsibilities }] as const;
      });
    return { id, title: draft.title, levels: Object.fromEntries(byLevel) };
  });
  const skills: Skill[] = skillDrafts.map((draft) => {
    const ratings: Record<LevelId, Rating> = {};
    for (const l of levels) {
      const rating = draft.ratings.get(l.id) ?? draft.everyLevel;
      if (rating) ratings[l.id] = rating.value ?? 'unrated';
    }
    return { id: ids.claim(`skill.${slug(draft.name)}`), name: draft.name, description: draft.description, ratings };
  });
  const items = { levels, competencies, skills };
  return {
    schemaVersion: 1,
    id: meta.id,
    version: meta.version ?? fingerprint(JSON.stringify(items)),
    title: meta.title,
    source: { title: meta.file, publisher: 'Organization catalog', date: 'undated' },
    ratingLegend: legend,
    levels,
    workSettings: [],
    placeholders: placeholdersIn([
      ...competencies.flatMap((c) => Object.values(c.levels).flatMap((l) => l.responsibilities.map((r) => r.text))),
      ...skills.map((s) => s.description),
    ]),
    qualifications: [],
    competencies,
    skills,
    errata: [],
  };
}

/** "[insert work setting]" in the text becomes a placeholder the user can fill in, as in the NAMSS catalog. */
function placeholdersIn(texts: string[]): Placeholder[] {
  const ids = new IdAllocator();
  const tokens = new Set(texts.flatMap((t) => t.match(/\[[^[\]]+\]/g) ?? []));
  return [...tokens].map((token) => ({
    id: ids.claim(`placeholder.${slug(token)}`),
    token,
    label: token.slice(1, -1).trim() || token,
  }));
}

function capped(errors: ImportProblem[]): ImportProblem[] {
  if (errors.length <= MAX_REPORTED) return errors;
  return [...errors.slice(0, MAX_REPORTED), { message: 'More problems not listed; fix the ones above first.' }];
}
