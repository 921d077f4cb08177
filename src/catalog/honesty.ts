/**
 * What the pane and the CLI say where a catalog cannot speak for its source: levels or settings the
 * catalog's authors added, and ratings the source gives but whose value its text lost.
 */
import type { Catalog, Level, Rating } from './types';

export const NOT_IN_SOURCE = 'added, not in the source';

/** The one-line explanation shown where the skill ratings would be, when the catalog lost them. */
export const LOST_SKILL_RATINGS_NOTE =
  'The source rates every skill at every level, but its marks differ only by colour, which its text lost: ' +
  'no skill ratings are shown, and none are guessed.';

/** True when some skill of the level is rated in the source but the rating is not recoverable. */
export function skillRatingsLost(catalog: Catalog, levelId: string): boolean {
  return catalog.skills.some((s) => s.ratings[levelId] === 'rating-lost');
}

/** Ratings that say how essential an item is; "unrated" and "rating-lost" say nothing, so they get no label. */
export function isStatedRating(rating: Rating): rating is Exclude<Rating, 'unrated' | 'rating-lost'> {
  return rating !== 'unrated' && rating !== 'rating-lost';
}

/** A level's name as the pane and the CLI show it: "(added, not in the source)" when the source does not state it. */
export function shownLevelName(level: Level): string {
  return level.notInSource ? `${level.name} (${NOT_IN_SOURCE})` : level.name;
}
