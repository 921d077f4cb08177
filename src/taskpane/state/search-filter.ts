/**
 * The level view narrowed by the search box: which competencies, responsibilities, qualifications
 * and skills to show, and where to highlight. A competency whose title matches keeps all its
 * responsibilities; otherwise only its matching ones show.
 */
import { searchCatalog, type LevelCompetencyView, type LevelView } from '../../catalog/query';
import type { TextField } from '../../catalog/items';
import type { Range } from '../../catalog/text-match';
import type { Catalog, CatalogSummary, Qualification, Skill } from '../../catalog/types';

export interface FilteredView {
  /** The query this view was filtered by. */
  query: string;
  /** True while a query is typed; the lists below are then the matches only. */
  searching: boolean;
  competencies: LevelCompetencyView[];
  qualifications: Qualification[];
  skills: Skill[];
  summary?: CatalogSummary;
  /** Number of matching items (for "n matches"). */
  matchCount: number;
  highlights: Highlights;
}

/** Highlight ranges by item id and field. */
export class Highlights {
  private readonly byKey = new Map<string, Range[]>();

  add(itemId: string, field: TextField, ranges: Range[]): void {
    this.byKey.set(`${itemId}\u0000${field}`, ranges);
  }

  get(itemId: string, field: TextField): Range[] | undefined {
    return this.byKey.get(`${itemId}\u0000${field}`);
  }
}

export function filterView(catalog: Catalog, view: LevelView, query: string, summary?: CatalogSummary): FilteredView {
  const highlights = new Highlights();
  if (!query.trim()) {
    return { query, searching: false, ...view, summary, matchCount: 0, highlights };
  }
  const matched = new Set<string>();
  for (const m of searchCatalog(catalog, query, view.level?.id)) {
    matched.add(m.itemId);
    highlights.add(m.itemId, m.field, m.ranges);
  }
  const competencies = view.competencies.flatMap((c) => {
    if (matched.has(c.competency.id)) return [c];
    const responsibilities = c.responsibilities.filter((r) => matched.has(r.id));
    return responsibilities.length ? [{ ...c, responsibilities }] : [];
  });
  const qualifications = view.qualifications.filter((q) => matched.has(q.id));
  const skills = view.skills.filter((s) => matched.has(s.id));
  const shownSummary = summary && matched.has(summary.id) ? summary : undefined;
  const matchCount = itemsAt({ competencies, qualifications, skills }) + (shownSummary ? 1 : 0);
  return {
    query,
    searching: true,
    competencies,
    qualifications,
    skills,
    summary: shownSummary,
    matchCount,
    highlights,
  };
}

/**
 * A level this short filters in well under a millisecond, so a keystroke's own render can filter it to see how
 * much the lists would change (the bundled catalogs' levels hold 60-90 items; a long catalog's, thousands).
 */
export const SHORT_LEVEL_ITEMS = 300;

/** The responsibilities, qualifications and skills a view holds. */
export function itemsAt(view: Pick<LevelView, 'competencies' | 'qualifications' | 'skills'>): number {
  return view.competencies.reduce(
    (n, c) => n + c.responsibilities.length,
    view.qualifications.length + view.skills.length,
  );
}

/**
 * Up to this many matches the lists redraw within one frame (about 10 ms here, a few times that on a slow
 * laptop), so the letter and its matches can appear together.
 */
export const MATCHES_DRAWN_AT_ONCE = 60;

/**
 * Whether going from one search's view to the next redraws little: the rows that go and the rows that come are
 * few. Starting or ending a search never is: the unsearched level draws every header, qualification and skill
 * (about 50 rows at a bundled level, more with competencies open).
 */
export function redrawsAtOnce(from: FilteredView, to: FilteredView): boolean {
  const few = (v: FilteredView) => v.searching && v.matchCount <= MATCHES_DRAWN_AT_ONCE;
  return few(from) && few(to);
}
