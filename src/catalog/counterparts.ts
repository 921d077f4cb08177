/**
 * The same responsibility at another level. Catalog ids carry the level as one segment
 * ("process.entry.x" / "process.mid-career.x"), so the same id apart from that segment is the same duty;
 * so is the same text. Reworded duties often change their slug too ("prepare-reviews-..." /
 * "prepare-review-..."), so a duty without such a counterpart is paired with its most similar one
 * (most words in common, at least half of them).
 */
import type { LevelId, Responsibility } from './types';

export function sameItem(a: Responsibility, b: Responsibility, levelA: LevelId, levelB: LevelId): boolean {
  const general = (id: string, level: LevelId) =>
    id
      .split('.')
      .map((s) => (s === level ? '*' : s))
      .join('.');
  return general(a.id, levelA) === general(b.id, levelB) || simplify(a.text) === simplify(b.text);
}

export function simplify(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface Pairing {
  pairs: Array<{ from: Responsibility; to: Responsibility }>;
  /** At the first level only. */
  dropped: Responsibility[];
  /** At the second level only. */
  added: Responsibility[];
}

const MIN_SIMILARITY = 0.5;

/** Each duty of one level paired with its counterpart at the other, where it has one. */
export function pairAcrossLevels(
  from: Responsibility[],
  to: Responsibility[],
  fromLevel: LevelId,
  toLevel: LevelId,
): Pairing {
  const pairs: Pairing['pairs'] = [];
  const freeTo = new Set(to);
  const unpaired: Responsibility[] = [];
  for (const a of from) {
    const b = to.find((t) => freeTo.has(t) && sameItem(a, t, fromLevel, toLevel));
    if (b) {
      pairs.push({ from: a, to: b });
      freeTo.delete(b);
    } else unpaired.push(a);
  }
  const dropped: Responsibility[] = [];
  for (const a of unpaired) {
    let best: { item: Responsibility; score: number } | undefined;
    for (const b of freeTo) {
      const score = similarity(a.text, b.text);
      if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { item: b, score };
    }
    if (best) {
      pairs.push({ from: a, to: best.item });
      freeTo.delete(best.item);
    } else dropped.push(a);
  }
  return { pairs, dropped, added: to.filter((t) => freeTo.has(t)) };
}

/** Shared words over all words (Jaccard), case and punctuation aside. */
function similarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const wa = words(a);
  const wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const all = wa.size + wb.size - shared;
  return all ? shared / all : 0;
}
