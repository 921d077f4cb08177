/**
 * The catalog at a glance: every competency (rows, catalog order) against every level (columns, catalog
 * order), each cell the rating there and how many responsibilities the level lists. Any catalog's own
 * levels, not the NAMSS four.
 */
import { appliesInSetting } from './query';
import { ratingLabel, ratingMark } from './rating-words';
import type { Catalog, Competency, Level, Rating, WorkSettingId } from './types';

export interface MatrixCell {
  level: Level;
  /** Absent: the competency is not listed at this level. */
  rating?: Rating;
  label?: string;
  mark?: string;
  responsibilities: number;
}

export interface MatrixRow {
  competency: Competency;
  cells: MatrixCell[];
}

export function competencyMatrix(catalog: Catalog, workSettingId?: WorkSettingId): MatrixRow[] {
  return catalog.competencies.map((competency) => ({
    competency,
    cells: catalog.levels.map((level) => {
      const entry = competency.levels[level.id];
      if (!entry) return { level, responsibilities: 0 };
      const label = ratingLabel(catalog, entry.rating);
      const mark = ratingMark(catalog, entry.rating);
      return {
        level,
        rating: entry.rating,
        ...(label ? { label } : {}),
        ...(mark ? { mark } : {}),
        responsibilities: entry.responsibilities.filter((r) => appliesInSetting(r, workSettingId)).length,
      };
    }),
  }));
}

/** A rated cell's rating in words: its label, or "Not rated" for a rating its catalog does not word. */
export function ratingWords(cell: MatrixCell): string {
  return cell.label ?? 'Not rated';
}

/** "Very Essential, 5 responsibilities"; "Not listed at this level"; "Not rated, 2 responsibilities". */
export function cellWords(cell: MatrixCell): string {
  if (!cell.rating) return 'Not listed at this level';
  const n = cell.responsibilities;
  return `${ratingWords(cell)}, ${n} responsibilit${n === 1 ? 'y' : 'ies'}`;
}

/** The cell as a table shows it: the mark before the words. */
export function cellText(cell: MatrixCell): string {
  return cell.mark ? `${cell.mark} ${cellWords(cell)}` : cellWords(cell);
}
