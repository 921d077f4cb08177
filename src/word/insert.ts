/**
 * insert: one Word.run, two context.sync() calls whatever the size of the plan.
 * Sync 1 loads what the checks need (where the cursor is, a locked content control, which styles
 * exist); if a check fails nothing has been queued. Sync 2 carries every insertion at once.
 */
import { info, type Message } from '../messages';
import type {
  ContentCommand,
  InsertPlan,
  ParagraphCommand,
  RunCommand,
  SectionCommand,
  TableCommand,
} from '../render/commands';
import { cursorFacts, queueCursorLoad, type CursorFacts, type CursorProxies } from './cursor-load';
import type { InsertMode, InsertReport, PortResult } from './port';
import { queueFollowing, strayListItems } from './list-items';
import { canGetStyles, withoutFailingApis, type OptionalUse } from './optional-apis';
import { MINIMUM_WORD_API, supportsWordApi } from './requirements';
import { queueStyleChecks } from './style-checks';
import type { StyleResolver } from './style-resolver';
import {
  checkInsertion,
  errorFromOffice,
  NOTHING_TO_INSERT,
  officeCode,
  REQUIREMENT_SET,
  wordError,
} from './word-errors';
import type { StyleSetting } from './word-styles';

/**
 * Content controls show as a bounding box with their title only while the cursor is inside them:
 * people see what was inserted as one section, nothing prints, and the text reads like the rest.
 */
const CONTROL_APPEARANCE = 'BoundingBox';

export type Anchor =
  | { kind: 'paragraph'; at: Word.Paragraph }
  | { kind: 'table'; at: Word.Table }
  | { kind: 'section'; at: Word.ContentControl }
  /** At the end of inside a content control (of the template) whose last paragraph holds the cursor. */
  | { kind: 'control-end'; at: Word.ContentControl };

type Styled = Pick<Word.Paragraph, 'style' | 'styleBuiltIn'>;

function applyStyle(target: Styled, setting: StyleSetting | undefined): void {
  if (!setting) return;
  if ('styleBuiltIn' in setting) target.styleBuiltIn = setting.styleBuiltIn as Word.BuiltInStyleName;
  else target.style = setting.style;
}

/** How an unfilled "[insert ...]" placeholder shows in Word: highlighted, as the .docx renderer marks it. */
const PLACEHOLDER_HIGHLIGHT = 'Yellow';

/** Removes a highlight (Word takes null; the typings only say string). */
const NO_HIGHLIGHT = null as unknown as string;

function sameSetting(a: StyleSetting | undefined, b: StyleSetting | undefined): boolean {
  if (!a || !b) return a === b;
  return 'style' in a ? 'style' in b && a.style === b.style : 'styleBuiltIn' in b && a.styleBuiltIn === b.styleBuiltIn;
}

/** Queues the whole plan after the anchor (the cursor paragraph, or our section holding it); no checks, no syncs. */
export class PlanWriter {
  readonly report: InsertReport = { sectionsInserted: 0, paragraphsInserted: 0, tablesInserted: 0 };
  private readonly sections: { section: SectionCommand; first: Word.Range; last: Word.Range }[] = [];
  /**
   * The paragraph we insert after may carry numbering of its own, which a new paragraph inherits
   * (like pressing Enter): the cursor's list item, a section of ours ending in bullets, our last bullet.
   */
  private anchorInList: boolean;
  /** The list we are making, while consecutive bullet items share one style: each next one joins it. */
  private bulletRun: { style: StyleSetting | undefined; numbered: boolean } | undefined;
  /** The last paragraph ends in a highlighted placeholder, which text added after it would pick up. */
  private endsHighlighted = false;

  constructor(
    private anchor: Anchor,
    private readonly styles: StyleResolver,
    /** The cursor paragraph (the anchor) is a list item. */
    anchorIsListItem: boolean,
  ) {
    // After a section of ours the anchor is its last paragraph, unloaded: it may be one of our bullets.
    this.anchorInList = anchorIsListItem || anchor.kind === 'section';
  }

  /** Queues a section's content; its content control comes in wrapSections, once everything is in place. */
  section(section: SectionCommand): void {
    const ranges = section.content.map((item) => this.content(item)).filter((r): r is Word.Range => r !== undefined);
    if (!ranges.length) return;
    this.sections.push({ section, first: ranges[0], last: ranges[ranges.length - 1] });
    this.report.sectionsInserted++;
  }

  /** Lists started with startNewList (each may have brought an empty item on some hosts, office-js#3156). */
  listsStarted = 0;

  /** The last paragraph written, when the insertion ends in one (not in a table). */
  lastParagraph: Word.Paragraph | undefined;
  /** The last thing written is a table (Word joins two adjacent tables). */
  private endsInTable = false;

  /**
   * Wraps each section in a tagged content control, over whole paragraphs (their marks included): a
   * control over a range without the mark is inline and may cover one line only (office-js#3705).
   * Done after all insertions, so sections never nest whichever way Word treats a paragraph added at a
   * control's edge: pressing Enter keeps it inside, insertParagraph puts it outside (office-js#3176).
   */
  wrapSections(): Word.ContentControl[] {
    return this.sections.map(({ section, first, last }) => {
      const control = (first === last ? first : first.expandTo(last)).insertContentControl();
      control.tag = section.tag;
      control.title = section.title;
      control.appearance = CONTROL_APPEARANCE;
      return control;
    });
  }

  private content(item: ContentCommand): Word.Range | undefined {
    return item.kind === 'paragraph' ? this.paragraph(item) : this.table(item);
  }

  /** A paragraph after the anchor, out of any list it would inherit unless it is to join our bullets. */
  private newParagraph(text: string, joinList = false): Word.Paragraph {
    const anchor = this.anchor;
    const inControl = anchor.kind === 'control-end';
    const line = lineBreaks(text);
    const p = inControl ? anchor.at.insertParagraph(line, 'End') : anchor.at.insertParagraph(line, 'After');
    if (this.anchorInList && !joinList) p.detachFromList();
    if (!inControl) this.anchor = { kind: 'paragraph', at: p };
    this.lastParagraph = p;
    this.endsInTable = false;
    this.anchorInList = joinList;
    this.bulletRun = undefined;
    this.report.paragraphsInserted++;
    return p;
  }

  private paragraph(cmd: ParagraphCommand): Word.Range {
    const runs = cmd.runs.filter((r) => r.text !== '');
    const style = this.styles.resolve(cmd.style, 'paragraph');
    // A numbered duty list restarting here: a list of our own, numbered from 1 (its style alone would go on counting).
    const restart = cmd.restartNumbering === true;
    // A bullet style the document lacks (List Bullet has no BuiltInStyleName to add it by): the bullet is ours to make.
    const bullet = !restart && (cmd.bullet === true || (cmd.style.numbered === true && this.styles.missing(cmd.style)));
    // The duties after a restarted one belong to its list.
    const numberedDuty = this.bulletRun?.numbered === true && cmd.style.numbered === true;
    const plain =
      runs.length <= 1 && !this.endsHighlighted && !runs.some((r) => r.bold || r.characterStyle || r.placeholder);
    // Inserted after the previous item, an item of the same style joins its list (no list id is known before a sync).
    const joinList =
      (bullet || numberedDuty) && this.bulletRun !== undefined && sameSetting(this.bulletRun.style, style);
    const afterHighlight = this.endsHighlighted;
    const p = this.newParagraph(plain ? (runs[0]?.text ?? '') : '', joinList);
    // Before the style, which numbers the paragraph: startNewList refuses a list item (office-js#2307).
    if (restart) {
      p.startNewList().setLevelNumbering(0, 'Arabic', [0, '.']);
      this.listsStarted++;
    }
    // Every new paragraph gets its style explicitly: otherwise it keeps the formatting of the one before.
    // One joining our list already has it, and restyling a list item might drop its bullet.
    if (!joinList) applyStyle(p, style);
    if (bullet && !joinList) {
      // A bullet joins the list before it by following it, as pressing Enter does, which also gives it the
      // level's indentation; attachToList would not (office-js#6524). A new list starts on a paragraph
      // detached from any inherited list, as startNewList requires (office-js#2307).
      p.startNewList().setLevelBullet(0, 'Solid');
      this.listsStarted++;
    }
    if (bullet || restart || joinList) {
      this.anchorInList = true;
      this.bulletRun = { style, numbered: restart || numberedDuty };
    }
    if (!plain) this.runs(p, runs, afterHighlight);
    // The font and size of the document's own hand-formatted paragraph of this role (the rest of its hand formatting
    // is the .docx adapter's to copy). On the text, not the paragraph mark: the paragraphs after it keep their look.
    const look = cmd.formatting?.appearance;
    if (look?.fontFamily || look?.sizePt) {
      const text = p.getRange('Content').font;
      if (look.fontFamily) text.name = look.fontFamily;
      if (look.sizePt) text.size = look.sizePt;
    }
    this.endsHighlighted = runs[runs.length - 1]?.placeholder === true;
    return p.getRange('Whole');
  }

  /** Text added at the end takes the formatting before it: each run undoes the bold or highlight it does not want. */
  private runs(p: Word.Paragraph, runs: RunCommand[], afterHighlight: boolean): void {
    let afterBold = false;
    let highlighted = afterHighlight;
    for (const run of runs) {
      const range = p.insertText(lineBreaks(run.text), 'End');
      if (run.bold || afterBold) range.font.bold = run.bold === true;
      if (run.placeholder || highlighted)
        range.font.highlightColor = run.placeholder ? PLACEHOLDER_HIGHLIGHT : NO_HIGHLIGHT;
      afterBold = run.bold === true;
      highlighted = run.placeholder === true;
      applyStyle(range, this.styles.resolve(run.characterStyle, 'character'));
    }
  }

  private table(cmd: TableCommand): Word.Range | undefined {
    // Cells that become drop-downs start empty: the control shows its prompt until a method is chosen.
    const dropDowns = cmd.choices && supportsWordApi(DROP_DOWN_API) ? choiceCells(cmd) : [];
    const body = dropDowns.length
      ? cmd.rows.map((row, r) =>
          dropDowns.some(([dr]) => dr === r) ? row.map((text, c) => (c === cmd.choices?.column ? '' : text)) : row,
        )
      : cmd.rows;
    const values = cmd.header.length ? [cmd.header, ...body] : body;
    const columns = Math.max(0, ...values.map((row) => row.length));
    if (!values.length || !columns) return undefined;
    const padded = values.map((row) => [...row, ...Array<string>(columns - row.length).fill('')]);
    // Word joins two adjacent tables; a paragraph between them keeps them apart (after one of our
    // sections too, which may end in a table).
    if (this.anchor.kind === 'table' || this.anchor.kind === 'section' || this.endsInTable) this.newParagraph('');
    // Past that, the anchor is a paragraph, or the end of the template's control.
    const table =
      this.anchor.kind === 'control-end'
        ? this.anchor.at.insertTable(padded.length, columns, 'End', padded)
        : (this.anchor.at as Word.Paragraph).insertTable(padded.length, columns, 'After', padded);
    applyStyle(table, this.styles.resolve(cmd.style, 'table'));
    const whole = table.getRange('Whole');
    applyStyle(whole, this.styles.resolve(cmd.bodyStyle, 'paragraph'));
    if (this.endsHighlighted) whole.font.highlightColor = NO_HIGHLIGHT;
    if (cmd.header.length) {
      table.headerRowCount = 1;
      const header = this.styles.resolve(cmd.headerStyle, 'paragraph');
      for (let c = 0; c < columns; c++) {
        const cell = table.getCell(0, c).body;
        applyStyle(cell.paragraphs.getFirst(), header);
        // After the style, which would otherwise decide the weight again.
        if (cmd.headerBold) cell.getRange('Whole').font.bold = true;
      }
    }
    const offset = cmd.header.length ? 1 : 0;
    for (const r of cmd.groupRows ?? []) table.getCell(r + offset, 0).body.getRange('Whole').font.bold = true;
    for (const [r, c] of dropDowns) {
      const control = table
        .getCell(r + offset, c)
        .body.paragraphs.getFirst()
        .getRange('Content')
        .insertContentControl('DropDownList');
      control.placeholderText = cmd.choices!.prompt;
      control.title = cmd.header[c] ?? cmd.choices!.prompt;
      for (const option of cmd.choices!.options) control.dropDownListContentControl.addListItem(option);
    }
    if (this.anchor.kind !== 'control-end') this.anchor = { kind: 'table', at: table };
    this.lastParagraph = undefined;
    this.endsInTable = true;
    this.anchorInList = false;
    this.bulletRun = undefined;
    this.endsHighlighted = false;
    this.report.tablesInserted++;
    return whole;
  }
}

/** Drop-down content controls (insertContentControl's type, addListItem) came with WordApi 1.9. */
const DROP_DOWN_API = '1.9';

/** [row, column] of every body cell that offers the table's choices: group rows have none. */
function choiceCells(cmd: TableCommand): Array<[number, number]> {
  const choices = cmd.choices;
  if (!choices) return [];
  const groups = new Set(cmd.groupRows ?? []);
  return cmd.rows.flatMap((_, r): Array<[number, number]> => (groups.has(r) ? [] : [[r, choices.column]]));
}

function readOnlyDocument(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return String(office?.context?.document?.mode) === 'readOnly';
}

/** Removes what the inserted block replaces: an empty paragraph at the cursor, or the selection when asked to. */
function queueRemovals(cursor: CursorProxies, facts: CursorFacts, mode: InsertMode): void {
  if (facts.collapsed) {
    if (facts.inEmptyParagraph && !facts.inUndeletableControl) cursor.firstParagraph.delete();
  } else if (mode === 'replace-selection') {
    if (facts.coversParagraphs && !facts.inUndeletableControl)
      cursor.firstParagraph.getRange('Whole').expandTo(cursor.lastParagraph.getRange('Whole')).delete();
    else cursor.selection.delete();
  }
}

const TRACKED = info(
  'track-changes-on',
  'Track changes is on, so the inserted sections show as tracked insertions. Accept them in Review > Accept when ready.',
);

/** Word for Mac refuses content controls while a comment is selected (office-js#6046). */
const CONTROLS_REFUSED = wordError(
  'not-allowed',
  'Word did not allow the sections to be marked here, so nothing was inserted.',
  'If a comment is selected, click in the document text first; if the document is protected, ask its owner. Then try again.',
);

/**
 * Where the sections go. Inside one of our sections: after it, not nested in it. At the last paragraph of
 * a template's content control: at the end inside it, since a paragraph inserted after that paragraph
 * would land outside the control (office-js#3176). Otherwise after the cursor's paragraph.
 */
function anchorFor(cursor: CursorProxies, facts: CursorFacts, nextControl: Word.ContentControl): Anchor {
  if (facts.inOurSection) return { kind: 'section', at: cursor.control };
  const endsControl =
    facts.contentControl !== undefined && (nextControl.isNullObject || nextControl.id !== cursor.control.id);
  return endsControl ? { kind: 'control-end', at: cursor.control } : { kind: 'paragraph', at: cursor.lastParagraph };
}

function onMac(): boolean {
  return String((globalThis as { Office?: typeof Office }).Office?.context?.platform) === 'Mac';
}

export async function insertPlan(
  plan: InsertPlan,
  mode: InsertMode,
  knownBuiltIns: ReadonlySet<string>,
): Promise<PortResult<InsertReport>> {
  if (!plan.sections.some((s) => s.content.length)) return { ok: false, error: NOTHING_TO_INSERT };
  if (!supportsWordApi(MINIMUM_WORD_API)) return { ok: false, error: REQUIREMENT_SET };
  try {
    return await withoutFailingApis((use) => insertWith(plan, mode, knownBuiltIns, use));
  } catch (e) {
    return { ok: false, error: errorFromOffice(e) };
  }
}

function insertWith(
  plan: InsertPlan,
  mode: InsertMode,
  knownBuiltIns: ReadonlySet<string>,
  use: OptionalUse,
): Promise<PortResult<InsertReport>> {
  const withTracking = supportsWordApi('1.4');
  return Word.run(async (context) => {
    const cursor = queueCursorLoad(context);
    if (withTracking) context.document.load('changeTrackingMode');
    // getStyles tells which styles exist; hosts without it insert with the styles readDocument found.
    use.getStyles = canGetStyles(context);
    const stylesFound = queueStyleChecks(context, plan, knownBuiltIns, use.getStyles);
    const nextBefore = cursor.lastParagraph.getNextOrNullObject().load('text,isListItem');
    const nextControl = nextBefore.parentContentControlOrNullObject.load('id');
    // On a Mac, a content control made and removed at once finds out, before anything is inserted, whether
    // Word will let the sections be marked (it will not while a comment is selected).
    const probing = onMac();
    if (probing) cursor.lastParagraph.getRange('Whole').insertContentControl().delete(true);
    try {
      await context.sync();
    } catch (e) {
      if (probing && officeCode(e) === 'GeneralException') return { ok: false as const, error: CONTROLS_REFUSED };
      throw e;
    }

    const facts = cursorFacts(cursor);
    const problem = checkInsertion({
      location: facts.location,
      readOnly: readOnlyDocument(),
      control: facts.contentControl,
    });
    if (problem) return { ok: false as const, error: problem };

    const styles = stylesFound();
    const anchor = anchorFor(cursor, facts, nextControl);
    const writer = new PlanWriter(anchor, styles, facts.anchorIsListItem && !facts.inOurSection);
    plan.sections.forEach((section) => writer.section(section));
    writer.wrapSections();
    const last = writer.lastParagraph;
    const following = last && writer.listsStarted ? queueFollowing(last, writer.listsStarted) : [];
    queueRemovals(cursor, facts, mode);
    use.writing = true;
    await context.sync();

    const stray = strayListItems(following, nextBefore);
    if (stray.length) {
      stray.forEach((p) => p.delete());
      await context.sync();
    }
    const messages: Message[] = [...styles.messages];
    if (withTracking && context.document.changeTrackingMode !== 'Off') messages.push(TRACKED);
    return { ok: true as const, value: writer.report, messages };
  });
}

/**
 * A line end inside an item's text (an organization catalog's cell with two lines) stays a line break in its
 * paragraph, as the .docx adapter writes it: Word starts a new paragraph at \n or \r in inserted text and
 * breaks the line only at \v (office-js#4275, #1755), and a split item would read as edited.
 */
function lineBreaks(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\v');
}
