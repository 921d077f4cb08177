/**
 * The catalog model: what the NAMSS builder (and any organization's catalog) says,
 * as plain data. Every item carries a stable id that never depends on array position,
 * so documents and saved selections can refer to it across catalog updates.
 */

export type LevelId = string;
export type WorkSettingId = string;

/**
 * The ratings every catalog knows. "unrated" = the source gives no rating; "rating-lost" = the source rates
 * it, but which rating did not survive in its text (NAMSS's skill marks differ only by colour).
 */
export type StandardRating = 'very-essential' | 'essential' | 'somewhat-essential' | 'unrated' | 'rating-lost';
export const STANDARD_RATINGS: readonly StandardRating[] = [
  'very-essential',
  'essential',
  'somewhat-essential',
  'unrated',
  'rating-lost',
];

/**
 * How essential a competency (or skill) is for a level: a standard rating, or the id of an organization's
 * own rating, which its ratingLegend defines (label, and whether it counts as essential).
 */
export type Rating = string;

export interface SourceInfo {
  title: string;
  publisher: string;
  /** ISO date or year-month, e.g. "2021-10"; "undated" when the source gives no date. */
  date: string;
  author?: string;
  url?: string;
}

export interface RatingLegendEntry {
  rating: Rating;
  label: string;
  /** An organization's own rating: counts as essential ("Select all essential", --select essential). */
  essential?: boolean;
  /** The mark the source uses for it, e.g. "●" or "▲". */
  symbol?: string;
  /** Set when the entry applies in one work setting only ("Very Essential for Locum Tenens"). */
  workSetting?: WorkSettingId;
}

export interface Level {
  id: LevelId;
  name: string;
  /** Other names the source uses for this level (e.g. "Management" in the qualifications table). */
  aliases?: string[];
  /** As the source writes it: "0-4", "5-14", "15-24", "25+". Absent when the source gives none. */
  yearsOfExperience?: string;
  /** The catalog's authors added this level; the source does not state it (the pane says so). */
  notInSource?: boolean;
}

export interface WorkSetting {
  id: WorkSettingId;
  name: string;
  /** The catalog's authors added this setting; the source does not state it (the pane says so). */
  notInSource?: boolean;
}

/** A token such as "[insert work setting]" that the user fills in before insertion. */
export interface Placeholder {
  id: string;
  token: string;
  label: string;
}

export type QualificationKind = 'job-title' | 'education' | 'experience' | 'certification' | 'skill' | 'knowledge';

/** Preferred / encouraged / within five years on the job / ideal / none: the source's qualifier, if any. */
export type QualificationQualifier = 'required' | 'preferred' | 'encouraged' | 'within-five-years' | 'ideal' | 'none';

export interface Qualification {
  id: string;
  kind: QualificationKind;
  text: string;
  qualifier?: QualificationQualifier;
  levels: LevelId[];
}

export interface Responsibility {
  id: string;
  text: string;
  /** Limits the item to these work settings (e.g. locum tenens only). Absent = every setting. */
  workSettings?: WorkSettingId[];
  /** The source's footnote attached to this line (the "*" notes). */
  footnote?: string;
}

export interface CompetencyLevel {
  rating: Rating;
  responsibilities: Responsibility[];
}

/** How a work-setting note changes a competency or skill. */
export type WorkSettingEffect =
  'essential-at-all-levels' | 'not-essential' | 'specific-to-setting' | 'knowledge-required';

export interface WorkSettingNote {
  id: string;
  workSetting: WorkSettingId;
  effect: WorkSettingEffect;
  /** The source's sentence, verbatim (after errata). */
  text: string;
}

export interface Competency {
  id: string;
  title: string;
  /** Keyed by level id. A level the source leaves out is absent. */
  levels: Record<LevelId, CompetencyLevel>;
  notes?: WorkSettingNote[];
}

export interface Skill {
  id: string;
  name: string;
  description: string;
  /** Keyed by level id. */
  ratings: Record<LevelId, Rating>;
  notes?: WorkSettingNote[];
}

/**
 * A change to the source's text (a corrected misspelling or doubled word, a re-cased title), so every
 * string traces back to the source: the item's text with `corrected` put back to `original` occurs in it.
 */
export interface Erratum {
  itemId: string;
  original: string;
  corrected: string;
}

export interface CatalogSummary {
  id: string;
  title: string;
  text: string;
  levels: LevelId[];
}

export interface Catalog {
  schemaVersion: 1;
  id: string;
  /** Bumped whenever items change; inserted blocks remember it. */
  version: string;
  title: string;
  source: SourceInfo;
  ratingLegend: RatingLegendEntry[];
  levels: Level[];
  workSettings: WorkSetting[];
  placeholders: Placeholder[];
  /** A ready-made profile's summary paragraph (the Greeley sample has one). */
  summary?: CatalogSummary;
  qualifications: Qualification[];
  competencies: Competency[];
  skills: Skill[];
  errata: Erratum[];
  /** How the organization assesses a responsibility, offered in a competency checklist's Method column. */
  assessmentMethods?: string[];
}
