/**
 * installFakeOffice: defines Office and Word globals backed by an in-memory document, for jest and
 * (bundled with esbuild, see browser-entry.ts) for the browser end-to-end tests. Counts Word.run and
 * context.sync() calls, and plays scenarios: protected document, NotAllowed, locked control, cursor
 * in a header, old hosts, a failing sync.
 */
import { Editor } from './edits';
import { englishStyleName } from './english-names';
import {
  DocumentModel,
  FakeOfficeError,
  flatten,
  paragraphText,
  storyOf,
  type BlockNode,
  type BodyNode,
  type BodyType,
  type StyleEntry,
  type TextRange,
} from './model';
import {
  FakeRequestContext,
  LIST_BULLETS,
  LIST_NUMBERINGS,
  type Counters,
  type FakeEnv,
  type FakePlatform,
  type KnownBug,
} from './proxies';

export type BlockInit =
  | string
  | {
      text: string;
      style?: string;
      list?: boolean;
      bold?: boolean;
      deleted?: string;
      /** Font name and size set by hand on the text. */
      font?: { name: string; size: number };
    }
  | { table: string[][]; style?: string; headerRowCount?: number };

export type StoryName = 'main' | 'header' | 'footer' | 'footnote' | 'endnote' | 'textBox';

export interface SelectionInit {
  story?: StoryName;
  /** Index among the story's paragraphs in reading order (table cells included). */
  paragraph: number;
  /** Character offset; default: the end of the paragraph. */
  offset?: number;
  endParagraph?: number;
  endOffset?: number;
}

export interface ControlInit {
  /** Paragraph indexes in the main text, as for the selection. */
  from: number;
  to?: number;
  tag?: string;
  title?: string;
  cannotEdit?: boolean;
  cannotDelete?: boolean;
}

export interface FakeScenario {
  /** Changes fail as in a protected or read-only document (true: GeneralException). */
  protected?: boolean | 'GeneralException' | 'AccessDenied';
  /** Changes fail with NotAllowed, as some web editors do. */
  notAllowed?: boolean;
  /** Office.context.document.mode is readOnly. */
  readOnly?: boolean;
  /** That sync (counted from installation, 1-based) fails with the code. */
  failSync?: { sync: number; code: string };
}

export interface FakeWordOptions extends FakeScenario {
  body?: BlockInit[];
  header?: BlockInit[];
  footer?: BlockInit[];
  footnote?: BlockInit[];
  endnote?: BlockInit[];
  textBox?: BlockInit[];
  selection?: SelectionInit;
  controls?: ControlInit[];
  /** The document's styles; default: an English Word document's usual ones. */
  styles?: StyleEntry[];
  /** Highest version per requirement set; default WordApi 1.5. */
  requirementSets?: Record<string, string>;
  changeTracking?: 'Off' | 'TrackAll' | 'TrackMineOnly';
  settings?: Record<string, unknown>;
  /** The styles part body.getOoxml() carries; default: generated from `styles`. */
  stylesXml?: string;
  theme?: 'light' | 'dark';
  /** Which Word the double plays (Office.context.platform); default Word on Windows ('PC'). */
  platform?: FakePlatform;
  /** Bugs of some Word builds to reproduce (see KnownBug); none by default. */
  bugs?: KnownBug[];
}

export interface FakeParagraphSnapshot {
  kind: 'paragraph';
  text: string;
  style: string;
  styleBuiltIn: string;
  isListItem: boolean;
  /** The list the paragraph's own numbering belongs to (none when only its style numbers it). */
  listId?: number;
  /** Level-0 bullet set on that list with setLevelBullet, if any. */
  bullet?: string;
  /** Level-0 numbering set on that list with setLevelNumbering, if any. */
  numbering?: string;
  runs: {
    text: string;
    bold?: boolean;
    style?: string;
    highlight?: string;
    deleted?: boolean;
    font?: string;
    size?: number;
  }[];
  /** Left indent (points) set on the paragraph itself; 0 when none. */
  leftIndent: number;
  /** A built-in heading's look given without its style (#223). */
  looksLike?: string;
}

export interface FakeTableSnapshot {
  kind: 'table';
  style: string;
  headerRowCount: number;
  values: string[][];
  cellStyles: string[][];
  /** Every run of the cell is bold (and it has text). */
  cellBold: boolean[][];
}

/** Positions are indexes among the story's paragraphs in reading order (table cells included), as in SelectionInit. */
export interface FakeControlSnapshot {
  tag: string;
  title: string;
  appearance: string;
  cannotEdit: boolean;
  text: string;
  /** The control's first and last paragraph. */
  from: number;
  to: number;
  /** A drop-down list's entries and prompt (absent for rich-text controls). */
  dropDown?: { items: string[]; prompt?: string };
}

export interface FakeSelectionSnapshot {
  story: StoryName;
  paragraph: number;
  offset: number;
  endParagraph: number;
  endOffset: number;
  /** The selection takes in its last paragraph's mark (whole paragraphs, as when a control is selected). */
  wholeParagraphs: boolean;
}

/** One finished Word.run: its own context.sync() calls and the changes it made to the document. */
export interface FakeRunRecord {
  syncs: number;
  edits: number;
}

export interface FakeDocumentSnapshot {
  body: (FakeParagraphSnapshot | FakeTableSnapshot)[];
  controls: FakeControlSnapshot[];
  selection: FakeSelectionSnapshot;
  settings: Record<string, unknown>;
  counters: Counters;
  /** Every Word.run since installation, in the order they finished. */
  runLog: FakeRunRecord[];
}

export interface FakeWordHandle {
  readonly model: DocumentModel;
  readonly counters: Counters;
  /** Every Word.run since installation, in the order they finished (resetCounters leaves it). */
  readonly runLog: FakeRunRecord[];
  resetCounters(): void;
  /** Move the cursor or selection, as the user would between two actions. */
  select(selection: SelectionInit): void;
  /** Appends `typed` to the first main-text paragraph (table cells included) reading `text`, as the user would type. */
  typeAfter(text: string, typed: string): void;
  /** Change the scenario later, e.g. protect the document after the pane has loaded. */
  setScenario(scenario: FakeScenario): void;
  /** Plain data (JSON-safe), for assertions in jest and in the browser. */
  snapshot(): FakeDocumentSnapshot;
  /** Deletes `text` (within one main-text paragraph) with Word tracking the change: it stays, marked deleted. */
  trackDeletion(text: string): void;
  /** Deletes the content control tagged `tag` with Word tracking changes: it stays, its text marked deleted (#1524). */
  trackDeletionOfControl(tag: string): void;
}

const STORY_TYPES: Record<StoryName, BodyType> = {
  main: 'MainDoc',
  header: 'Header',
  footer: 'Footer',
  footnote: 'Footnote',
  endnote: 'Endnote',
  // WordApi has no body type for text boxes; Word reports them as neither main text nor header.
  textBox: 'Unknown',
};

const TABLE_FAMILIES = [
  'GridTable1Light',
  'GridTable2',
  'GridTable3',
  'GridTable4',
  'GridTable5Dark',
  'GridTable6Colorful',
  'GridTable7Colorful',
];

/** Word.BuiltInStyleName values, as in WordApi 1.3. */
export const BUILT_IN_STYLE_NAMES: readonly string[] = [
  'Other',
  'Normal',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`Heading${n}`, `Toc${n}`]),
  ...[
    'FootnoteText',
    'Header',
    'Footer',
    'Caption',
    'FootnoteReference',
    'EndnoteReference',
    'EndnoteText',
    'Title',
    'Subtitle',
  ],
  ...[
    'Hyperlink',
    'Strong',
    'Emphasis',
    'NoSpacing',
    'ListParagraph',
    'Quote',
    'IntenseQuote',
    'SubtleEmphasis',
    'IntenseEmphasis',
  ],
  ...['SubtleReference', 'IntenseReference', 'BookTitle', 'Bibliography', 'TocHeading', 'TableGrid', 'TableGridLight'],
  ...[1, 2, 3, 4, 5].map((n) => `PlainTable${n}`),
  ...[...TABLE_FAMILIES, ...TABLE_FAMILIES.map((f) => f.replace('Grid', 'List'))].flatMap((family) => [
    family,
    ...[1, 2, 3, 4, 5, 6].map((n) => `${family}_Accent${n}`),
  ]),
];

export const ENGLISH_STYLES: readonly StyleEntry[] = [
  { nameLocal: 'Normal', builtIn: 'Normal', type: 'Paragraph', font: { name: 'Calibri', size: 11, color: '#000000' } },
  ...[1, 2, 3, 4].map((n): StyleEntry => ({
    nameLocal: `Heading ${n}`,
    builtIn: `Heading${n}`,
    type: 'Paragraph',
    baseStyle: 'Normal',
    font: { name: 'Calibri Light', size: [16, 13, 12, 11][n - 1], color: '#2F5496' },
  })),
  { nameLocal: 'Title', builtIn: 'Title', type: 'Paragraph', baseStyle: 'Normal' },
  { nameLocal: 'List Paragraph', builtIn: 'ListParagraph', type: 'Paragraph', baseStyle: 'Normal' },
  { nameLocal: 'List Bullet', builtInOther: true, type: 'Paragraph', baseStyle: 'Normal', list: true },
  { nameLocal: 'Header', builtIn: 'Header', type: 'Paragraph', baseStyle: 'Normal' },
  { nameLocal: 'Footer', builtIn: 'Footer', type: 'Paragraph', baseStyle: 'Normal' },
  { nameLocal: 'Default Paragraph Font', builtInOther: true, type: 'Character' },
  { nameLocal: 'Strong', builtIn: 'Strong', type: 'Character', font: { bold: true } },
  { nameLocal: 'Normal Table', builtInOther: true, type: 'Table' },
  { nameLocal: 'Table Grid', builtIn: 'TableGrid', type: 'Table', baseStyle: 'Normal Table' },
];

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A minimal styles part for the catalog: built-ins by their English w:name, as Word writes them. */
function stylesXmlFor(styles: StyleEntry[]): string {
  const body = styles
    .map((s) => {
      const wName = s.builtIn
        ? englishStyleName(s.builtIn).toLowerCase()
        : s.builtInOther
          ? s.nameLocal.toLowerCase()
          : s.nameLocal;
      const type = s.type === 'List' ? 'numbering' : s.type.toLowerCase();
      const id = s.nameLocal.replace(/[^A-Za-z0-9]/g, '');
      // A style that numbers its paragraphs says so, as Word writes it.
      const numbering = s.list ? '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>' : '';
      return `<w:style w:type="${type}" w:styleId="${escapeXml(id)}"><w:name w:val="${escapeXml(wName)}"/>${numbering}</w:style>`;
    })
    .join('');
  return `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:styles>`;
}

function flatOpc(stylesXml: string): string {
  const pkg = 'http://schemas.microsoft.com/office/2006/xmlPackage';
  const xmlBody = stylesXml.replace(/^<\?xml[^>]*\?>/, '');
  return (
    `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="${pkg}">` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
    `<pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml">` +
    `<pkg:xmlData>${xmlBody}</pkg:xmlData></pkg:part></pkg:package>`
  );
}

function fillStory(model: DocumentModel, body: BodyNode, blocks: BlockInit[]): void {
  body.blocks = blocks.map((init): BlockNode => {
    if (typeof init === 'string') return model.newParagraph(body, init);
    if ('table' in init) {
      const table = model.newTable(body, init.table);
      table.style = init.style ?? table.style;
      table.headerRowCount = init.headerRowCount ?? 0;
      return table;
    }
    const p = model.newParagraph(body, init.text);
    p.style = init.style ?? p.style;
    if (init.list) p.directList = model.newList();
    if (init.bold && p.runs[0]) p.runs[0].bold = true;
    if (init.font && p.runs[0]) Object.assign(p.runs[0], { font: init.font.name, size: init.font.size });
    // Text after `text` deleted while Word tracked changes.
    if (init.deleted) p.runs.push({ text: init.deleted, deleted: true });
    return p;
  });
  if (!body.blocks.length) body.blocks.push(model.newParagraph(body, ''));
  model.changed();
}

function pick<T>(list: T[], i: number): T {
  if (!list[i]) throw new Error(`fake Word: there is no paragraph ${i}`);
  return list[i];
}

function selectionFrom(model: DocumentModel, sel: SelectionInit): TextRange {
  const body = model.stories.get(sel.story ?? 'main');
  if (!body) throw new Error(`fake Word: the scenario has no ${sel.story}`);
  const story = flatten(body);
  const startPara = pick(story, sel.paragraph);
  const endPara = pick(story, sel.endParagraph ?? sel.paragraph);
  const startOffset = sel.offset ?? paragraphText(startPara).length;
  const endOffset = sel.endOffset ?? (sel.endParagraph === undefined ? startOffset : paragraphText(endPara).length);
  return {
    kind: 'text',
    start: { para: startPara, offset: startOffset },
    end: { para: endPara, offset: endOffset },
    mark: false,
  };
}

function buildModel(options: FakeWordOptions): DocumentModel {
  const model = new DocumentModel((options.styles ?? ENGLISH_STYLES).map((s) => ({ ...s })));
  model.changeTrackingMode = options.changeTracking ?? 'Off';
  fillStory(model, model.main, options.body ?? []);
  for (const name of ['header', 'footer', 'footnote', 'endnote', 'textBox'] as const) {
    const blocks = options[name];
    if (!blocks) continue;
    const body = model.newBody(STORY_TYPES[name]);
    fillStory(model, body, blocks);
    model.stories.set(name, body);
  }
  const main = flatten(model.main);
  for (const c of options.controls ?? []) {
    const control = model.newControl(pick(main, c.from), pick(main, c.to ?? c.from));
    Object.assign(control, {
      tag: c.tag ?? '',
      title: c.title ?? '',
      cannotEdit: c.cannotEdit ?? false,
      cannotDelete: c.cannotDelete ?? false,
    });
  }
  model.selection = selectionFrom(model, options.selection ?? { paragraph: main.length - 1 });
  return model;
}

function selectionSnapshot(model: DocumentModel): FakeSelectionSnapshot {
  const { start, end, mark } = model.selection;
  const story = storyOf(start.para.parent);
  const name = [...model.stories].find(([, body]) => body === story)?.[0] as StoryName;
  return {
    story: name,
    paragraph: model.order(start.para),
    offset: start.offset,
    endParagraph: model.order(end.para),
    endOffset: end.offset,
    wholeParagraphs: mark,
  };
}

function snapshotOf(
  model: DocumentModel,
  settings: Map<string, unknown>,
  counters: Counters,
  runLog: FakeRunRecord[],
): FakeDocumentSnapshot {
  const paragraph = (p: (typeof model.selection)['start']['para']): FakeParagraphSnapshot => ({
    kind: 'paragraph',
    text: paragraphText(p),
    style: p.style,
    styleBuiltIn: model.style(p.style)?.builtIn ?? 'Other',
    isListItem: model.isListItem(p),
    ...(p.directList ? { listId: p.directList.id } : {}),
    ...(p.directList?.bullets[0] ? { bullet: p.directList.bullets[0] } : {}),
    ...(p.directList?.numbering?.[0] ? { numbering: p.directList.numbering[0] } : {}),
    runs: p.runs.map((r) => ({ ...r })),
    leftIndent: p.leftIndent ?? 0,
    ...(p.looksLike ? { looksLike: p.looksLike } : {}),
  });
  return {
    body: model.main.blocks.map((b) =>
      b.kind === 'paragraph'
        ? paragraph(b)
        : {
            kind: 'table',
            style: b.style,
            headerRowCount: b.headerRowCount,
            values: b.rows.map((row) => row.map((cell) => flatten(cell).map(paragraphText).join('\r'))),
            cellStyles: b.rows.map((row) => row.map((cell) => flatten(cell)[0]?.style ?? '')),
            cellBold: b.rows.map((row) =>
              row.map((cell) => {
                const runs = flatten(cell).flatMap((p) => p.runs);
                return runs.length > 0 && runs.every((r) => r.bold === true);
              }),
            ),
          },
    ),
    controls: model.controls
      .filter((c) => storyOf(c.from.parent) === model.main)
      .sort((a, b) => model.order(a.from) - model.order(b.from))
      .map((c) => ({
        tag: c.tag,
        title: c.title,
        appearance: c.appearance,
        cannotEdit: c.cannotEdit,
        text: model.controlText(c),
        from: model.order(c.from),
        to: model.order(c.to),
        ...(c.type === 'DropDownList'
          ? { dropDown: { items: c.listItems ?? [], ...(c.placeholderText ? { prompt: c.placeholderText } : {}) } }
          : {}),
      })),
    selection: selectionSnapshot(model),
    settings: Object.fromEntries(settings),
    counters: { ...counters },
    runLog: runLog.map((r) => ({ ...r })),
  };
}

function enumObject(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => [v.charAt(0).toLowerCase() + v.slice(1), v]));
}

/** What Office.context.diagnostics.version reads in the double. */
const FAKE_VERSION = '16.0.0.0-fake';

/** Documented limit of an add-in's document settings (#621); beyond it Word fails or loses them (#6304). */
const SETTINGS_LIMIT = 2 * 1024 * 1024;

/**
 * Office.context.document.settings: set/get in memory, saveAsync persists. As in Word, a failed save
 * leaves the in-memory value set; the saved copy (the snapshot) keeps what was last saved.
 */
function fakeSettings(saved: Map<string, unknown>) {
  const memory = new Map(saved);
  return {
    get: (name: string) => (memory.has(name) ? memory.get(name) : null),
    set: (name: string, value: unknown) => void memory.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name: string) => void memory.delete(name),
    saveAsync(optionsOrCallback?: unknown, maybeCallback?: unknown) {
      const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as
        ((r: { status: string; value?: unknown; error?: { code: number; message: string } }) => void) | undefined;
      const size = JSON.stringify(Object.fromEntries(memory)).length;
      const tooLarge = size > SETTINGS_LIMIT;
      if (!tooLarge) {
        saved.clear();
        memory.forEach((v, k) => saved.set(k, v));
      }
      setTimeout(
        () =>
          callback?.(
            tooLarge
              ? {
                  status: 'failed',
                  error: { code: 5001, message: 'The argument is invalid or missing or has an incorrect format.' },
                }
              : { status: 'succeeded' },
          ),
        0,
      );
    },
  };
}

/**
 * Defines Office, Word and OfficeExtension on `globalObj` (globalThis in jest, window in the browser)
 * and `globalObj.__fakeWord` (the handle, for assertions). Returns the handle.
 */
export function installFakeOffice(globalObj: object, options: FakeWordOptions = {}): FakeWordHandle {
  const model = buildModel(options);
  let scenario: FakeScenario = { ...options };
  const counters: Counters = { runs: 0, syncs: 0 };
  const runLog: FakeRunRecord[] = [];
  const refuseWith = () =>
    scenario.notAllowed
      ? 'NotAllowed'
      : scenario.protected === true
        ? 'GeneralException'
        : scenario.protected || undefined;
  const bugs = new Set(options.bugs ?? []);
  const editor = new Editor(model, {
    get refuseWith() {
      return refuseWith();
    },
    startNewListAddsEmptyItem: bugs.has('startNewList-empty-item'),
    commentSelected: bugs.has('comment-selected'),
  });
  const platform = options.platform ?? 'PC';
  const sets: Record<string, string> = { WordApi: '1.5', ...options.requirementSets };
  const supports = (set: string, version: string) =>
    sets[set] !== undefined && compareVersions(sets[set], version) >= 0;
  const settings = new Map(Object.entries(options.settings ?? {}));
  const knownBuiltIns = new Set(BUILT_IN_STYLE_NAMES);
  const env: FakeEnv = {
    model,
    editor,
    counters,
    knownBuiltIns,
    supports,
    beforeSync(syncNumber) {
      if (scenario.failSync?.sync === syncNumber)
        throw new FakeOfficeError(scenario.failSync.code, `Simulated ${scenario.failSync.code}.`);
    },
    ooxml: () => flatOpc(options.stylesXml ?? stylesXmlFor(model.styles)),
    platform,
    bugs,
  };

  const handle: FakeWordHandle = {
    model,
    counters,
    runLog,
    resetCounters() {
      counters.runs = 0;
      counters.syncs = 0;
    },
    select(selection) {
      model.selection = selectionFrom(model, selection);
    },
    typeAfter(text, typed) {
      const paragraph = flatten(model.main).find((p) => paragraphText(p) === text);
      if (!paragraph) throw new Error(`fake Word: no paragraph reads "${text}"`);
      paragraph.runs.push({ text: typed });
      model.changed();
    },
    setScenario(next) {
      scenario = { ...scenario, ...next };
    },
    snapshot: () => snapshotOf(model, settings, counters, runLog),
    trackDeletion(text) {
      const paragraph = flatten(model.main).find((p) => paragraphText(p).includes(text));
      if (!paragraph) throw new Error(`fake Word: no paragraph holds "${text}"`);
      const whole = paragraphText(paragraph);
      const at = whole.indexOf(text);
      const keep = (from: number, to: number) => (from < to ? [{ text: whole.slice(from, to) }] : []);
      paragraph.runs = [...keep(0, at), { text, deleted: true }, ...keep(at + text.length, whole.length)];
      model.changed();
    },
    trackDeletionOfControl(tag) {
      const control = model.controls.find((c) => c.tag === tag);
      if (!control) throw new Error(`fake Word: no content control is tagged "${tag}"`);
      for (const p of model.controlParagraphs(control)) p.runs = p.runs.map((r) => ({ ...r, deleted: true }));
      model.changed();
    },
  };

  const dark = options.theme === 'dark';
  const office = {
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    DocumentMode: { ReadOnly: 'readOnly', ReadWrite: 'readWrite' },
    context: {
      host: 'Word',
      platform,
      diagnostics: { host: 'Word', platform, version: FAKE_VERSION },
      displayLanguage: 'en-US',
      requirements: { isSetSupported: (name: string, version = '1.1') => supports(name, version) },
      document: {
        settings: fakeSettings(settings),
        get mode() {
          return scenario.readOnly ? 'readOnly' : 'readWrite';
        },
      },
      officeTheme: {
        isDarkTheme: dark,
        bodyBackgroundColor: dark ? '#1F1F1F' : '#FFFFFF',
        bodyForegroundColor: dark ? '#FFFFFF' : '#000000',
        controlBackgroundColor: dark ? '#2B2B2B' : '#FFFFFF',
        controlForegroundColor: dark ? '#FFFFFF' : '#000000',
      },
    },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Word', platform };
      callback?.(info);
      return Promise.resolve(info);
    },
  };

  const word = {
    RequestContext: FakeRequestContext,
    BuiltInStyleName: enumObject(BUILT_IN_STYLE_NAMES),
    InsertLocation: enumObject(['Before', 'After', 'Start', 'End', 'Replace']),
    BodyType: enumObject([
      'Unknown',
      'MainDoc',
      'Section',
      'Header',
      'Footer',
      'TableCell',
      'Footnote',
      'Endnote',
      'NoteItem',
    ]),
    ChangeTrackingMode: enumObject(['Off', 'TrackAll', 'TrackMineOnly']),
    ContentControlAppearance: enumObject(['BoundingBox', 'Tags', 'Hidden']),
    ListBullet: enumObject(LIST_BULLETS),
    ListNumbering: enumObject(LIST_NUMBERINGS),
    ErrorCodes: enumObject([
      'AccessDenied',
      'GeneralException',
      'InvalidArgument',
      'ItemNotFound',
      'NotAllowed',
      'NotImplemented',
    ]),
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      if (typeof batch !== 'function') throw new Error('fake Word: Word.run(batch) is the only supported form');
      counters.runs++;
      const context = new FakeRequestContext(env);
      try {
        const result = await batch(context);
        // Like Word.run, anything still queued is sent in one last round trip.
        if (context.pending) await context.sync();
        return result;
      } finally {
        runLog.push({ syncs: context.syncs, edits: context.edits });
      }
    },
  };

  Object.assign(globalObj, {
    Office: office,
    Word: word,
    OfficeExtension: { Error: FakeOfficeError },
    __fakeWord: handle,
  });
  return handle;
}

/** Removes what installFakeOffice defined (jest tests share one global object). */
export function uninstallFakeOffice(globalObj: object): void {
  for (const name of ['Office', 'Word', 'OfficeExtension', '__fakeWord'])
    delete (globalObj as Record<string, unknown>)[name];
}
