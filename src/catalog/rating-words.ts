/**
 * How a rating reads: the catalog's own legend label (an organization's scale may word it differently),
 * else the NAMSS wording; its mark as the legend draws it. "Unrated" and "rating-lost" state nothing, so
 * they have no label.
 */
import { isStatedRating } from './honesty';
import type { Catalog, Rating } from './types';

const DEFAULT_LABELS: Record<Exclude<Rating, 'unrated' | 'rating-lost'>, string> = {
  'very-essential': 'Very Essential',
  essential: 'Essential',
  'somewhat-essential': 'Somewhat Essential',
};

export function ratingLabel(catalog: Catalog, rating: Rating): string | undefined {
  if (!isStatedRating(rating)) return undefined;
  return catalog.ratingLegend.find((e) => e.rating === rating && !e.workSetting)?.label ?? DEFAULT_LABELS[rating];
}

export function ratingMark(catalog: Catalog, rating: Rating): string | undefined {
  if (!isStatedRating(rating)) return undefined;
  return catalog.ratingLegend.find((e) => e.rating === rating && !e.workSetting)?.symbol;
}

/** Ratings an organization marks as its essential functions; the rest are its other (marginal) duties. */
export function isEssentialRating(rating: Rating | undefined): boolean {
  return rating !== 'somewhat-essential';
}
