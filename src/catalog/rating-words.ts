/**
 * How a rating reads: the catalog's own legend label (an organization's scale may word it differently),
 * else the NAMSS wording; its mark as the legend draws it. "Unrated" and "rating-lost" state nothing, so
 * they have no label.
 */
import { isStatedRating } from './honesty';
import { STANDARD_RATINGS, type Catalog, type Rating } from './types';

const DEFAULT_LABELS: Partial<Record<Rating, string>> = {
  'very-essential': 'Very Essential',
  essential: 'Essential',
  'somewhat-essential': 'Somewhat Essential',
};

export function ratingLabel(catalog: Catalog, rating: Rating): string | undefined {
  if (!isStatedRating(rating)) return undefined;
  return legendEntry(catalog, rating)?.label ?? DEFAULT_LABELS[rating] ?? rating;
}

export function ratingMark(catalog: Catalog, rating: Rating): string | undefined {
  if (!isStatedRating(rating)) return undefined;
  return legendEntry(catalog, rating)?.symbol;
}

/**
 * Ratings an organization marks as its essential functions; the rest are its other (marginal) duties. An
 * organization's own rating (from its "Ratings" sheet) is one when its legend entry says essential.
 */
export function isEssentialRating(catalog: Catalog, rating: Rating | undefined): boolean {
  if (rating !== undefined && !(STANDARD_RATINGS as readonly string[]).includes(rating))
    return legendEntry(catalog, rating)?.essential === true;
  return rating !== 'somewhat-essential';
}

/** What "Select all Very Essential and Essential" and --select essential take: those two, and own essential ratings. */
export function isEssentialPick(catalog: Catalog, rating: Rating): boolean {
  return rating === 'very-essential' || rating === 'essential' || legendEntry(catalog, rating)?.essential === true;
}

function legendEntry(catalog: Catalog, rating: Rating) {
  return catalog.ratingLegend.find((e) => e.rating === rating && !e.workSetting);
}
