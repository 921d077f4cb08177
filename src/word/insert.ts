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
import { MINIMUM_WORD_API, supportsWordApi } from './requirements';
import { createStyleResolver, styleNamesToCheck, type StyleResolver } from './style-resolver';
import { checkInsertion, errorFromOffice, NOTHING_TO_INSERT, REQUIREMENT_SET } from './word-errors';
import type { StyleSetting } from './word-styles';

/**
 * Content controls show as a bounding box with their title only while the cursor is inside them:
 * people see what was inserted as one section, nothing prints, and the text reads like the rest.
 */
const CONTROL_APPEARANCE = 'BoundingBox';

export type Anchor =
  | { kind: 'paragraph'; at: Word.Paragraph }
  | { kind: 'table'; at: Word.Table }
  | { kind: 'section'; at: Word.ContentControl };

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
  private bulletRun: { style: StyleSetting | undefined } | undefined;
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

  /**
   * Wraps each section in a tagged content control. Done after all insertions: a paragraph added
   * after the last paragraph of a control would land inside it and nest the next section there.
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
    const p = this.anchor.at.insertParagraph(text, 'After');
    if (this.anchorInList && !joinList) p.detachFromList();
    this.anchor = { kind: 'paragraph', at: p };
    this.anchorInList = joinList;
    this.bulletRun = undefined;
    this.report.paragraphsInserted++;
    return p;
  }

  private paragraph(cmd: ParagraphCommand): Word.Range {
    const runs = cmd.runs.filter((r) => r.text !== '');
    const style = this.styles.resolve(cmd.style, 'paragraph');
    // A bullet style the document lacks (List Bullet has no BuiltInStyleName to add it by): the bullet is ours to make.
    const bullet = cmd.bullet === true || (cmd.style.numbered === true && this.styles.missing(cmd.style));
    const plain =
      runs.length <= 1 && !this.endsHighlighted && !runs.some((r) => r.bold || r.characterStyle || r.placeholder);
    // Inserted after the previous bullet, a bullet of the same style joins its list (no list id is known before a sync).
    const joinList = bullet && this.bulletRun !== undefined && sameSetting(this.bulletRun.style, style);
    const afterHighlight = this.endsHighlighted;
    const p = this.newParagraph(plain ? (runs[0]?.text ?? '') : '', joinList);
    // Every new paragraph gets its style explicitly: otherwise it keeps the formatting of the one before.
    // One joining our list already has it, and restyling a list item might drop its bullet.
    if (!joinList) applyStyle(p, style);
    if (bullet) {
      if (!joinList) p.startNewList().setLevelBullet(0, 'Solid');
      this.anchorInList = true;
      this.bulletRun = { style };
    }
    if (!plain) this.runs(p, runs, afterHighlight);
    this.endsHighlighted = runs[runs.length - 1]?.placeholder === true;
    return p.getRange('Whole');
  }

  /** Text added at the end takes the formatting before it: each run undoes the bold or highlight it does not want. */
  private runs(p: Word.Paragraph, runs: RunCommand[], afterHighlight: boolean): void {
    let afterBold = false;
    let highlighted = afterHighlight;
    for (const run of runs) {
      const range = p.insertText(run.text, 'End');
      if (run.bold || afterBold) range.font.bold = run.bold === true;
      if (run.placeholder || highlighted)
        range.font.highlightColor = run.placeholder ? PLACEHOLDER_HIGHLIGHT : NO_HIGHLIGHT;
      afterBold = run.bold === true;
      highlighted = run.placeholder === true;
      applyStyle(range, this.styles.resolve(run.characterStyle, 'character'));
    }
  }

  private table(cmd: TableCommand): Word.Range | undefined {
    const values = cmd.header.length ? [cmd.header, ...cmd.rows] : cmd.rows;
    const columns = Math.max(0, ...values.map((row) => row.length));
    if (!values.length || !columns) return undefined;
    const padded = values.map((row) => [...row, ...Array<string>(columns - row.length).fill('')]);
    // Word joins two adjacent tables; a paragraph between them keeps them apart.
    const before = this.anchor.kind === 'paragraph' ? this.anchor.at : this.newParagraph('');
    const table = before.insertTable(padded.length, columns, 'After', padded);
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
    this.anchor = { kind: 'table', at: table };
    this.anchorInList = false;
    this.bulletRun = undefined;
    this.endsHighlighted = false;
    this.report.tablesInserted++;
    return whole;
  }
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

export async function insertPlan(
  plan: InsertPlan,
  mode: InsertMode,
  knownBuiltIns: ReadonlySet<string>,
): Promise<PortResult<InsertReport>> {
  if (!plan.sections.some((s) => s.content.length)) return { ok: false, error: NOTHING_TO_INSERT };
  if (!supportsWordApi(MINIMUM_WORD_API)) return { ok: false, error: REQUIREMENT_SET };
  const withTracking = supportsWordApi('1.4');
  // getStyles (1.5) tells which styles exist; older hosts insert with the styles readDocument found.
  const names = supportsWordApi('1.5') ? styleNamesToCheck(plan, knownBuiltIns) : [];
  try {
    return await Word.run(async (context) => {
      const cursor = queueCursorLoad(context);
      if (withTracking) context.document.load('changeTrackingMode');
      const styleChecks = names.map((name) => ({
        name,
        style: context.document.getStyles().getByNameOrNullObject(name).load('type'),
      }));
      await context.sync();

      const facts = cursorFacts(cursor);
      const problem = checkInsertion({
        location: facts.location,
        readOnly: readOnlyDocument(),
        control: facts.contentControl,
      });
      if (problem) return { ok: false as const, error: problem };

      const missing = new Set(styleChecks.filter((c) => c.style.isNullObject).map((c) => c.name));
      const styles = createStyleResolver(knownBuiltIns, missing);
      // Inside one of our sections, the new ones go after it rather than nested in it.
      const anchor: Anchor = facts.inOurSection
        ? { kind: 'section', at: cursor.control }
        : { kind: 'paragraph', at: cursor.lastParagraph };
      const writer = new PlanWriter(anchor, styles, facts.anchorIsListItem && !facts.inOurSection);
      plan.sections.forEach((section) => writer.section(section));
      writer.wrapSections();
      queueRemovals(cursor, facts, mode);
      await context.sync();

      const messages: Message[] = [...styles.messages];
      if (withTracking && context.document.changeTrackingMode !== 'Off') messages.push(TRACKED);
      return { ok: true as const, value: writer.report, messages };
    });
  } catch (e) {
    return { ok: false, error: errorFromOffice(e) };
  }
}
