/**
 * An imported catalog's essentiality scale. The NAMSS words (Very Essential, Essential, Somewhat Essential,
 * Not rated) are always recognised; a "Ratings" sheet (or CSV companion file) adds the organization's own:
 * name, order, and whether it counts as essential ("Select all essential", --select essential). Blank = unrated.
 */
import type { Rating, RatingLegendEntry } from '../types';
import { RATING_WORDS, ratingByName } from './columns';
import { IdAllocator, slug } from './ids';
import { nameKey, readName, readOrder, readSideSheet } from './side-sheet';
import { quoteValue, type ImportProblem, type SideTable } from './table';

export interface RatingScheme {
  /** Undefined: blank (not given); null: not a rating (a problem was added). */
  resolve(text: string, problem: (message: string) => void): Rating | undefined | null;
  legend: RatingLegendEntry[];
}

const NAMSS_LEGEND: RatingLegendEntry[] = [
  { rating: 'very-essential', label: 'Very Essential' },
  { rating: 'essential', label: 'Essential' },
  { rating: 'somewhat-essential', label: 'Somewhat Essential' },
  { rating: 'unrated', label: 'Not rated' },
];

export function namssRatings(): RatingScheme {
  return {
    resolve(text, problem) {
      if (!text) return undefined;
      const value = ratingByName(text);
      if (!value) problem(`${quoteValue(text)} is not an essentiality; expected ${RATING_WORDS}`);
      return value ?? null;
    },
    legend: NAMSS_LEGEND,
  };
}

type RatingField = 'rating' | 'order' | 'essential';
const RATING_HEADERS: Record<string, RatingField> = {
  rating: 'rating',
  name: 'rating',
  essentiality: 'rating',
  order: 'order',
  essential: 'essential',
  countsasessential: 'essential',
};
const YES = new Set(['yes', 'y', 'true', 'x', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** A "Ratings" sheet: one row per rating (Rating, and optionally Order and Essential yes/no). */
export function ratingsFromSheet(
  table: SideTable,
): { ok: true; scheme: RatingScheme } | { ok: false; errors: ImportProblem[] } {
  const sheet = readSideSheet(table, RATING_HEADERS, 'rating', 'Rating, and optionally Order and Essential (yes/no)');
  const ids = new IdAllocator();
  for (const e of NAMSS_LEGEND) ids.claim(e.rating);
  const own: { entry: RatingLegendEntry; order: number }[] = [];
  const byName = new Map<string, { rating: Rating; row: number }>();
  if (!sheet.errors.length) {
    sheet.body.forEach((row, i) => {
      const name = readName(sheet, row, 'rating', 'rating', byName);
      if (name === undefined) return;
      const order = readOrder(sheet, row, 'order', i + 1);
      const essential = sheet.cell(row, 'essential').toLowerCase();
      if (!YES.has(essential) && !NO.has(essential))
        return sheet.problem(row, 'essential', `${quoteValue(essential)} is not yes or no`);
      if (order === undefined) return;
      // A NAMSS word keeps its NAMSS meaning, essential or not.
      const rating = ratingByName(name) ?? ids.claim(slug(name));
      byName.set(nameKey(name), { rating, row: row.number });
      if (!ratingByName(name)) own.push({ entry: { rating, label: name, essential: YES.has(essential) }, order });
    });
  }
  if (sheet.errors.length) return { ok: false, errors: sheet.errors };
  const scale = own.sort((a, b) => a.order - b.order).map((o) => o.entry);
  const names = scale.map((e) => e.label);
  return {
    ok: true,
    scheme: {
      resolve(text, problem) {
        if (!text) return undefined;
        const value = ratingByName(text) ?? byName.get(nameKey(text))?.rating;
        if (!value)
          problem(
            `${quoteValue(text)} is not a rating; expected ${RATING_WORDS}, or one of the '${table.name}' sheet's: ${names.join(', ')}`,
          );
        return value ?? null;
      },
      legend: [...NAMSS_LEGEND, ...scale],
    },
  };
}
