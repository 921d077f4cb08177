/**
 * What changes from one level to another, per competency: the rating, and the responsibilities added,
 * dropped or reworded (a counterpart with other text, as a word diff). The career-ladder view.
 */
import { diffWords } from 'diff';
import { pairAcrossLevels } from './counterparts';
import { appliesInSetting } from './query';
import { ratingLabel } from './rating-words';
import type { Catalog, Competency, Level, LevelId, Rating, Responsibility, WorkSettingId } from './types';

/** A piece of reworded text: kept, or only in the old or only in the new wording. */
export interface WordChange {
  text: string;
  change: 'same' | 'removed' | 'added';
}

export interface Reworded {
  from: Responsibility;
  to: Responsibility;
  words: WordChange[];
}

export interface CompetencyChange {
  competency: Competency;
  /** Absent: not listed at that level. */
  fromRating?: Rating;
  toRating?: Rating;
  added: Responsibility[];
  dropped: Responsibility[];
  reworded: Reworded[];
  /** Responsibilities worded the same at both levels. */
  unchanged: number;
}

export interface LevelComparison {
  from: Level;
  to: Level;
  competencies: CompetencyChange[];
}

export type ComparisonResult = { ok: true; value: LevelComparison } | { ok: false; error: string };

export function compareLevels(
  catalog: Catalog,
  fromId: LevelId,
  toId: LevelId,
  workSettingId?: WorkSettingId,
): ComparisonResult {
  const from = catalog.levels.find((l) => l.id === fromId);
  const to = catalog.levels.find((l) => l.id === toId);
  const known = catalog.levels.map((l) => l.id).join(', ');
  if (!from) return { ok: false, error: `The catalog has no level "${fromId}". Levels: ${known}.` };
  if (!to) return { ok: false, error: `The catalog has no level "${toId}". Levels: ${known}.` };
  const duties = (c: Competency, id: LevelId) =>
    (c.levels[id]?.responsibilities ?? []).filter((r) => appliesInSetting(r, workSettingId));
  const competencies = catalog.competencies.map((competency): CompetencyChange => {
    const pairing = pairAcrossLevels(duties(competency, from.id), duties(competency, to.id), from.id, to.id);
    const reworded = pairing.pairs
      .filter((p) => p.from.text !== p.to.text)
      .map((p) => ({ ...p, words: wordDiff(p.from.text, p.to.text) }));
    const fromRating = competency.levels[from.id]?.rating;
    const toRating = competency.levels[to.id]?.rating;
    return {
      competency,
      ...(fromRating ? { fromRating } : {}),
      ...(toRating ? { toRating } : {}),
      added: pairing.added,
      dropped: pairing.dropped,
      reworded,
      unchanged: pairing.pairs.length - reworded.length,
    };
  });
  return { ok: true, value: { from, to, competencies } };
}

export function wordDiff(before: string, after: string): WordChange[] {
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** "Essential → Very Essential", "Essential (unchanged)", "Not listed → Essential". */
export function ratingChangeText(catalog: Catalog, change: CompetencyChange): string {
  const words = (rating: Rating | undefined) => (rating ? (ratingLabel(catalog, rating) ?? 'Not rated') : 'Not listed');
  const a = words(change.fromRating);
  const b = words(change.toRating);
  return a === b ? `${a} (unchanged)` : `${a} → ${b}`;
}

/** The reworded text in plain words: removed words in [- -], added ones in [+ +]. */
export function plainWordDiff(words: WordChange[]): string {
  return words
    .map((w) => (w.change === 'same' ? w.text : w.change === 'added' ? `[+${w.text}+]` : `[-${w.text}-]`))
    .join('');
}
