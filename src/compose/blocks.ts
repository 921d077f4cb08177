/**
 * The block model: what will be inserted, independent of Word, .docx or HTML.
 * Each Section becomes one tagged content control in Word, so later features can find it.
 */

/** The parts of a job description that map to one of the document's styles. */
export type Role =
  | 'sectionHeading'
  | 'competencyHeading'
  | 'responsibility'
  | 'skillTerm'
  | 'skillDescription'
  | 'body'
  | 'table'
  | 'tableHeader';

export const ROLES: readonly Role[] = [
  'sectionHeading',
  'competencyHeading',
  'responsibility',
  'skillTerm',
  'skillDescription',
  'body',
  'table',
  'tableHeader',
];

/** A run of text. `placeholder` marks an unfilled "[insert ...]" token kept visible. */
export interface Run {
  text: string;
  bold?: boolean;
  placeholder?: boolean;
}

export type Block =
  | { kind: 'heading'; role: 'sectionHeading' | 'competencyHeading'; text: string }
  | { kind: 'paragraph'; role: 'body'; runs: Run[] }
  | { kind: 'bulletList'; role: 'responsibility'; items: BulletItem[] }
  | { kind: 'termList'; items: TermItem[] }
  | { kind: 'table'; header: string[]; rows: TableRow[]; choices?: TableChoices };

export interface BulletItem {
  itemId: string;
  runs: Run[];
}

/** A skill: bold term (role skillTerm) then its description (role skillDescription). */
export interface TermItem {
  itemId: string;
  term: string;
  definition: Run[];
}

export interface TableRow {
  itemId: string;
  cells: Run[][];
  /** A label row over the rows after it (a competency's title over its duties): its first cell only, set off in bold. */
  group?: boolean;
}

/**
 * A column whose cells are a choice among options (a checklist's assessment method): a drop-down in
 * Word; a .docx and the preview show the cell as composed, the options listed.
 */
export interface TableChoices {
  column: number;
  options: string[];
  /** What the empty drop-down says ("Choose a method"). */
  prompt: string;
}

export type SectionPart =
  | 'summary'
  | 'qualifications'
  | 'competency'
  | 'skills'
  /** Tables made from the catalog and the picks (src/compose/tables.ts). */
  | 'matrix'
  | 'comparison'
  | 'checklist';

/** Identifies an inserted section: stored in the content control's tag. */
export interface SectionTag {
  catalogId: string;
  catalogVersion: string;
  levelId: string;
  part: SectionPart;
  competencyId?: string;
  /** A comparison's first level (levelId is the one compared to); the tag keeps it where a competency would go. */
  fromLevelId?: string;
  itemIds: string[];
  /**
   * Short keys of the items (src/render/section-tag.ts itemKey), as a tag read from a document gives them;
   * resolveSectionItems turns them back into ids against a catalog. Absent in composed sections.
   */
  itemKeys?: string[];
  /** Hash of the section's plain text as inserted (src/render/section-text.ts); set by layOut, read from tags. */
  fingerprint?: string;
  /** The insertion the section came from: sections inserted together share it (src/blocks/jobs.ts). */
  jobId?: string;
}

export interface Section {
  /** Title for people (content control title). */
  title: string;
  tag: SectionTag;
  blocks: Block[];
}

export interface BlockModel {
  sections: Section[];
}
