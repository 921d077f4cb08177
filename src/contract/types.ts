/**
 * The contract every document adapter keeps (the .docx adapter, the Word test double, the preview document
 * and real Word): scenarios written once against the DocumentPort and the workflows, each on a starting
 * document described host-independently (a Fixture), each checked on one normalized view of what the
 * document holds afterwards (a DocumentView). A host plugs in through a ContractHarness. Types only.
 */
import type { Catalog } from '../catalog/types';
import type { DocumentPort } from '../word/port';

/** A style of the starting document. Built-ins carry Word's language-independent name, as a .docx stores it. */
export interface FixtureStyle {
  /** w:styleId ("berschrift1" in a German document). */
  id: string;
  /** w:name: for built-ins the English lower-case key ("heading 1"), else the style's own name. */
  name: string;
  /** The name Word shows (nameLocal, "Überschrift 1"); default: `name`. */
  local?: string;
  /** Word.BuiltInStyleName value ("Heading1") for built-ins; "Other" for a built-in without one (List Bullet). */
  builtIn?: string;
  type: 'paragraph' | 'character' | 'table';
  /** The style numbers its paragraphs (a bullet style). */
  list?: boolean;
  basedOn?: string;
  /** The style's font (Word's Normal has one; a style without inherits its base style's). */
  font?: FixtureFont;
}

export interface FixtureFont {
  name: string;
  sizePt: number;
}

export interface FixtureParagraph {
  text: string;
  /** A FixtureStyle id; default the Normal style. */
  style?: string;
  /** A list item by direct numbering (as the bullet button makes one). */
  list?: boolean;
  /** Text after `text` that is a tracked deletion (still in the file, struck through on screen). */
  deleted?: string;
  /** A font set by hand on its text, over its style (as a template's own bullets often are). */
  font?: FixtureFont;
}

export interface FixtureTable {
  table: string[][];
  style?: string;
}

export type FixtureBlock = FixtureParagraph | FixtureTable;

/** Paragraph indexes count the body's paragraphs in reading order, table cell paragraphs included. */
export interface FixtureCursor {
  paragraph: number;
  /** Character offset; default the end of the paragraph. */
  offset?: number;
  /** A non-empty selection ends here (default: a collapsed cursor). */
  endParagraph?: number;
  endOffset?: number;
}

/** A content control over whole paragraphs (by paragraph index, as for the cursor). */
export interface FixtureControl {
  from: number;
  to?: number;
  title: string;
  tag: string;
  /** The control cannot be edited or deleted. */
  locked?: boolean;
}

/**
 * A known behaviour of some Word builds (OfficeDev/office-js issues) that the Word test double plays for a
 * scenario: 'mac' (Word for Mac: #5934, #6046), 'web' (Word on the web: #6738), or a build's bug
 * ('startNewList-empty-item' #3156, 'getStyles-missing' #6859, 'getStyles-fails' #4953, 'comment-selected'
 * #6046). Real Word has whichever it has, and other hosts ignore them: the scenario's checks hold either way.
 */
export type WordQuirk =
  'mac' | 'web' | 'startNewList-empty-item' | 'getStyles-missing' | 'getStyles-fails' | 'comment-selected';

export interface Fixture {
  /** How the Word test double plays this document (see WordQuirk). */
  wordQuirks?: WordQuirk[];
  /** Default: ENGLISH_STYLES (fixtures.ts). */
  styles?: readonly FixtureStyle[];
  body: FixtureBlock[];
  cursor: FixtureCursor;
  controls?: FixtureControl[];
  trackChanges?: boolean;
  /** The document refuses every change (protected, or open read-only). */
  protected?: boolean;
  /** The add-in's document settings (what the pane saves in the document). */
  settings?: Record<string, unknown>;
}

/**
 * What a fixture asks of a host. A harness lists those it can build; a scenario needing another is reported
 * as not run on that host (never silently passed).
 */
export type FixtureFeature =
  /** The cursor is in a paragraph holding text (the preview's cursor is always on an empty line). */
  | 'cursor-in-text'
  | 'table'
  | 'list'
  | 'selection'
  /** A cursor in a paragraph that has text (insertion goes after it), not in an empty one. */
  | 'cursor-in-text'
  | 'cursor-in-table'
  | 'controls'
  | 'locked-control'
  | 'track-changes'
  | 'tracked-deletion'
  | 'protected'
  | 'localized-styles'
  | 'settings'
  /** Text in a font set by hand over its style. */
  | 'hand-formatting';

/** One body paragraph, normalized across hosts. */
export interface ViewParagraph {
  kind: 'paragraph';
  text: string;
  /** Lower case: the fixture style's `name` ("heading 1") when it is one of them, else the host's name (fixtures.ts). */
  style: string;
  listItem: boolean;
  /** The font set by hand on its text (its first run's), if any. */
  font?: Partial<FixtureFont>;
  /** Index in DocumentView.blocks of the job-description block holding the paragraph. */
  block?: number;
}

export interface ViewTable {
  kind: 'table';
  /** Cell texts, row by row (a cell's paragraphs joined by a space). */
  rows: string[][];
  block?: number;
}

/** A job-description block: a content control carrying one of our tags. */
export interface ViewBlock {
  title: string;
  tag: string;
}

/** What the document holds, in one form whatever the host. */
export interface DocumentView {
  /** The main text, top level in order; paragraphs inside table cells are in the table's rows. */
  content: (ViewParagraph | ViewTable)[];
  blocks: ViewBlock[];
}

/** One expectation's outcome, with what the document actually did. */
export interface CheckResult {
  name: string;
  passed: boolean;
  expected: string;
  actual: string;
}

/** An open starting document on one host, with the adapter under test. */
export interface ContractSession {
  port: DocumentPort;
  /** Reads back what the document holds now. */
  view(): Promise<DocumentView>;
  /** Removes what the scenario wrote (hosts that share one document, such as real Word). */
  close(): Promise<void>;
}

export interface ContractHarness {
  /** Shown in the report: "docx", "word double", "preview", "Word 16.0 (Mac)". */
  readonly host: string;
  readonly features: ReadonlySet<FixtureFeature>;
  open(fixture: Fixture): Promise<ContractSession>;
}

export interface ScenarioContext {
  session: ContractSession;
  port: DocumentPort;
  catalog: Catalog;
  fixture: Fixture;
}

export interface Scenario {
  /** Stable id, e.g. "insert-after-heading". */
  id: string;
  title: string;
  /** The starting document; a function when it holds blocks built from the catalog. */
  fixture: Fixture | ((catalog: Catalog) => Fixture);
  /** Acts through the workflows and returns its checks (see expect.ts). */
  run(context: ScenarioContext): Promise<CheckResult[]>;
}

export interface ScenarioResult {
  id: string;
  title: string;
  /** 'not-run': the host cannot build the fixture (see `missing`). */
  status: 'ran' | 'not-run';
  missing?: FixtureFeature[];
  checks: CheckResult[];
}

export interface ContractReport {
  host: string;
  scenarios: ScenarioResult[];
  passed: number;
  total: number;
  /** "N of M checks passed". */
  summary: string;
}
