import type { LevelId, WorkSettingId } from '../catalog/types';

/** The parts of a job description, in the order compose() writes them unless a profile says otherwise. */
export type ComposePart = 'summary' | 'qualifications' | 'competencies' | 'skills';
export const COMPOSE_PARTS: readonly ComposePart[] = ['summary', 'qualifications', 'competencies', 'skills'];

/** How the block model is laid out. */
export interface ComposeOptions {
  /** Add "(Very Essential)" etc. after each competency heading. */
  includeEssentiality: boolean;
  /** One section for all competencies, or one section per competency. */
  competencyLayout: 'combined' | 'per-competency';
  headings: Record<ComposePart, string>;
  /** The parts' order (every part once); absent = the builder's order, COMPOSE_PARTS. A sample profile keeps its own. */
  partOrder?: ComposePart[];
}

/** What the user picked: the input of compose(). Ids are catalog item ids. */
export interface Selection {
  catalogId: string;
  levelId: LevelId;
  workSettingId?: WorkSettingId;
  includeSummary?: boolean;
  qualificationIds: string[];
  responsibilityIds: string[];
  skillIds: string[];
  /** Placeholder id -> the user's value. Unfilled placeholders stay visible. */
  placeholderValues: Record<string, string>;
  options: ComposeOptions;
}

export const DEFAULT_COMPOSE_OPTIONS: ComposeOptions = {
  includeEssentiality: false,
  competencyLayout: 'per-competency',
  headings: {
    summary: 'Position Summary',
    qualifications: 'Qualifications',
    competencies: 'Essential Functions and Responsibilities',
    skills: 'Knowledge and Skills',
  },
};
