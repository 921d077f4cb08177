/**
 * Changes to the fake document, each checked first against the scenario (a protected document,
 * an editor that blocks add-ins, a locked content control), the way Word refuses them.
 */
import {
  DocumentModel,
  FakeOfficeError,
  firstParagraphOf,
  flatten,
  lastParagraphOf,
  LINE_BREAK,
  paragraphText,
  storyOf,
  type BlockNode,
  type BodyNode,
  type ControlNode,
  type ListNode,
  type ParagraphNode,
  type RunNode,
  type TableNode,
  type TextRange,
} from './model';

export interface EditRules {
  /** Every change fails with this Office error code (e.g. a protected document: 'GeneralException'). */
  refuseWith?: string;
  /** Some Word builds: startNewList also adds an empty list item after the paragraph (#3156, since fixed). */
  readonly startNewListAddsEmptyItem?: boolean;
  /** Word for Mac with a comment selected in the document: content controls cannot be inserted (#6046). */
  readonly commentSelected?: boolean;
}

/** What Word takes as the end of a paragraph in inserted text (office-js#4275); \v is a line break. */
const PARAGRAPH_BREAK = /\r\n|\r|\n/;

export class Editor {
  constructor(
    readonly model: DocumentModel,
    private readonly rules: EditRules,
  ) {}

  /** Changes made so far (refused ones not counted): tells a Word.run that wrote from one that only read. */
  edits = 0;

  /** Every change passes here first. */
  private guard(touched: ParagraphNode[]): void {
    if (this.rules.refuseWith) {
      throw new FakeOfficeError(this.rules.refuseWith, 'The requested operation is not allowed on this document.');
    }
    if (this.model.controls.some((c) => c.cannotEdit)) {
      for (const p of touched) {
        const control = this.model.controlAt(p);
        if (control?.cannotEdit)
          throw new FakeOfficeError('AccessDenied', `The content control "${control.title}" is locked.`);
      }
    }
    this.edits++;
  }

  /**
   * Puts a new block before or after another in the same body. A paragraph at the edge of a content
   * control gets the new block outside the control, before its start or after its end (#3176): the
   * control's span is left as it was.
   */
  private place(ref: BlockNode, block: BlockNode, where: 'Before' | 'After'): void {
    const blocks = ref.parent.blocks;
    const at = blocks.lastIndexOf(ref); // from the end: a long insertion keeps adding after its own last block
    blocks.splice(where === 'After' ? at + 1 : at, 0, block);
    this.model.changed();
  }

  insertParagraph(ref: BlockNode, text: string, where: 'Before' | 'After'): ParagraphNode {
    this.guard([lastParagraphOf(ref)]);
    // A new paragraph takes the formatting of the one it was made from; after a table, the document's Normal.
    const [first, ...lines] = text.split(PARAGRAPH_BREAK);
    const p = this.model.newParagraph(ref.parent, first, ref.kind === 'paragraph' ? ref : undefined);
    this.place(ref, p, where);
    // #4275, #1755: each \n or \r in the text starts another paragraph; the last one is the one given back.
    return lines.reduce((at, line) => this.insertParagraph(at, line, 'After'), p);
  }

  insertTable(ref: ParagraphNode, values: string[][], where: 'Before' | 'After'): TableNode {
    this.guard([ref]);
    const columns = values[0]?.length ?? 0;
    if (!values.length || !columns || values.some((r) => r.length !== columns)) {
      throw new FakeOfficeError('InvalidArgument', 'The table values do not match the row and column counts.');
    }
    const table = this.model.newTable(ref.parent, values, ref);
    this.place(ref, table, where);
    return table;
  }

  /** A paragraph right after a content control, outside it (ContentControl.insertParagraph 'After'). */
  insertAfterControl(control: ControlNode, text: string): ParagraphNode {
    return this.insertParagraph(this.lastBlockOf(control), text, 'After');
  }

  /** A table after any block of a body (after a table too, where Word would join them: the fake keeps both). */
  insertTableAfter(ref: BlockNode, values: string[][]): TableNode {
    this.guard([lastParagraphOf(ref)]);
    const table = this.model.newTable(ref.parent, values, ref.kind === 'paragraph' ? ref : undefined);
    this.place(ref, table, 'After');
    return table;
  }

  /** Body.clear: everything goes but one empty paragraph (with the body's own controls). */
  clear(body: BodyNode): void {
    const all = new Set(flatten(body));
    this.guard([...all]);
    const locked = this.model.controls.find((c) => all.has(c.from) && c.cannotDelete);
    if (locked) throw new FakeOfficeError('AccessDenied', `The content control "${locked.title}" cannot be deleted.`);
    const kept = this.model.newParagraph(body, '');
    body.blocks = [kept];
    for (const c of [...this.model.controls])
      if (all.has(c.from)) this.model.controls.splice(this.model.controls.indexOf(c), 1);
    if (all.has(this.model.selection.start.para))
      this.model.selection = {
        kind: 'text',
        start: { para: kept, offset: 0 },
        end: { para: kept, offset: 0 },
        mark: false,
      };
    this.model.changed();
  }

  /** The block of a control's body that holds its last paragraph (a table when that is in a cell). */
  private lastBlockOf(control: ControlNode): BlockNode {
    let block: BlockNode = control.to;
    while (block.parent !== control.from.parent && block.parent.owner) block = block.parent.owner;
    return block;
  }

  /** ContentControl.insertParagraph 'End': a new last paragraph inside the control. */
  appendToControl(control: ControlNode, text: string): ParagraphNode {
    const p = this.insertParagraph(this.lastBlockOf(control), text, 'After');
    control.to = p;
    return p;
  }

  /** ContentControl.insertTable 'End': a table at the end inside the control. */
  appendTableToControl(control: ControlNode, values: string[][]): TableNode {
    const last = this.lastBlockOf(control);
    this.guard([lastParagraphOf(last)]);
    const table = this.model.newTable(last.parent, values, last.kind === 'paragraph' ? last : undefined);
    this.place(last, table, 'After');
    control.to = lastParagraphOf(table);
    return table;
  }

  /**
   * Paragraph.insertText 'End'. #4275, #1755: Word starts a new paragraph at each \n or \r in the text (only \v
   * is a line break inside the paragraph); the new paragraphs follow the one written to, formatted like it.
   */
  insertTextAtEnd(p: ParagraphNode, text: string): { para: ParagraphNode; run: RunNode } {
    const [first, ...lines] = text.split(PARAGRAPH_BREAK);
    let para = p;
    let run = this.appendText(p, first);
    for (const line of lines) {
      para = this.insertParagraph(para, '', 'After');
      run = this.appendText(para, line);
    }
    return { para, run };
  }

  appendText(p: ParagraphNode, text: string): RunNode {
    this.guard([p]);
    const last = p.runs[p.runs.length - 1];
    // Text added at the end takes the formatting of the text before it.
    const run: RunNode = {
      text,
      ...(last?.bold ? { bold: true } : {}),
      ...(last?.style ? { style: last.style } : {}),
      ...(last?.highlight ? { highlight: last.highlight } : {}),
    };
    p.runs.push(run);
    return run;
  }

  setStyle(paragraphs: ParagraphNode[], name: string): void {
    this.guard(paragraphs);
    const entry = this.model.style(name);
    if (!entry) throw new FakeOfficeError('ItemNotFound', `The style "${name}" does not exist in this document.`);
    for (const p of paragraphs) {
      p.style = entry.nameLocal;
      delete p.looksLike;
    }
  }

  setBuiltInStyle(paragraphs: ParagraphNode[], builtIn: string, known: ReadonlySet<string>): void {
    this.guard(paragraphs);
    if (!known.has(builtIn) || builtIn === 'Other')
      throw new FakeOfficeError('InvalidArgument', `"${builtIn}" is not a built-in style.`);
    // #1656: styleBuiltIn on a paragraph inserted through Range.insertParagraph fails.
    if (paragraphs.some((p) => p.madeByRange))
      throw new FakeOfficeError('InvalidArgument', 'Invalid arguments (styleBuiltIn on a paragraph from a range).');
    const entry = this.model.builtInStyle(builtIn);
    for (const p of paragraphs) {
      // Office-Add-in-samples#223: Heading1 by styleBuiltIn on a paragraph inserted in the same batch is
      // formatted like the heading but does not get the style (no heading in the ribbon, navigation or file).
      if (builtIn === 'Heading1' && p.bornInSync === this.model.syncNumber) p.looksLike = entry.nameLocal;
      else {
        p.style = entry.nameLocal;
        delete p.looksLike;
      }
    }
  }

  setRun(p: ParagraphNode, run: RunNode, change: Partial<RunNode>): void {
    this.guard([p]);
    if (change.style !== undefined && !this.model.style(change.style)) {
      throw new FakeOfficeError('ItemNotFound', `The style "${change.style}" does not exist in this document.`);
    }
    Object.assign(run, change);
    if (run.highlight === undefined) delete run.highlight;
  }

  setTable(table: TableNode, change: Partial<Pick<TableNode, 'style' | 'headerRowCount'>>): void {
    this.guard([firstParagraphOf(table)]);
    if (change.style !== undefined && !this.model.style(change.style)) {
      throw new FakeOfficeError('ItemNotFound', `The style "${change.style}" does not exist in this document.`);
    }
    Object.assign(table, change);
  }

  detachFromList(p: ParagraphNode): void {
    this.guard([p]);
    // Assumed: Word removes the paragraph's own numbering (and the indent it brought); a list style still numbers it.
    delete p.directList;
    delete p.leftIndent;
  }

  startNewList(p: ParagraphNode): ListNode {
    this.guard([p]);
    // #2307: startNewList fails on a paragraph that is already a list item (detach it first).
    if (this.model.isListItem(p))
      throw new FakeOfficeError('GeneralException', 'startNewList: the paragraph is already a list item.');
    const list = this.model.newList();
    p.directList = list;
    p.leftIndent = list.indent;
    if (this.rules.startNewListAddsEmptyItem) {
      // #3156: an empty item of the new list right after the paragraph.
      const extra = this.model.newParagraph(p.parent, '', p);
      extra.runs = [];
      this.place(p, extra, 'After');
    }
    return list;
  }

  /** #6524: joins the list at the level, but the paragraph keeps its own indentation, not the level's. */
  attachToList(p: ParagraphNode, listId: number, level: number): ListNode {
    this.guard([p]);
    const list = this.model.lists.get(listId);
    if (!list) throw new FakeOfficeError('ItemNotFound', `There is no list ${listId}.`);
    if (!Number.isInteger(level) || level < 0 || level > 8)
      throw new FakeOfficeError('InvalidArgument', `List level ${level} is not between 0 and 8.`);
    p.directList = list;
    return list;
  }

  setListBullet(list: ListNode, level: number, bullet: string): void {
    this.guard([]);
    list.bullets[level] = bullet;
    if (list.numbering) delete list.numbering[level];
  }

  setListNumbering(list: ListNode, level: number, numbering: string): void {
    this.guard([]);
    list.numbering = { ...list.numbering, [level]: numbering };
    delete list.bullets[level];
  }

  wrap(range: TextRange): ControlNode {
    this.guard([range.start.para, range.end.para]);
    // #6046 (Word for Mac): no content control can be made while the user has a comment selected.
    if (this.rules.commentSelected)
      throw new FakeOfficeError('GeneralException', 'insertContentControl failed: a comment is selected.');
    const control = this.model.newControl(range.start.para, range.end.para);
    // #3705 (by design): over a range without the paragraph mark, the control is inline and covers one line.
    if (!range.mark && range.start.para === range.end.para && paragraphText(range.start.para).includes(LINE_BREAK))
      control.firstLineOnly = true;
    return control;
  }

  /** The control's content becomes one paragraph reading `text` (its first paragraph kept, the others removed). */
  refill(control: ControlNode, text: string): ParagraphNode {
    const paragraphs = this.model.controlParagraphs(control);
    this.guard(paragraphs);
    const [first, ...rest] = paragraphs;
    for (const p of rest) if (p.parent.blocks.length > 1) p.parent.blocks.splice(p.parent.blocks.indexOf(p), 1);
    first.runs = [{ text }];
    control.to = first;
    control.refills = (control.refills ?? 0) + 1;
    this.model.changed();
    return first;
  }

  setControl(control: ControlNode, change: Partial<ControlNode>): void {
    this.guard([]);
    Object.assign(control, change);
  }

  /** Deletes whole paragraphs (and tables entirely inside), or text within paragraphs, merging the ends. */
  delete(range: TextRange): void {
    const touched = this.model.paragraphsIn(range);
    this.guard(touched);
    const { start, end } = range;
    const whole = range.mark && start.offset === 0 && end.offset >= paragraphText(end.para).length;
    if (whole) this.removeParagraphs(touched);
    else this.removeText(range, touched);
    this.model.changed();
  }

  private removeParagraphs(touched: ParagraphNode[]): void {
    const doomed = new Set(touched);
    const cellsOf = (t: TableNode) => t.rows.flatMap((row) => row.flatMap((cell) => flatten(cell)));
    const tables = [...new Set(touched.map((p) => p.parent.owner).filter((t): t is TableNode => !!t))].filter((t) =>
      cellsOf(t).every((p) => doomed.has(p)),
    );
    const inTables = new Set(tables.flatMap(cellsOf));
    // A story or a cell always keeps one paragraph: the last one left is emptied instead.
    const left = new Map<BodyNode, number>();
    const removed: ParagraphNode[] = [];
    const emptied: ParagraphNode[] = [];
    for (const p of touched) {
      if (inTables.has(p)) continue;
      const count = left.get(p.parent) ?? p.parent.blocks.length;
      if (count === 1) emptied.push(p);
      else {
        removed.push(p);
        left.set(p.parent, count - 1);
      }
    }
    const gone = new Set([...removed, ...inTables]);
    // A control goes with the last of its paragraphs (as in Word), unless it cannot be deleted.
    const controls = this.model.controls.map((c) => ({
      c,
      rest: this.model.controlParagraphs(c).filter((p) => !gone.has(p)),
    }));
    const locked = controls.find(({ c, rest }) => !rest.length && c.cannotDelete);
    if (locked) throw new FakeOfficeError('AccessDenied', `The content control "${locked.c.title}" cannot be deleted.`);

    this.moveSelectionOutOf(gone);
    for (const t of tables) t.parent.blocks.splice(t.parent.blocks.indexOf(t), 1);
    for (const p of removed) p.parent.blocks.splice(p.parent.blocks.indexOf(p), 1);
    for (const p of emptied) p.runs = [];
    for (const { c, rest } of controls) {
      if (!rest.length) this.model.controls.splice(this.model.controls.indexOf(c), 1);
      else [c.from, c.to] = [rest[0], rest[rest.length - 1]];
    }
  }

  /** As in Word, a selection in deleted paragraphs moves to the start of the next one left (or the end of the one before). */
  private moveSelectionOutOf(gone: Set<ParagraphNode>): void {
    const sel = this.model.selection;
    if (!gone.has(sel.start.para) && !gone.has(sel.end.para)) return;
    const all = flatten(storyOf(sel.start.para.parent));
    const at = all.indexOf(sel.start.para);
    const next = all.slice(at).find((p) => !gone.has(p));
    const previous = all
      .slice(0, at)
      .reverse()
      .find((p) => !gone.has(p));
    const target = next ?? previous;
    if (!target) return;
    const offset = next ? 0 : paragraphText(target).length;
    this.model.selection = {
      kind: 'text',
      start: { para: target, offset },
      end: { para: target, offset },
      mark: false,
    };
  }

  private removeText(range: TextRange, touched: ParagraphNode[]): void {
    const { start, end } = range;
    const head = paragraphText(start.para).slice(0, start.offset);
    const tail = paragraphText(end.para).slice(end.offset);
    const style = start.para.runs[0];
    start.para.runs = head + tail ? [{ ...style, text: head + tail }] : [];
    for (const p of touched.slice(1)) {
      if (p.parent.blocks.length > 1) p.parent.blocks.splice(p.parent.blocks.indexOf(p), 1);
    }
  }
}
