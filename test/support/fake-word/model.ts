/**
 * The in-memory document behind the fake Word: stories (main text, header, ...) of paragraphs and
 * tables, content controls over paragraph spans, a style catalog and the selection. No Node or DOM
 * imports, so the same code runs in jest and, bundled by esbuild, in the browser.
 */
import { englishStyleName } from './english-names';

export type BodyType = 'MainDoc' | 'Header' | 'Footer' | 'Footnote' | 'Endnote' | 'TableCell' | 'Unknown';

export interface RunNode {
  text: string;
  bold?: boolean;
  /** Character style (local name). */
  style?: string;
  /** Highlight color as set through font.highlightColor ("Yellow", "#FFFF00"). */
  highlight?: string;
  /** Font name and size (points) set by hand over the paragraph's style. */
  font?: string;
  size?: number;
  /** Deleted while Word tracked changes: still in the text Word reports (#1267), not in the reviewed text. */
  deleted?: boolean;
}

/** A list made by startNewList: paragraphs that share one belong to the same list. */
export interface ListNode {
  id: number;
  /** The left indent (points) level 0 of the list gives its items. */
  indent: number;
  /** Bullet per level as set by setLevelBullet ("Solid", ...); unset levels keep Word's default. */
  bullets: Record<number, string>;
  /** Numbering per level as set by setLevelNumbering ("Arabic", ...); it replaces the level's bullet. */
  numbering?: Record<number, string>;
}

export interface ParagraphNode {
  kind: 'paragraph';
  id: number;
  runs: RunNode[];
  style: string;
  /** Numbering set on the paragraph itself (inherited by the next paragraph, like pressing Enter). */
  directList?: ListNode;
  /** Left indent in points set on the paragraph itself (a list item gets its level's indent). */
  leftIndent?: number;
  /** Made by Range.insertParagraph: Word refuses styleBuiltIn on it (#1656). */
  madeByRange?: boolean;
  /** The sync (batch) that created it: styleBuiltIn Heading1 in that same batch only formats it (#223). */
  bornInSync?: number;
  /** Built-in heading formatting applied without the style (#223): looks like it, is not it. */
  looksLike?: string;
  parent: BodyNode;
}

export interface TableNode {
  kind: 'table';
  id: number;
  style: string;
  headerRowCount: number;
  rows: BodyNode[][];
  parent: BodyNode;
}

export type BlockNode = ParagraphNode | TableNode;

export interface BodyNode {
  type: BodyType;
  blocks: BlockNode[];
  /** For a table cell: its table. */
  owner?: TableNode;
}

export interface ControlNode {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  from: ParagraphNode;
  to: ParagraphNode;
  /** An inline control made over a range without the paragraph mark: it covers the first line only (#3705). */
  firstLineOnly?: boolean;
  /** Times its content was replaced; on the web getRange fails from the second (#6738). */
  refills?: number;
  /** Absent: rich text (the default type). */
  type?: 'DropDownList';
  /** A drop-down's entries, in order (addListItem). */
  listItems?: string[];
  /** Dimmed text shown while the control is empty. */
  placeholderText?: string;
}

export interface StyleEntry {
  nameLocal: string;
  /** Word.BuiltInStyleName value, for built-in styles. */
  builtIn?: string;
  /** True for a built-in style without a BuiltInStyleName value (e.g. List Bullet). */
  builtInOther?: boolean;
  type: 'Paragraph' | 'Character' | 'Table' | 'List';
  /** The style carries bullets or numbering. */
  list?: boolean;
  baseStyle?: string;
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
}

/** A position: a paragraph and a character offset in its text. */
export interface Pos {
  para: ParagraphNode;
  offset: number;
}

/** A range of text; `mark` when it includes the last paragraph's mark (whole paragraphs). */
export interface TextRange {
  kind: 'text';
  start: Pos;
  end: Pos;
  mark: boolean;
}

/** Text inserted by insertText: formatting applies to exactly that run. */
export interface RunRange {
  kind: 'run';
  para: ParagraphNode;
  run: RunNode;
}

export type RangeNode = TextRange | RunRange;

export class FakeOfficeError extends Error {
  readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

/** A paragraph's text as Word's API reports it: tracked deletions included (#1267). */
export function paragraphText(p: ParagraphNode): string {
  return p.runs.map((r) => r.text).join('');
}

/** The text with tracked deletions left out (Range.getReviewedText('Current')). */
export function reviewedText(p: ParagraphNode): string {
  return p.runs
    .filter((r) => !r.deleted)
    .map((r) => r.text)
    .join('');
}

/** Word's manual line break (Shift+Enter) inside a paragraph's text. */
export const LINE_BREAK = '\u000b';

/** Every paragraph of a body in reading order, table cells included. */
export function flatten(body: BodyNode, out: ParagraphNode[] = []): ParagraphNode[] {
  for (const block of body.blocks) {
    if (block.kind === 'paragraph') out.push(block);
    else for (const row of block.rows) for (const cell of row) flatten(cell, out);
  }
  return out;
}

/** The story (main text, header, ...) a body belongs to: table cells belong to their table's story. */
export function storyOf(body: BodyNode): BodyNode {
  let b = body;
  while (b.owner) b = b.owner.parent;
  return b;
}

export function firstParagraphOf(block: BlockNode): ParagraphNode {
  return block.kind === 'paragraph' ? block : flatten(block.rows[0][0])[0];
}

export function lastParagraphOf(block: BlockNode): ParagraphNode {
  if (block.kind === 'paragraph') return block;
  const row = block.rows[block.rows.length - 1];
  const cell = flatten(row[row.length - 1]);
  return cell[cell.length - 1];
}

export class DocumentModel {
  readonly stories = new Map<string, BodyNode>();
  readonly controls: ControlNode[] = [];
  readonly styles: StyleEntry[];
  changeTrackingMode = 'Off';
  /** Syncs run so far (a paragraph remembers the one that created it, for #223). */
  syncNumber = 0;
  selection: TextRange;
  private nextId = 1;
  private orderCache?: { story: BodyNode; paragraphs: ParagraphNode[]; index: Map<ParagraphNode, number> };

  constructor(styles: StyleEntry[]) {
    this.styles = styles;
    const main = this.newBody('MainDoc');
    this.stories.set('main', main);
    main.blocks.push(this.newParagraph(main, ''));
    const p = main.blocks[0] as ParagraphNode;
    this.selection = { kind: 'text', start: { para: p, offset: 0 }, end: { para: p, offset: 0 }, mark: false };
  }

  get main(): BodyNode {
    return this.stories.get('main') as BodyNode;
  }

  newBody(type: BodyType, owner?: TableNode): BodyNode {
    return { type, blocks: [], ...(owner ? { owner } : {}) };
  }

  newParagraph(parent: BodyNode, text: string, like?: ParagraphNode): ParagraphNode {
    // Assumed: a font name or size set on the text alone (not the paragraph mark) is not carried to the next
    // paragraph; the hand-formatting contract scenario checks it in real Word (headings keep their style's font).
    const last = like?.runs[like.runs.length - 1];
    return {
      kind: 'paragraph',
      id: this.nextId++,
      bornInSync: this.syncNumber,
      runs: text
        ? [{ text, ...(last?.bold ? { bold: true } : {}), ...(last?.highlight ? { highlight: last.highlight } : {}) }]
        : [],
      style: like?.style ?? this.normalStyle(),
      ...(like?.directList ? { directList: like.directList } : {}),
      ...(like?.leftIndent !== undefined ? { leftIndent: like.leftIndent } : {}),
      parent,
    };
  }

  /** Word's default bullet list: level 0 indented half an inch. */
  newList(): ListNode {
    const list: ListNode = { id: this.nextId++, indent: 36, bullets: {} };
    this.lists.set(list.id, list);
    return list;
  }

  readonly lists = new Map<number, ListNode>();

  newTable(parent: BodyNode, values: string[][], like?: ParagraphNode): TableNode {
    const table: TableNode = {
      kind: 'table',
      id: this.nextId++,
      style: 'Table Grid',
      headerRowCount: 0,
      rows: [],
      parent,
    };
    table.rows = values.map((row) =>
      row.map((text) => {
        const cell = this.newBody('TableCell', table);
        const p = this.newParagraph(cell, text, like);
        delete p.directList;
        delete p.leftIndent;
        cell.blocks.push(p);
        return cell;
      }),
    );
    return table;
  }

  newControl(from: ParagraphNode, to: ParagraphNode): ControlNode {
    const control: ControlNode = {
      id: this.nextId++,
      tag: '',
      title: '',
      appearance: 'BoundingBox',
      cannotEdit: false,
      cannotDelete: false,
      from,
      to,
    };
    this.controls.push(control);
    return control;
  }

  /** The local name of the built-in Normal style ("Standard" in German Word). */
  normalStyle(): string {
    return this.styles.find((s) => s.builtIn === 'Normal')?.nameLocal ?? 'Normal';
  }

  style(name: string): StyleEntry | undefined {
    const key = name.toLowerCase();
    return this.styles.find((s) => s.nameLocal.toLowerCase() === key);
  }

  builtInStyle(builtIn: string): StyleEntry {
    const found = this.styles.find((s) => s.builtIn === builtIn);
    if (found) return found;
    // Word knows every built-in style even when the document has not used it yet.
    const added: StyleEntry = {
      nameLocal: englishStyleName(builtIn),
      builtIn,
      type: /Table/.test(builtIn) ? 'Table' : 'Paragraph',
    };
    this.styles.push(added);
    return added;
  }

  /** A style's font setting, its own or through the styles it is based on, else Normal's (as Word resolves it). */
  styleFont(name: string, prop: 'name' | 'size'): string | number | undefined {
    const seen = new Set<StyleEntry>();
    for (let s = this.style(name); s && !seen.has(s); s = s.baseStyle ? this.style(s.baseStyle) : undefined) {
      seen.add(s);
      if (s.font?.[prop] !== undefined) return s.font[prop];
    }
    return this.style(this.normalStyle())?.font?.[prop];
  }

  isListItem(p: ParagraphNode): boolean {
    return p.directList !== undefined || this.style(p.style)?.list === true;
  }

  /** Reading-order index of a paragraph within its story (cached until the document changes). */
  order(p: ParagraphNode): number {
    const story = storyOf(p.parent);
    const i = this.ordered(story).index.get(p);
    if (i === undefined) throw new FakeOfficeError('ItemNotFound', 'The paragraph is no longer in the document.');
    return i;
  }

  changed(): void {
    this.orderCache = undefined;
  }

  comparePos(a: Pos, b: Pos): number {
    return a.para === b.para ? a.offset - b.offset : this.order(a.para) - this.order(b.para);
  }

  paragraphsIn(range: TextRange): ParagraphNode[] {
    const all = this.ordered(storyOf(range.start.para.parent)).paragraphs;
    return all.slice(this.order(range.start.para), this.order(range.end.para) + 1);
  }

  private ordered(story: BodyNode): { paragraphs: ParagraphNode[]; index: Map<ParagraphNode, number> } {
    if (this.orderCache?.story !== story) {
      const paragraphs = flatten(story);
      this.orderCache = { story, paragraphs, index: new Map(paragraphs.map((q, i) => [q, i])) };
    }
    return this.orderCache;
  }

  /** A control's text as Word reports it (paragraphs joined by \r; an inline first-line control its line). */
  controlText(c: ControlNode, text: (p: ParagraphNode) => string = paragraphText): string {
    const all = this.controlParagraphs(c).map(text);
    return c.firstLineOnly ? (all[0] ?? '').split(LINE_BREAK)[0] : all.join('\r');
  }

  controlParagraphs(c: ControlNode): ParagraphNode[] {
    if (c.firstLineOnly) return [c.from];
    return this.paragraphsIn({
      kind: 'text',
      start: { para: c.from, offset: 0 },
      end: { para: c.to, offset: 0 },
      mark: true,
    });
  }

  /** Innermost content control around a position, if any. */
  controlAt(p: ParagraphNode): ControlNode | undefined {
    const story = storyOf(p.parent);
    const at = this.order(p);
    let best: ControlNode | undefined;
    for (const c of this.controls) {
      if (storyOf(c.from.parent) !== story) continue;
      const from = this.order(c.from);
      const to = this.order(c.to);
      if (from <= at && at <= to && (!best || to - from < this.order(best.to) - this.order(best.from))) best = c;
    }
    return best;
  }
}
