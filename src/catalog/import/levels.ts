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

const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
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
        let level = own.get(key(text));
        if (!level) {
          level = { id: ids.claim(slug(text)), name: text.replace(/\s+/g, ' ').trim() };
          own.set(key(text), level);
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

const LEVEL_HEADERS: Record<string, 'level' | 'display' | 'order' | 'years'> = {
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
  sheet: SideTable,
): { ok: true; scheme: LevelScheme } | { ok: false; errors: ImportProblem[] } {
  const rows = sheet.rows.filter((r) => r.cells.some((c) => c.trim()));
  const errors: ImportProblem[] = [];
  const at = (row: TableRow | undefined, column: string | undefined, message: string) =>
    errors.push({ sheet: sheet.name, ...(row ? { row: row.number } : {}), ...(column ? { column } : {}), message });
  const [header, ...body] = rows;
  const index: Partial<Record<'level' | 'display' | 'order' | 'years', number>> = {};
  const label: Record<string, string> = {};
  header?.cells.forEach((cell, i) => {
    const column = LEVEL_HEADERS[cell.toLowerCase().replace(/[^a-z0-9]/g, '')];
    if (column && index[column] === undefined) {
      index[column] = i;
      label[column] = cell.trim();
    }
  });
  if (index.level === undefined) {
    at(header, undefined, "the sheet has no 'Level' column; expected Level, and optionally Display name, Order, Years");
    return { ok: false, errors };
  }
  if (!body.length) {
    at(header, undefined, 'the sheet lists no levels; expected one row per level after the header row');
    return { ok: false, errors };
  }
  const cell = (row: TableRow, c: keyof typeof index) =>
    index[c] === undefined ? '' : (row.cells[index[c]!] ?? '').replace(/\s+/g, ' ').trim();
  const ids = new IdAllocator();
  const drafts: { level: Level; order: number; row: TableRow }[] = [];
  const byName = new Map<string, { id: LevelId; row: number }>();
  const claimName = (row: TableRow, column: string, name: string, id: LevelId) => {
    const earlier = byName.get(key(name));
    if (earlier && earlier.id !== id) {
      at(
        row,
        column,
        `${quoteValue(name)} is already the name of the level in row ${earlier.row}; give each level its own name`,
      );
    } else byName.set(key(name), { id, row: row.number });
  };
  body.forEach((row, i) => {
    const name = cell(row, 'level');
    if (!name) return void at(row, label.level, 'the row has no level name');
    const long = tooLong(name);
    if (long) return void at(row, label.level, long);
    const longDisplay = tooLong(cell(row, 'display'));
    if (longDisplay) return void at(row, label.display, longDisplay);
    const order = cell(row, 'order');
    if (order && !Number.isFinite(Number(order))) {
      return void at(row, label.order, `${quoteValue(order)} is not a number; expected the level's place (1, 2, 3...)`);
    }
    const namss = levelByName(name);
    if (byName.get(key(name))) {
      return void at(
        row,
        label.level,
        `the level ${quoteValue(name)} is listed twice (first in row ${byName.get(key(name))!.row})`,
      );
    }
    const id = namss ?? ids.claim(slug(name));
    if (namss) ids.claim(namss);
    const display = cell(row, 'display') || (namss ? standard(namss).name : name);
    const years = cell(row, 'years') || (namss ? standard(namss).yearsOfExperience : undefined);
    const aliases = [...new Set([name, ...(namss ? (standard(namss).aliases ?? []) : [])])].filter(
      (a) => key(a) !== key(display),
    );
    claimName(row, label.level, name, id);
    if (key(display) !== key(name)) claimName(row, label.display ?? label.level, display, id);
    drafts.push({
      level: {
        id,
        name: display,
        ...(aliases.length ? { aliases } : {}),
        ...(years ? { yearsOfExperience: years } : {}),
      },
      order: order ? Number(order) : i + 1,
      row,
    });
  });
  if (errors.length) return { ok: false, errors };
  const levels = drafts.sort((a, b) => a.order - b.order).map((d) => d.level);
  const listed = levels.map((l) => l.name).join(', ');
  return {
    ok: true,
    scheme: {
      ownLevels: levels.some((l) => !STANDARD_LEVELS.some((s) => s.id === l.id)),
      resolve(text, problem) {
        const id =
          byName.get(key(text))?.id ??
          levels.find((l) => l.id === text || l.aliases?.some((a) => key(a) === key(text)))?.id;
        if (!id) problem(`${quoteValue(text)} is not in the '${sheet.name}' sheet; expected one of ${listed}`);
        return id;
      },
      levels: () => levels,
    },
  };
}
