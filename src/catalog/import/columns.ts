/**
 * The spreadsheet format for organization catalogs. A header row names the columns (any order,
 * case and spacing ignored; other columns are reported and ignored). Two kinds of rows:
 *
 *   responsibility rows: competency, level, responsibility, essentiality (optional)
 *   skill rows:          skill, description, and optionally level and essentiality
 *
 * An optional "type" column says which kind a row is ("responsibility" or "skill"); without it a
 * row is a skill row when its skill or description cell is filled, and a responsibility row when
 * its competency or responsibility cell is. A skill row without a level applies at every level.
 * Levels: Entry Level (entry), Mid-Career, Managerial (Management), Executive. Essentiality:
 * Very Essential, Essential, Somewhat Essential, or blank / Not rated.
 */
import type { Level, LevelId, Rating } from '../types';
import type { ImportProblem, TableRow } from './table';

export type Column = 'type' | 'competency' | 'level' | 'responsibility' | 'essentiality' | 'skill' | 'description';

const HEADER_NAMES: Record<string, Column> = {
  type: 'type',
  rowtype: 'type',
  competency: 'competency',
  competencies: 'competency',
  level: 'level',
  experiencelevel: 'level',
  responsibility: 'responsibility',
  responsibilities: 'responsibility',
  essentiality: 'essentiality',
  rating: 'essentiality',
  skill: 'skill',
  skills: 'skill',
  description: 'description',
  skilldescription: 'description',
};

/** The NAMSS builder's levels, which imported catalogs share so a block can be re-levelled across catalogs. */
export const STANDARD_LEVELS: readonly Level[] = [
  { id: 'entry', name: 'Entry Level', yearsOfExperience: '0-4' },
  { id: 'mid-career', name: 'Mid-Career', yearsOfExperience: '5-14' },
  { id: 'managerial', name: 'Managerial', aliases: ['Management'], yearsOfExperience: '15-24' },
  { id: 'executive', name: 'Executive', yearsOfExperience: '25+' },
];

const LEVEL_NAMES: Record<string, LevelId> = {
  entry: 'entry',
  entrylevel: 'entry',
  midcareer: 'mid-career',
  managerial: 'managerial',
  management: 'managerial',
  executive: 'executive',
};

/** Blank essentiality is "not given" (another row may give it), unlike an explicit "not rated". */
const RATING_NAMES: Record<string, Rating> = {
  veryessential: 'very-essential',
  essential: 'essential',
  somewhatessential: 'somewhat-essential',
  unrated: 'unrated',
  notrated: 'unrated',
};

export const RATING_WORDS = 'Very Essential, Essential, Somewhat Essential or Not rated';

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function levelByName(text: string): LevelId | undefined {
  return LEVEL_NAMES[key(text)];
}

export function ratingByName(text: string): Rating | undefined {
  return RATING_NAMES[key(text)];
}

export interface Header {
  /** Column -> index in the row. */
  index: Partial<Record<Column, number>>;
  /** Column -> the header text as the file spells it, for messages. */
  label: Record<Column, string>;
  ignored: string[];
}

export function readHeader(row: TableRow): { ok: true; header: Header } | { ok: false; errors: ImportProblem[] } {
  const index: Partial<Record<Column, number>> = {};
  const label = Object.fromEntries(Object.values(HEADER_NAMES).map((c) => [c, c])) as Record<Column, string>;
  const ignored: string[] = [];
  const errors: ImportProblem[] = [];
  row.cells.forEach((cell, i) => {
    const text = cell.trim();
    const column = HEADER_NAMES[key(text)];
    if (!column) {
      if (text) ignored.push(text);
    } else if (index[column] !== undefined) {
      errors.push({ row: row.number, column: text, message: `the column appears twice; keep one '${column}' column` });
    } else {
      index[column] = i;
      label[column] = text;
    }
  });
  const has = (c: Column) => index[c] !== undefined;
  const missing = (c: Column, why: string) =>
    errors.push({ row: row.number, message: `the header row has no '${c}' column, which ${why}` });
  if (has('competency') || has('responsibility') || has('level')) {
    if (!has('competency')) missing('competency', 'responsibility rows need');
    if (!has('responsibility')) missing('responsibility', 'responsibility rows need');
    if (!has('level')) missing('level', 'responsibility rows need');
  }
  if (has('skill') !== has('description')) missing(has('skill') ? 'description' : 'skill', 'skill rows need');
  if (!has('competency') && !has('responsibility') && !has('skill') && !has('description')) {
    const found = row.cells.map((c) => c.trim()).filter(Boolean);
    errors.push({
      row: row.number,
      message:
        'the header row names no catalog columns; expected competency, level, responsibility, essentiality ' +
        `and/or skill, description${found.length ? ` (found: ${found.join(', ')})` : ''}`,
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, header: { index, label, ignored } };
}
