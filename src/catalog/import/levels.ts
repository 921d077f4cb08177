/**
 * An imported catalog's levels. Level names the NAMSS builder uses (or their ids) keep meaning the NAMSS
 * levels, so existing sheets import as before; any other name is the organization's own level. Without a
 * "Levels" sheet (or CSV companion file), every distinct Level value is a level, in order of first
 * appearance; with one, that sheet lists them: its order, display names and optional years of experience,
 * and a level the rows use that it does not list is a problem at that row.
 */
import type { Level, LevelId } from '../types';
import { levelByName, STANDARD_LEVELS } from './columns';
import { IdAllocator, slug } from './ids';
import { nameKey, readName, readOrder, readSideSheet } from './side-sheet';
import { quoteValue, type ImportProblem, type SideTable, type TableRow } from './table';

/** Resolves a row's Level cell to a level id as the rows are read, and lists the levels at the end. */
export interface LevelScheme {
  /** The level's id, or undefined after adding a problem (a Levels sheet that does not list it). */
  resolve(text: string, problem: (message: string) => void): LevelId | undefined;
  /** The catalog's levels, in order: of the ones used, or all the Levels sheet lists. */
  levels(used: ReadonlySet<LevelId>): Level[];
  /** True when some level is the organization's own (not a NAMSS level). */
  readonly ownLevels: boolean;
}

/** A level is a short label in a drop-down; a longer cell is a mistake (text in the wrong column). */
const MAX_LEVEL_NAME = 100;
const tooLong = (text: string) =>
  text.length > MAX_LEVEL_NAME
    ? `${quoteValue(text)} is too long for a level name (${text.length} characters); expected at most ${MAX_LEVEL_NAME}`
    : undefined;
const standard = (id: LevelId) => STANDARD_LEVELS.find((l) => l.id === id)!;

/** No Levels sheet: NAMSS names mean NAMSS levels, and every other name is a level of its own. */
export function levelsFromRows(): LevelScheme {
  const ids = new IdAllocator();
  for (const l of STANDARD_LEVELS) ids.claim(l.id);
  const own = new Map<string, Level>();
  /** Every level in order of first appearance. */
  const appearance: LevelId[] = [];
  return {
    get ownLevels() {
      return own.size > 0;
    },
    resolve(text, problem) {
      let id = levelByName(text);
      if (!id) {
        const long = tooLong(text);
        if (long) return void problem(long);
        let level = own.get(nameKey(text));
        if (!level) {
          level = { id: ids.claim(slug(text)), name: text.replace(/\s+/g, ' ').trim() };
          own.set(nameKey(text), level);
        }
        id = level.id;
      }
      if (!appearance.includes(id)) appearance.push(id);
      return id;
    },
    levels(used) {
      // Only NAMSS levels: their builder order, as before; with an organization's own, the sheet's order.
      if (!own.size) return used.size ? STANDARD_LEVELS.filter((l) => used.has(l.id)) : [...STANDARD_LEVELS];
      const byId = new Map([...own.values()].map((l) => [l.id, l]));
      return appearance.filter((id) => used.has(id)).map((id) => byId.get(id) ?? standard(id));
    },
  };
}

type LevelField = 'level' | 'display' | 'order' | 'years';
const LEVEL_HEADERS: Record<string, LevelField> = {
  level: 'level',
  name: 'level',
  levelname: 'level',
  displayname: 'display',
  display: 'display',
  title: 'display',
  order: 'order',
  years: 'years',
  yearsofexperience: 'years',
  experience: 'years',
};

/** A "Levels" sheet: one row per level (Level, and optionally Display name, Order, Years of experience). */
export function levelsFromSheet(
  table: SideTable,
): { ok: true; scheme: LevelScheme } | { ok: false; errors: ImportProblem[] } {
  const sheet = readSideSheet(table, LEVEL_HEADERS, 'level', 'Level, and optionally Display name, Order, Years');
  const ids = new IdAllocator();
  const drafts: { level: Level; order: number }[] = [];
  const byName = new Map<string, { id: LevelId; row: number }>();
  const claimName = (row: TableRow, field: LevelField, name: string, id: LevelId) => {
    const earlier = byName.get(nameKey(name));
    if (earlier && earlier.id !== id)
      sheet.problem(
        row,
        field,
        `${quoteValue(name)} is already the name of the level in row ${earlier.row}; give each level its own name`,
      );
    else byName.set(nameKey(name), { id, row: row.number });
  };
  if (!sheet.errors.length) {
    sheet.body.forEach((row, i) => {
      const name = readName(sheet, row, 'level', 'level', byName);
      if (name === undefined) return;
      const display = sheet.cell(row, 'display');
      const long = tooLong(name) ?? tooLong(display);
      if (long) return sheet.problem(row, tooLong(name) ? 'level' : 'display', long);
      const order = readOrder(sheet, row, 'order', i + 1);
      if (order === undefined) return;
      const namss = levelByName(name);
      const id = namss ? ids.claim(namss) : ids.claim(slug(name));
      const shown = display || (namss ? standard(namss).name : name);
      const years = sheet.cell(row, 'years') || (namss ? standard(namss).yearsOfExperience : undefined);
      const aliases = [...new Set([name, ...(namss ? (standard(namss).aliases ?? []) : [])])].filter(
        (a) => nameKey(a) !== nameKey(shown),
      );
      claimName(row, 'level', name, id);
      if (nameKey(shown) !== nameKey(name)) claimName(row, display ? 'display' : 'level', shown, id);
      drafts.push({
        level: {
          id,
          name: shown,
          ...(aliases.length ? { aliases } : {}),
          ...(years ? { yearsOfExperience: years } : {}),
        },
        order,
      });
    });
  }
  if (sheet.errors.length) return { ok: false, errors: sheet.errors };
  const levels = drafts.sort((a, b) => a.order - b.order).map((d) => d.level);
  const listed = levels.map((l) => l.name).join(', ');
  return {
    ok: true,
    scheme: {
      ownLevels: levels.some((l) => !STANDARD_LEVELS.some((s) => s.id === l.id)),
      resolve(text, problem) {
        const id =
          byName.get(nameKey(text))?.id ??
          levels.find((l) => l.id === text || l.aliases?.some((a) => nameKey(a) === nameKey(text)))?.id;
        if (!id) problem(`${quoteValue(text)} is not in the '${table.name}' sheet; expected one of ${listed}`);
        return id;
      },
      levels: () => levels,
    },
  };
}
