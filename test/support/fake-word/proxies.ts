/**
 * The fake Word object model: proxies that queue work until context.sync(), resolve in queue
 * order during the sync, and refuse to show a property that was not loaded and synced, as Office
 * does (PropertyNotLoaded). Only the subset the add-in uses is implemented; anything else fails loudly.
 */
import type { Editor } from './edits';
import {
  DocumentModel,
  FakeOfficeError,
  flatten,
  lastParagraphOf,
  paragraphText,
  reviewedText,
  storyOf,
  type BodyNode,
  type ControlNode,
  type ListNode,
  type ParagraphNode,
  type RangeNode,
  type RunNode,
  type StyleEntry,
  type TableNode,
  type TextRange,
} from './model';

export type FakePlatform = 'PC' | 'Mac' | 'OfficeOnline';

/**
 * Bugs of some Word builds (fixed in current Word or not), each turned on per test:
 * 'startNewList-empty-item' (#3156), 'getStyles-missing' (#6859: undefined at run time although
 * WordApi 1.5 is reported), 'getStyles-fails' (#4953: isSetSupported says yes, the call fails),
 * 'comment-selected' (#6046: Word for Mac with a comment selected refuses content controls).
 */
export type KnownBug = 'startNewList-empty-item' | 'getStyles-missing' | 'getStyles-fails' | 'comment-selected';

export interface Counters {
  runs: number;
  syncs: number;
}

/** What proxies share: the document, its editor, the counters and the host's capabilities. */
export interface FakeEnv {
  model: DocumentModel;
  editor: Editor;
  counters: Counters;
  knownBuiltIns: ReadonlySet<string>;
  supports(set: string, version: string): boolean;
  /** Called at the start of each sync: may throw the scenario's error for that sync. */
  beforeSync(syncNumber: number): void;
  /** The Word the double plays: some known behaviours belong to one platform. */
  platform: FakePlatform;
  /** Bugs of some Word builds the double reproduces (see KnownBug). */
  bugs: ReadonlySet<KnownBug>;
  ooxml(): string;
}

type Commit = () => void;
type Action = () => Commit | void;
type LoadArg = string | string[] | { select?: string };

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available: load it and call context.sync() before reading it.`,
  );
}

function must<T>(value: T | undefined): T {
  if (value === undefined)
    throw new FakeOfficeError('GeneralException', 'An earlier operation in this batch did not run.');
  return value;
}

function parseLoad(arg: LoadArg | undefined): string[] | undefined {
  if (arg === undefined) return undefined;
  const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg.join(',') : (arg.select ?? '');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export class FakeRequestContext {
  readonly document: FakeDocument;
  executing = false;
  /** This context's own round trips and changes (Word.run calls may overlap, so the global counters cannot tell). */
  syncs = 0;
  edits = 0;
  private queue: Action[] = [];

  constructor(readonly env: FakeEnv) {
    this.document = new FakeDocument(this, () => env.model);
    // #6859 (Word for Mac 16.87): getStyles is undefined at run time although WordApi 1.5 is reported.
    if (env.bugs.has('getStyles-missing')) Object.defineProperty(this.document, 'getStyles', { value: undefined });
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** One round trip: runs the queued work in order; loaded values appear only if all of it succeeded. */
  async sync(): Promise<void> {
    const syncNumber = ++this.env.counters.syncs;
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.env.beforeSync(syncNumber);
    this.env.model.syncNumber = syncNumber;
    const commits: Commit[] = [];
    const editsBefore = this.env.editor.edits;
    this.executing = true;
    try {
      for (const action of queue) {
        const commit = action();
        if (commit) commits.push(commit);
      }
    } finally {
      this.executing = false;
      this.edits += this.env.editor.edits - editsBefore;
      this.env.model.changed();
    }
    commits.forEach((c) => c());
  }
}

export abstract class FakeClientObject<T> {
  private bound?: { value: T | null };
  // Created on first use: a large insertion makes tens of thousands of proxies that never load anything.
  private loaded?: Map<string, unknown>;
  private nullState?: boolean;
  protected abstract readonly scalars: readonly string[];

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
  ) {}

  scalarNames(): readonly string[] {
    return this.scalars;
  }

  protected get env(): FakeEnv {
    return this.context.env;
  }

  /** The node this object stands for: resolved once, during a sync, when first needed. */
  protected target(): T | null {
    if (!this.context.executing) throw new Error('fake Word: an object was used outside context.sync()');
    if (!this.bound) this.bound = { value: this.resolver() };
    return this.bound.value;
  }

  protected node(): T {
    const t = this.target();
    if (t === null) throw new FakeOfficeError('ItemNotFound', 'The requested item does not exist.');
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  load(arg?: LoadArg): this {
    const props = parseLoad(arg) ?? [...this.scalars];
    this.context.enqueue(() => this.loadNow(props));
    return this;
  }

  /** Reads the requested values now (inside a sync); they become visible when the sync succeeds. */
  loadNow(props: string[]): Commit {
    const t = this.target();
    const values = new Map<string, unknown>();
    const children: Commit[] = [];
    for (const prop of props) {
      const slash = prop.indexOf('/');
      if (slash > 0) {
        children.push(this.child(prop.slice(0, slash)).loadNow([prop.slice(slash + 1)]));
      } else if (t === null) {
        values.set(prop, undefined);
      } else {
        if (!this.scalars.includes(prop)) throw new FakeOfficeError('InvalidArgument', `Unknown property '${prop}'.`);
        values.set(prop, this.read(t, prop));
      }
    }
    return () => {
      this.nullState = t === null;
      this.loaded ??= new Map();
      values.forEach((v, k) => this.loaded?.set(k, v));
      children.forEach((c) => c());
    };
  }

  private child(name: string): FakeClientObject<unknown> {
    const value = (this as unknown as Record<string, unknown>)[name];
    if (!(value instanceof FakeClientObject))
      throw new FakeOfficeError('InvalidArgument', `Unknown navigation '${name}'.`);
    return value;
  }

  protected abstract read(node: T, prop: string): unknown;

  private navigations?: Map<string, unknown>;

  /** A navigation property is the same object each time it is read, so loads on it are kept. */
  protected once<V>(key: string, make: () => V): V {
    this.navigations ??= new Map();
    if (!this.navigations.has(key)) this.navigations.set(key, make());
    return this.navigations.get(key) as V;
  }

  protected value<V>(prop: string): V {
    if (!this.loaded?.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** Queues a change to the node. */
  protected change(apply: (node: T) => void): void {
    this.context.enqueue(() => {
      apply(this.node());
    });
  }

  /** Queues work that creates a node, and returns the proxy for it. */
  protected make<N, P>(create: (node: T) => N, proxy: (resolve: () => N) => P): P {
    let made: N | undefined;
    this.context.enqueue(() => {
      made = create(this.node());
    });
    return proxy(() => must(made));
  }
}

abstract class FakeCollection<N, I extends FakeClientObject<N>> extends FakeClientObject<N[]> {
  protected readonly scalars = ['items'] as const;
  private loadedItems?: I[];

  get items(): I[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  protected abstract item(resolve: () => N): I;

  protected read(): unknown {
    return undefined;
  }

  override loadNow(props: string[]): Commit {
    const items = this.node().map((n) => this.item(() => n));
    const itemProps = props.map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    const commits = items.map((i) => i.loadNow(itemProps.length ? itemProps : [...i.scalarNames()]));
    return () => {
      this.loadedItems = items;
      commits.forEach((c) => c());
    };
  }

  protected at(pick: (nodes: N[]) => N | undefined): I {
    return this.item(() => {
      const n = pick(this.node());
      if (n === undefined) throw new FakeOfficeError('ItemNotFound', 'The collection is empty.');
      return n;
    });
  }
}

/** Checks an insertLocation argument against those the fake (and Word, for that object) accepts. */
function location<W extends string>(where: string, allowed: readonly W[], what: string): W {
  if (!(allowed as readonly string[]).includes(where)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `${what}: '${where}' is not supported here (use ${allowed.join(' or ')}).`,
    );
  }
  return where as W;
}

function runOffset(para: ParagraphNode, run: RunNode): number {
  let offset = 0;
  for (const r of para.runs) {
    if (r === run) return offset;
    offset += r.text.length;
  }
  return offset;
}

function asText(node: RangeNode): TextRange {
  if (node.kind === 'text') return node;
  const start = runOffset(node.para, node.run);
  return {
    kind: 'text',
    start: { para: node.para, offset: start },
    end: { para: node.para, offset: start + node.run.text.length },
    mark: false,
  };
}

function paragraphRange(p: ParagraphNode, where: string): TextRange {
  const end = paragraphText(p).length;
  switch (where) {
    case 'Whole':
      return { kind: 'text', start: { para: p, offset: 0 }, end: { para: p, offset: end }, mark: true };
    case 'Content':
      return { kind: 'text', start: { para: p, offset: 0 }, end: { para: p, offset: end }, mark: false };
    case 'Start':
      return { kind: 'text', start: { para: p, offset: 0 }, end: { para: p, offset: 0 }, mark: false };
    case 'End':
      return { kind: 'text', start: { para: p, offset: end }, end: { para: p, offset: end }, mark: false };
    default:
      throw new FakeOfficeError('InvalidArgument', `Range location '${where}' is not supported here.`);
  }
}

function spanRange(paragraphs: ParagraphNode[], where: string): TextRange {
  if (!paragraphs.length) throw new FakeOfficeError('ItemNotFound', 'The body is empty.');
  const first = paragraphRange(paragraphs[0], 'Start');
  const last = paragraphRange(paragraphs[paragraphs.length - 1], 'End');
  if (where === 'Start') return first;
  if (where === 'End') return last;
  if (where !== 'Whole')
    throw new FakeOfficeError('InvalidArgument', `Range location '${where}' is not supported here.`);
  return { kind: 'text', start: first.start, end: last.end, mark: true };
}

export class FakeFont extends FakeClientObject<{
  get(prop: string): unknown;
  set(prop: string, value: unknown): void;
}> {
  protected readonly scalars = ['name', 'size', 'bold', 'italic', 'color', 'highlightColor'] as const;

  protected read(node: { get(prop: string): unknown }, prop: string): unknown {
    return node.get(prop);
  }

  get bold(): boolean {
    return this.value('bold');
  }
  set bold(value: boolean) {
    this.change((n) => n.set('bold', value));
  }
  get highlightColor(): string | null {
    return this.value('highlightColor');
  }
  set highlightColor(value: string | null) {
    this.change((n) => n.set('highlightColor', value));
  }
  get name(): string {
    return this.value('name');
  }
  set name(value: string) {
    this.change((n) => n.set('name', value));
  }
  get size(): number {
    return this.value('size');
  }
  set size(value: number) {
    this.change((n) => n.set('size', value));
  }
  get italic(): boolean {
    return this.value('italic');
  }
  get color(): string {
    return this.value('color');
  }
}

/** Word.ListNumbering values (WordApi 1.3). */
export const LIST_NUMBERINGS = ['None', 'Arabic', 'UpperRoman', 'LowerRoman', 'UpperLetter', 'LowerLetter'] as const;

/** Word.ListBullet values (WordApi 1.3). */
export const LIST_BULLETS = ['Custom', 'Solid', 'Hollow', 'Square', 'Diamonds', 'Arrow', 'Checkmark'] as const;

/** The highlight colors Word for Windows offers; anything else must be "#RRGGBB" (or null to remove). */
const HIGHLIGHT_NAMES = [
  'Yellow',
  'Lime',
  'Turquoise',
  'Pink',
  'Blue',
  'Red',
  'DarkBlue',
  'Teal',
  'Green',
  'Purple',
  'DarkRed',
  'Olive',
  'Gray',
  'LightGray',
  'Black',
];

function checkHighlight(value: unknown): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string' && (HIGHLIGHT_NAMES.includes(value) || /^#[0-9A-Fa-f]{6}$/.test(value))) return value;
  throw new FakeOfficeError('InvalidArgument', `"${String(value)}" is not a highlight color.`);
}

/**
 * Direct formatting of runs: bold, highlight, and the font name and size a hand-formatted paragraph of the
 * document has (the only font settings the add-in makes). Name and size read as Word resolves them: the
 * runs' own, else their paragraph style's; mixed values read as Word reports them ('' and null).
 */
function runFont(env: FakeEnv, runs: { para: ParagraphNode; run: RunNode }[]) {
  const common = (values: unknown[], mixed: unknown) => {
    const distinct = new Set(values);
    return distinct.size === 1 ? [...distinct][0] : mixed;
  };
  return {
    get(prop: string): unknown {
      if (prop === 'bold') return runs.every((r) => r.run.bold === true);
      if (prop === 'name' || prop === 'size') {
        const key = prop === 'name' ? 'font' : 'size';
        return common(
          runs.map((r) => r.run[key] ?? env.model.styleFont(r.para.style, prop)),
          prop === 'name' ? '' : null,
        );
      }
      if (prop !== 'highlightColor') return undefined;
      return common(
        runs.map((r) => r.run.highlight ?? null),
        '',
      );
    },
    set(prop: string, value: unknown): void {
      runs.forEach((r) => env.editor.setRun(r.para, r.run, runChange(prop, value)));
    },
  };
}

function runChange(prop: string, value: unknown): Partial<RunNode> {
  switch (prop) {
    case 'bold':
      return { bold: value === true };
    case 'highlightColor':
      return { highlight: checkHighlight(value) };
    case 'name':
      if (typeof value !== 'string' || !value.trim())
        throw new FakeOfficeError('InvalidArgument', `"${String(value)}" is not a font name.`);
      return { font: value };
    case 'size':
      if (typeof value !== 'number' || !(value >= 1 && value <= 1638))
        throw new FakeOfficeError('InvalidArgument', `${String(value)} is not a font size.`);
      return { size: value };
    default:
      throw new FakeOfficeError(
        'InvalidArgument',
        `The fake sets only font.bold, highlightColor, name and size, not ${prop}.`,
      );
  }
}

export class FakeRange extends FakeClientObject<RangeNode> {
  protected readonly scalars = ['text', 'isEmpty', 'style', 'styleBuiltIn'] as const;

  protected read(node: RangeNode, prop: string): unknown {
    const model = this.env.model;
    const range = asText(node);
    switch (prop) {
      case 'text':
        return model
          .paragraphsIn(range)
          .map((p) => {
            const text = paragraphText(p);
            return text.slice(
              p === range.start.para ? range.start.offset : 0,
              p === range.end.para ? range.end.offset : text.length,
            );
          })
          .join('\r');
      case 'isEmpty':
        return range.start.para === range.end.para && range.start.offset === range.end.offset && !range.mark;
      case 'style':
        return node.kind === 'run' ? (node.run.style ?? '') : range.start.para.style;
      default:
        return model.style(node.kind === 'run' ? (node.run.style ?? '') : range.start.para.style)?.builtIn ?? 'Other';
    }
  }

  get text(): string {
    return this.value('text');
  }
  get isEmpty(): boolean {
    return this.value('isEmpty');
  }
  get style(): string {
    return this.value('style');
  }
  set style(name: string) {
    this.change((n) => {
      if (n.kind === 'run') this.env.editor.setRun(n.para, n.run, { style: name });
      else this.env.editor.setStyle(this.env.model.paragraphsIn(n), name);
    });
  }
  get styleBuiltIn(): string {
    return this.value('styleBuiltIn');
  }
  set styleBuiltIn(builtIn: string) {
    this.change((n) => {
      if (n.kind === 'run')
        this.env.editor.setRun(n.para, n.run, { style: this.env.model.builtInStyle(builtIn).nameLocal });
      else this.env.editor.setBuiltInStyle(this.env.model.paragraphsIn(n), builtIn, this.env.knownBuiltIns);
    });
  }

  get font(): FakeFont {
    return this.once('font', () => new FakeFont(this.context, () => runFont(this.env, this.runs())));
  }

  /** The runs the range formats: text we inserted, or whole paragraphs (a table, a cell). */
  private runs(): { para: ParagraphNode; run: RunNode }[] {
    const node = this.node();
    if (node.kind === 'run') return [{ para: node.para, run: node.run }];
    const whole = node.start.offset === 0 && node.end.offset === paragraphText(node.end.para).length;
    if (!whole)
      throw new FakeOfficeError('InvalidArgument', 'The fake formats only inserted text or whole paragraphs.');
    return this.env.model.paragraphsIn(node).flatMap((para) => para.runs.map((run) => ({ para, run })));
  }

  get paragraphs(): FakeParagraphCollection {
    return this.once(
      'paragraphs',
      () => new FakeParagraphCollection(this.context, () => this.env.model.paragraphsIn(asText(this.node()))),
    );
  }

  get parentBody(): FakeBody {
    return this.once('parentBody', () => new FakeBody(this.context, () => asText(this.node()).start.para.parent));
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    return this.once(
      'control',
      () =>
        new FakeContentControl(this.context, () => this.env.model.controlAt(asText(this.node()).start.para) ?? null),
    );
  }

  get parentTableOrNullObject(): FakeTable {
    return this.once(
      'table',
      () => new FakeTable(this.context, () => asText(this.node()).start.para.parent.owner ?? null),
    );
  }

  getRange(where: string = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => {
      const r = asText(this.node());
      if (where === 'Start') return { ...r, end: r.start, mark: false };
      if (where === 'End') return { ...r, start: r.end, mark: false };
      if (where === 'Whole') return r;
      throw new FakeOfficeError('InvalidArgument', `Range location '${where}' is not supported here.`);
    });
  }

  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const a = asText(this.node());
      const b = asText(other.node());
      const model = this.env.model;
      if (storyOf(a.start.para.parent) !== storyOf(b.start.para.parent)) {
        throw new FakeOfficeError('InvalidArgument', 'The ranges are in different parts of the document.');
      }
      const start = model.comparePos(a.start, b.start) <= 0 ? a.start : b.start;
      const cmp = model.comparePos(a.end, b.end);
      return {
        kind: 'text',
        start,
        end: cmp >= 0 ? a.end : b.end,
        mark: cmp > 0 ? a.mark : cmp < 0 ? b.mark : a.mark || b.mark,
      };
    });
  }

  /** Selects the range (the cursor, when it is collapsed). */
  select(): void {
    this.change((n) => {
      this.env.model.selection = { ...asText(n) };
    });
  }

  /** Range.insertParagraph: Word refuses styleBuiltIn on the paragraph it makes (#1656). */
  insertParagraph(text: string, where: string): FakeParagraph {
    const at = location(where, ['Before', 'After'], 'Range.insertParagraph');
    return this.make(
      (n) => {
        const r = asText(n);
        const p = this.env.editor.insertParagraph(at === 'After' ? r.end.para : r.start.para, text, at);
        p.madeByRange = true;
        return p;
      },
      (resolve) => new FakeParagraph(this.context, resolve),
    );
  }

  /** A drop-down (WordApi 1.9) is inline: Word refuses one over a paragraph mark or across paragraphs. */
  insertContentControl(type: string = 'RichText'): FakeContentControl {
    if (type !== 'RichText' && type !== 'DropDownList')
      throw new FakeOfficeError('InvalidArgument', `The fake makes rich-text and drop-down controls, not '${type}'.`);
    return this.make(
      (n) => {
        const range = asText(n);
        if (type === 'RichText') return this.env.editor.wrap(range);
        requireSet(this.env, '1.9', 'insertContentControl(DropDownList)');
        if (range.mark || range.start.para !== range.end.para)
          throw new FakeOfficeError(
            'InvalidArgument',
            'A drop-down list content control must lie within one paragraph.',
          );
        const control = this.env.editor.wrap(range);
        this.env.editor.setControl(control, { type, listItems: [] });
        return control;
      },
      (resolve) => new FakeContentControl(this.context, resolve),
    );
  }

  delete(): void {
    this.change((n) => this.env.editor.delete(asText(n)));
  }
}

/** The last paragraph of a table's last cell. */
function endsTable(p: ParagraphNode): boolean {
  const table = p.parent.owner;
  return table !== undefined && lastParagraphOf(table) === p;
}

export class FakeParagraph extends FakeClientObject<ParagraphNode> {
  protected readonly scalars = [
    'text',
    'style',
    'styleBuiltIn',
    'isListItem',
    'tableNestingLevel',
    'leftIndent',
  ] as const;

  protected read(p: ParagraphNode, prop: string): unknown {
    switch (prop) {
      case 'text':
        return paragraphText(p);
      case 'style':
        // #5934: Word for Mac reads "" as the style of the last paragraph of a table.
        return this.env.platform === 'Mac' && endsTable(p) ? '' : p.style;
      case 'leftIndent':
        return p.leftIndent ?? 0;
      case 'styleBuiltIn':
        return this.env.model.style(p.style)?.builtIn ?? 'Other';
      case 'isListItem':
        return this.env.model.isListItem(p);
      default: {
        let level = 0;
        for (let b: BodyNode | undefined = p.parent; b?.owner; b = b.owner.parent) level++;
        return level;
      }
    }
  }

  get text(): string {
    return this.value('text');
  }
  get style(): string {
    return this.value('style');
  }
  set style(name: string) {
    this.change((p) => this.env.editor.setStyle([p], name));
  }
  get styleBuiltIn(): string {
    return this.value('styleBuiltIn');
  }
  set styleBuiltIn(builtIn: string) {
    this.change((p) => this.env.editor.setBuiltInStyle([p], builtIn, this.env.knownBuiltIns));
  }
  get isListItem(): boolean {
    return this.value('isListItem');
  }
  get tableNestingLevel(): number {
    return this.value('tableNestingLevel');
  }
  get leftIndent(): number {
    return this.value('leftIndent');
  }

  /** The font of the paragraph's text (read only here: the add-in formats the text it inserts through ranges). */
  get font(): FakeFont {
    return this.once(
      'font',
      () =>
        new FakeFont(this.context, () => {
          const p = this.node();
          const font = runFont(
            this.env,
            p.runs.filter((r) => r.text !== '').map((run) => ({ para: p, run })),
          );
          return {
            get: (prop: string) => font.get(prop),
            set: () => {
              throw new FakeOfficeError('InvalidArgument', 'The fake sets fonts on ranges only.');
            },
          };
        }),
    );
  }

  /** The innermost content control holding the paragraph, or a null object (also when this one is). */
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.once('control', () => {
      return new FakeContentControl(this.context, () => {
        const p = this.target();
        return p ? (this.env.model.controlAt(p) ?? null) : null;
      });
    });
  }

  /** The next paragraph in reading order, or a null object (also when this one is). */
  getNextOrNullObject(): FakeParagraph {
    return new FakeParagraph(this.context, () => {
      const p = this.target();
      if (!p) return null;
      const all = flatten(storyOf(p.parent));
      return all[all.indexOf(p) + 1] ?? null;
    });
  }

  attachToList(listId: number, level: number): FakeList {
    return this.make(
      (p) => this.env.editor.attachToList(p, listId, level),
      (resolve) => new FakeList(this.context, resolve),
    );
  }

  insertParagraph(text: string, where: string): FakeParagraph {
    const at = location(where, ['Before', 'After'], 'insertParagraph');
    return this.make(
      (p) => this.env.editor.insertParagraph(p, text, at),
      (resolve) => new FakeParagraph(this.context, resolve),
    );
  }

  insertTable(rowCount: number, columnCount: number, where: string, values?: string[][]): FakeTable {
    const at = location(where, ['Before', 'After'], 'insertTable');
    const cells = values ?? Array.from({ length: rowCount }, () => Array<string>(columnCount).fill(''));
    if (cells.length !== rowCount || cells.some((r) => r.length !== columnCount)) {
      throw new FakeOfficeError('InvalidArgument', 'The table values do not match the row and column counts.');
    }
    return this.make(
      (p) => this.env.editor.insertTable(p, cells, at),
      (resolve) => new FakeTable(this.context, resolve),
    );
  }

  insertText(text: string, where: string): FakeRange {
    location(where, ['End'], 'insertText');
    return this.make(
      (p) => ({ kind: 'run' as const, ...this.env.editor.insertTextAtEnd(p, text) }),
      (resolve) => new FakeRange(this.context, resolve),
    );
  }

  getRange(where: string = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => paragraphRange(this.node(), where));
  }

  detachFromList(): void {
    this.change((p) => this.env.editor.detachFromList(p));
  }

  startNewList(): FakeList {
    return this.make(
      (p) => this.env.editor.startNewList(p),
      (resolve) => new FakeList(this.context, resolve),
    );
  }

  delete(): void {
    this.change((p) => this.env.editor.delete(paragraphRange(p, 'Whole')));
  }
}

export class FakeList extends FakeClientObject<ListNode> {
  protected readonly scalars = ['id'] as const;

  protected read(list: ListNode): unknown {
    return list.id;
  }

  get id(): number {
    return this.value('id');
  }

  setLevelBullet(level: number, bullet: string, charCode?: number): void {
    this.change((list) => {
      if (!Number.isInteger(level) || level < 0 || level > 8)
        throw new FakeOfficeError('InvalidArgument', `List level ${level} is not between 0 and 8.`);
      if (!(LIST_BULLETS as readonly string[]).includes(bullet) || (bullet === 'Custom' && charCode === undefined))
        throw new FakeOfficeError(
          'InvalidArgument',
          `"${bullet}" is not a list bullet (a Custom one needs a charCode).`,
        );
      this.env.editor.setListBullet(list, level, bullet);
    });
  }

  setLevelNumbering(level: number, numbering: string, formatString?: Array<string | number>): void {
    this.change((list) => {
      if (!Number.isInteger(level) || level < 0 || level > 8)
        throw new FakeOfficeError('InvalidArgument', `List level ${level} is not between 0 and 8.`);
      if (!(LIST_NUMBERINGS as readonly string[]).includes(numbering))
        throw new FakeOfficeError('InvalidArgument', `"${numbering}" is not a list numbering.`);
      if (
        formatString &&
        !formatString.every((f) => typeof f === 'string' || (Number.isInteger(f) && f >= 0 && f <= level))
      )
        throw new FakeOfficeError('InvalidArgument', 'The format string names a level below this one.');
      this.env.editor.setListNumbering(list, level, numbering);
    });
  }
}

export class FakeParagraphCollection extends FakeCollection<ParagraphNode, FakeParagraph> {
  protected item(resolve: () => ParagraphNode): FakeParagraph {
    return new FakeParagraph(this.context, resolve);
  }
  getFirst(): FakeParagraph {
    return this.at((nodes) => nodes[0]);
  }
  getLast(): FakeParagraph {
    return this.at((nodes) => nodes[nodes.length - 1]);
  }
}

export class FakeTableCell extends FakeClientObject<BodyNode> {
  protected readonly scalars = [] as const;
  protected read(): unknown {
    return undefined;
  }
  get body(): FakeBody {
    return this.once('body', () => new FakeBody(this.context, () => this.node()));
  }
}

export class FakeTable extends FakeClientObject<TableNode> {
  protected readonly scalars = ['style', 'styleBuiltIn', 'headerRowCount', 'rowCount', 'values'] as const;

  protected read(t: TableNode, prop: string): unknown {
    switch (prop) {
      case 'style':
        return t.style;
      case 'styleBuiltIn':
        return this.env.model.style(t.style)?.builtIn ?? 'Other';
      case 'headerRowCount':
        return t.headerRowCount;
      case 'rowCount':
        return t.rows.length;
      default:
        return t.rows.map((row) => row.map((cell) => flatten(cell).map(paragraphText).join('\r')));
    }
  }

  get style(): string {
    return this.value('style');
  }
  set style(name: string) {
    this.change((t) => this.env.editor.setTable(t, { style: name }));
  }
  get styleBuiltIn(): string {
    return this.value('styleBuiltIn');
  }
  set styleBuiltIn(builtIn: string) {
    this.change((t) => {
      if (!this.env.knownBuiltIns.has(builtIn))
        throw new FakeOfficeError('InvalidArgument', `"${builtIn}" is not a built-in style.`);
      this.env.editor.setTable(t, { style: this.env.model.builtInStyle(builtIn).nameLocal });
    });
  }
  get headerRowCount(): number {
    return this.value('headerRowCount');
  }
  set headerRowCount(count: number) {
    this.change((t) => this.env.editor.setTable(t, { headerRowCount: count }));
  }
  get values(): string[][] {
    return this.value('values');
  }

  getCell(row: number, column: number): FakeTableCell {
    return new FakeTableCell(this.context, () => {
      const cell = this.node().rows[row]?.[column];
      if (!cell) throw new FakeOfficeError('ItemNotFound', `There is no cell ${row},${column}.`);
      return cell;
    });
  }

  getRange(where: string = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.node();
      return spanRange(
        t.rows.flatMap((row) => row.flatMap((cell) => flatten(cell))),
        where,
      );
    });
  }

  insertParagraph(text: string, where: string): FakeParagraph {
    const at = location(where, ['Before', 'After'], 'insertParagraph');
    return this.make(
      (t) => this.env.editor.insertParagraph(t, text, at),
      (resolve) => new FakeParagraph(this.context, resolve),
    );
  }
}

export class FakeTableCollection extends FakeCollection<TableNode, FakeTable> {
  protected item(resolve: () => TableNode): FakeTable {
    return new FakeTable(this.context, resolve);
  }
  getFirst(): FakeTable {
    return this.at((nodes) => nodes[0]);
  }
}

export class FakeContentControl extends FakeClientObject<ControlNode> {
  protected readonly scalars = ['id', 'tag', 'title', 'text', 'cannotEdit', 'cannotDelete', 'appearance'] as const;

  protected read(c: ControlNode, prop: string): unknown {
    if (prop === 'text') return this.env.model.controlText(c);
    return c[prop as keyof ControlNode];
  }

  /**
   * The control's text with tracked changes applied ('Current': deletions left out) or undone
   * ('Original': deletions kept; the double tracks no insertions). WordApi 1.4.
   */
  getReviewedText(version: string = 'Current'): FakeClientResult<string> {
    return new FakeClientResult(this.context, () => {
      requireSet(this.env, '1.4', 'getReviewedText');
      if (version !== 'Current' && version !== 'Original')
        throw new FakeOfficeError('InvalidArgument', `'${version}' is not a change tracking version.`);
      const c = this.node();
      return version === 'Current' ? this.env.model.controlText(c, reviewedText) : this.env.model.controlText(c);
    });
  }

  /** #6738 (Word on the web): fails once the control's content has been replaced twice. */
  getRange(where: string = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => {
      const c = this.node();
      if (this.env.platform === 'OfficeOnline' && (c.refills ?? 0) >= 2)
        throw new FakeOfficeError(
          'GeneralException',
          'Specified argument was out of the range of valid values. Parameter name: index',
        );
      return spanRange(this.env.model.controlParagraphs(c), where);
    });
  }

  get id(): number {
    return this.value('id');
  }
  get tag(): string {
    return this.value('tag');
  }
  set tag(tag: string) {
    this.change((c) => this.env.editor.setControl(c, { tag }));
  }
  get title(): string {
    return this.value('title');
  }
  set title(title: string) {
    this.change((c) => this.env.editor.setControl(c, { title }));
  }
  get text(): string {
    return this.value('text');
  }
  get cannotEdit(): boolean {
    return this.value('cannotEdit');
  }
  set cannotEdit(cannotEdit: boolean) {
    this.change((c) => this.env.editor.setControl(c, { cannotEdit }));
  }
  get cannotDelete(): boolean {
    return this.value('cannotDelete');
  }
  set cannotDelete(cannotDelete: boolean) {
    this.change((c) => this.env.editor.setControl(c, { cannotDelete }));
  }
  get appearance(): string {
    return this.value('appearance');
  }
  set appearance(appearance: string) {
    this.change((c) => this.env.editor.setControl(c, { appearance }));
  }
  set placeholderText(placeholderText: string) {
    this.change((c) => this.env.editor.setControl(c, { placeholderText }));
  }

  /** WordApi 1.9; on a control of another type Word answers with an error at sync. */
  get dropDownListContentControl(): FakeDropDownList {
    return this.once('dropDown', () => new FakeDropDownList(this.context, () => this.node()));
  }

  get paragraphs(): FakeParagraphCollection {
    return this.once(
      'paragraphs',
      () => new FakeParagraphCollection(this.context, () => this.env.model.controlParagraphs(this.node())),
    );
  }

  /** The tables whose every cell lies inside the control, in document order. */
  get tables(): FakeTableCollection {
    return this.once(
      'tables',
      () =>
        new FakeTableCollection(this.context, () => {
          const tables: TableNode[] = [];
          for (const p of this.env.model.controlParagraphs(this.node())) {
            const t = p.parent.owner;
            if (t && !tables.includes(t)) tables.push(t);
          }
          return tables;
        }),
    );
  }

  /** keepContent false: the control goes with all of its paragraphs (a story keeps its last one, emptied). */
  delete(keepContent: boolean): void {
    this.change((c) => {
      if (!keepContent) return this.env.editor.delete(spanRange(this.env.model.controlParagraphs(c), 'Whole'));
      this.env.editor.setControl(c, {});
      this.env.model.controls.splice(this.env.model.controls.indexOf(c), 1);
    });
  }

  /** Selects the whole control (Word also scrolls it into view). */
  select(): void {
    this.change((c) => {
      this.env.model.selection = spanRange(this.env.model.controlParagraphs(c), 'Whole');
    });
  }

  /** Replaces the control's content with one paragraph of text (what add-ins filling a control do). */
  insertText(text: string, where: string): FakeRange {
    location(where, ['Replace'], 'ContentControl.insertText');
    return this.make(
      (c) => {
        const para = this.env.editor.refill(c, text);
        return { kind: 'run' as const, para, run: para.runs[0] };
      },
      (resolve) => new FakeRange(this.context, resolve),
    );
  }

  /** 'After': a paragraph after the control, outside it. 'End': the control's new last paragraph. */
  insertParagraph(text: string, where: string): FakeParagraph {
    const at = location(where, ['After', 'End'], 'ContentControl.insertParagraph');
    return this.make(
      (c) => (at === 'After' ? this.env.editor.insertAfterControl(c, text) : this.env.editor.appendToControl(c, text)),
      (resolve) => new FakeParagraph(this.context, resolve),
    );
  }

  /** A table at the end inside the control. */
  insertTable(rowCount: number, columnCount: number, where: string, values?: string[][]): FakeTable {
    location(where, ['End'], 'ContentControl.insertTable');
    const cells = values ?? Array.from({ length: rowCount }, () => Array<string>(columnCount).fill(''));
    if (cells.length !== rowCount || cells.some((r) => r.length !== columnCount)) {
      throw new FakeOfficeError('InvalidArgument', 'The table values do not match the row and column counts.');
    }
    return this.make(
      (c) => this.env.editor.appendTableToControl(c, cells),
      (resolve) => new FakeTable(this.context, resolve),
    );
  }
}

export class FakeDropDownList extends FakeClientObject<ControlNode> {
  protected readonly scalars = [] as const;
  protected read(): unknown {
    return undefined;
  }

  addListItem(displayText: string): void {
    this.change((c) => {
      requireSet(this.env, '1.9', 'addListItem');
      if (c.type !== 'DropDownList')
        throw new FakeOfficeError('ItemNotFound', 'The content control is not a drop-down list.');
      if (!displayText.trim() || c.listItems?.includes(displayText))
        throw new FakeOfficeError(
          'InvalidArgument',
          `A drop-down entry must be unique and not empty ("${displayText}").`,
        );
      this.env.editor.setControl(c, { listItems: [...(c.listItems ?? []), displayText] });
    });
  }
}

export class FakeContentControlCollection extends FakeCollection<ControlNode, FakeContentControl> {
  protected item(resolve: () => ControlNode): FakeContentControl {
    return new FakeContentControl(this.context, resolve);
  }
  getFirst(): FakeContentControl {
    return this.at((nodes) => nodes[0]);
  }

  getByIdOrNullObject(id: number): FakeContentControl {
    return new FakeContentControl(this.context, () => this.node().find((c) => c.id === id) ?? null);
  }
}

export class FakeClientResult<T> {
  private result?: { value: T };
  constructor(context: FakeRequestContext, compute: () => T) {
    context.enqueue(() => {
      const value = compute();
      return () => {
        this.result = { value };
      };
    });
  }
  get value(): T {
    if (!this.result) throw notLoaded('value');
    return this.result.value;
  }
}

export class FakeBody extends FakeClientObject<BodyNode> {
  protected readonly scalars = ['type', 'text'] as const;

  protected read(b: BodyNode, prop: string): unknown {
    return prop === 'type' ? b.type : flatten(b).map(paragraphText).join('\r');
  }

  get type(): string {
    return this.value('type');
  }
  get text(): string {
    return this.value('text');
  }

  get paragraphs(): FakeParagraphCollection {
    return this.once('paragraphs', () => new FakeParagraphCollection(this.context, () => flatten(this.node())));
  }

  get tables(): FakeTableCollection {
    return this.once(
      'tables',
      () =>
        new FakeTableCollection(this.context, () => {
          const out: TableNode[] = [];
          const walk = (b: BodyNode) =>
            b.blocks.forEach((block) => {
              if (block.kind === 'table') {
                out.push(block);
                block.rows.forEach((row) => row.forEach(walk));
              }
            });
          walk(this.node());
          return out;
        }),
    );
  }

  get contentControls(): FakeContentControlCollection {
    return this.once(
      'contentControls',
      () =>
        new FakeContentControlCollection(this.context, () => {
          const paragraphs = new Set(flatten(this.node()));
          const model = this.env.model;
          return model.controls
            .filter((c) => paragraphs.has(c.from))
            .sort((a, b) => model.order(a.from) - model.order(b.from));
        }),
    );
  }

  /** A paragraph at the end of the body ('End' only). */
  insertParagraph(text: string, where: string): FakeParagraph {
    location(where, ['End'], 'Body.insertParagraph');
    return this.make(
      (b) => this.env.editor.insertParagraph(b.blocks[b.blocks.length - 1], text, 'After'),
      (resolve) => new FakeParagraph(this.context, resolve),
    );
  }

  /** A table at the end of the body ('End' only). */
  insertTable(rowCount: number, columnCount: number, where: string, values?: string[][]): FakeTable {
    location(where, ['End'], 'Body.insertTable');
    const cells = values ?? Array.from({ length: rowCount }, () => Array<string>(columnCount).fill(''));
    return this.make(
      (b) => this.env.editor.insertTableAfter(b.blocks[b.blocks.length - 1], cells),
      (resolve) => new FakeTable(this.context, resolve),
    );
  }

  /** Empties the body: one empty paragraph is left, as in Word; the controls in it go. */
  clear(): void {
    this.change((b) => this.env.editor.clear(b));
  }

  get parentBodyOrNullObject(): FakeBody {
    return this.once('parentBody', () => new FakeBody(this.context, () => this.node().owner?.parent ?? null));
  }

  getRange(where: string = 'Whole'): FakeRange {
    return new FakeRange(this.context, () => spanRange(flatten(this.node()), where));
  }

  getOoxml(): FakeClientResult<string> {
    return new FakeClientResult(this.context, () => {
      this.node();
      return this.env.ooxml();
    });
  }
}

export class FakeStyle extends FakeClientObject<StyleEntry> {
  protected readonly scalars = ['nameLocal', 'builtIn', 'type', 'baseStyle'] as const;

  protected read(s: StyleEntry, prop: string): unknown {
    if (prop === 'builtIn') return s.builtIn !== undefined || s.builtInOther === true;
    if (prop === 'baseStyle') return s.baseStyle ?? '';
    return s[prop as 'nameLocal' | 'type'];
  }

  get nameLocal(): string {
    return this.value('nameLocal');
  }
  get builtIn(): boolean {
    return this.value('builtIn');
  }
  get type(): string {
    return this.value('type');
  }
  get baseStyle(): string {
    return this.value('baseStyle');
  }

  get font(): FakeFont {
    return this.once(
      'font',
      () =>
        new FakeFont(this.context, () => {
          const font = this.node().font ?? {};
          return {
            get: (prop: string) => font[prop as keyof typeof font],
            set: () => {
              throw new FakeOfficeError('AccessDenied', "JD Builder must never change the document's styles.");
            },
          };
        }),
    );
  }
}

export class FakeStyleCollection extends FakeCollection<StyleEntry, FakeStyle> {
  protected item(resolve: () => StyleEntry): FakeStyle {
    return new FakeStyle(this.context, resolve);
  }
  getByNameOrNullObject(name: string): FakeStyle {
    return new FakeStyle(this.context, () => this.env.model.style(name) ?? null);
  }
}

function requireSet(env: FakeEnv, version: string, what: string): void {
  if (!env.supports('WordApi', version)) throw new FakeOfficeError('ApiNotFound', `${what} needs WordApi ${version}.`);
}

export class FakeDocument extends FakeClientObject<DocumentModel> {
  protected readonly scalars = ['changeTrackingMode'] as const;

  protected read(model: DocumentModel): unknown {
    requireSet(this.env, '1.4', 'changeTrackingMode');
    return model.changeTrackingMode;
  }

  get changeTrackingMode(): string {
    return this.value('changeTrackingMode');
  }
  set changeTrackingMode(mode: string) {
    this.change((model) => {
      requireSet(this.env, '1.4', 'changeTrackingMode');
      model.changeTrackingMode = mode;
    });
  }

  get body(): FakeBody {
    return this.once('body', () => new FakeBody(this.context, () => this.node().main));
  }

  getSelection(): FakeRange {
    return new FakeRange(this.context, () => ({ ...this.node().selection }));
  }

  getStyles(): FakeStyleCollection {
    return new FakeStyleCollection(this.context, () => {
      requireSet(this.env, '1.5', 'getStyles');
      // #4953: the host reports the requirement set, yet the call fails.
      if (this.env.bugs.has('getStyles-fails'))
        throw new FakeOfficeError('ApiNotFound', 'The API you are trying to use could not be found.');
      return this.node().styles;
    });
  }
}
