/**
 * What the pane, compose and the CLI ask of a catalog: the view for one level (optionally in
 * one work setting), text search with highlight positions, and O(1) lookups by id.
 */
import { catalogIndex } from './catalog-index';
import { isEssentialPick } from './rating-words';
import type { ItemKind, TextField } from './items';
import { matchRanges, queryTerms, type Range } from './text-match';
import type {
  Catalog,
  Competency,
  Level,
  LevelId,
  Qualification,
  Rating,
  Responsibility,
  Skill,
  WorkSettingId,
  WorkSettingNote,
} from './types';

export interface LevelCompetencyView {
  competency: Competency;
  /** The level's rating, raised to at least "essential" where a note for the chosen work setting says so. */
  rating: Rating;
  /** The rating the source gives this level, before any work-setting note. */
  sourceRating: Rating;
  /** The rating counts as essential (Very Essential, Essential, or an own rating the legend marks essential). */
  essential: boolean;
  responsibilities: Responsibility[];
  /** The competency's notes for the chosen work setting (none when no setting is chosen). */
  notes: WorkSettingNote[];
}

export interface LevelView {
  /** Undefined when the catalog has no such level; the lists are then empty. */
  level: Level | undefined;
  competencies: LevelCompetencyView[];
  qualifications: Qualification[];
  skills: Skill[];
}

const RATING_ORDER: Rating[] = ['unrated', 'rating-lost', 'somewhat-essential', 'essential', 'very-essential'];

/**
 * One level's competencies (with that level's rating and responsibilities), qualifications and
 * skills, in catalog order. With a work setting, responsibilities limited to other settings drop
 * out and the setting's notes apply; without one, everything is shown.
 */
export function levelView(catalog: Catalog, levelId: LevelId, workSettingId?: WorkSettingId): LevelView {
  const level = catalog.levels.find((l) => l.id === levelId);
  if (!level) return { level, competencies: [], qualifications: [], skills: [] };
  const competencies: LevelCompetencyView[] = [];
  for (const competency of catalog.competencies) {
    const entry = competency.levels[levelId];
    if (!entry) continue;
    const notes = workSettingId ? (competency.notes ?? []).filter((n) => n.workSetting === workSettingId) : [];
    const responsibilities = entry.responsibilities.filter((r) => appliesInSetting(r, workSettingId));
    if (!responsibilities.length) continue;
    const rating = adjustedRating(entry.rating, notes);
    competencies.push({
      competency,
      rating,
      sourceRating: entry.rating,
      essential: isEssentialPick(catalog, rating),
      responsibilities,
      notes,
    });
  }
  return {
    level,
    competencies,
    qualifications: catalog.qualifications.filter((q) => q.levels.includes(levelId)),
    skills: catalog.skills.filter((s) => levelId in s.ratings),
  };
}

/** A responsibility with no work settings applies everywhere; one with settings, only there (or when no setting is chosen). */
export function appliesInSetting(responsibility: Responsibility, workSettingId?: WorkSettingId): boolean {
  return !workSettingId || !responsibility.workSettings || responsibility.workSettings.includes(workSettingId);
}

function adjustedRating(rating: Rating, notes: WorkSettingNote[]): Rating {
  const floor: Rating = 'essential';
  // An organization's own rating is not on the builder's scale; only its own notes could raise it, and it has none.
  const raise = notes.some((n) => n.effect === 'essential-at-all-levels') && RATING_ORDER.includes(rating);
  return raise && RATING_ORDER.indexOf(rating) < RATING_ORDER.indexOf(floor) ? floor : rating;
}

export type SearchKind = Exclude<ItemKind, 'note'>;

export interface SearchMatch {
  itemId: string;
  kind: SearchKind;
  field: TextField;
  /** The field's full text; ranges index into it. */
  text: string;
  /** [start, end) in `text` of each match, sorted, non-overlapping. */
  ranges: Range[];
  /** For responsibilities: where they sit. */
  competencyId?: string;
  levelId?: LevelId;
}

/**
 * Items whose text contains every word of the query, ignoring case and accents, in catalog
 * order; optionally only items offered at one level. An empty query matches nothing.
 */
export function searchCatalog(catalog: Catalog, query: string, levelId?: LevelId): SearchMatch[] {
  const terms = queryTerms(query);
  if (!terms.length) return [];
  const matches: SearchMatch[] = [];
  for (const { visit, field, text, folded } of catalogIndex(catalog).searchEntries()) {
    if (visit.kind === 'note' || (levelId && !visit.levelIds.includes(levelId))) continue;
    const ranges = matchRanges(folded, terms);
    if (!ranges) continue;
    const where = visit.kind === 'responsibility' ? { competencyId: visit.competency.id, levelId: visit.levelId } : {};
    matches.push({ itemId: visit.id, kind: visit.kind, field, text, ranges, ...where });
  }
  return matches;
}

export interface ResponsibilityRef {
  competency: Competency;
  levelId: LevelId;
  responsibility: Responsibility;
}

export function findResponsibility(catalog: Catalog, id: string): ResponsibilityRef | undefined {
  const v = catalogIndex(catalog).items.get(id);
  return v?.kind === 'responsibility'
    ? { competency: v.competency, levelId: v.levelId, responsibility: v.item }
    : undefined;
}

export function findCompetency(catalog: Catalog, id: string): Competency | undefined {
  const v = catalogIndex(catalog).items.get(id);
  return v?.kind === 'competency' ? v.item : undefined;
}

export function findQualification(catalog: Catalog, id: string): Qualification | undefined {
  const v = catalogIndex(catalog).items.get(id);
  return v?.kind === 'qualification' ? v.item : undefined;
}

export function findSkill(catalog: Catalog, id: string): Skill | undefined {
  const v = catalogIndex(catalog).items.get(id);
  return v?.kind === 'skill' ? v.item : undefined;
}
