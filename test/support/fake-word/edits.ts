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
}

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

  private place(ref: BlockNode, block: BlockNode, where: 'Before' | 'After'): void {
    const blocks = ref.parent.blocks;
    const at = blocks.lastIndexOf(ref); // from the end: a long insertion keeps adding after its own last block
    blocks.splice(where === 'After' ? at + 1 : at, 0, block);
    this.model.changed();
    // Like pressing Enter at the edge of a content control: the new paragraph stays inside it.
    const edge = where === 'After' ? lastParagraphOf(ref) : firstParagraphOf(ref);
    for (const c of this.model.controls) {
      if (where === 'After' && c.to === edge) c.to = lastParagraphOf(block);
      if (where === 'Before' && c.from === edge) c.from = firstParagraphOf(block);
    }
  }

  insertParagraph(ref: BlockNode, text: string, where: 'Before' | 'After'): ParagraphNode {
    this.guard([lastParagraphOf(ref)]);
    // A new paragraph takes the formatting of the one it was made from; after a table, the document's Normal.
    const p = this.model.newParagraph(ref.parent, text, ref.kind === 'paragraph' ? ref : undefined);
    this.place(ref, p, where);
    return p;
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
    let block: BlockNode = control.to;
    while (block.parent !== control.from.parent && block.parent.owner) block = block.parent.owner;
    const p = this.insertParagraph(block, text, 'After');
    control.to = lastParagraphOf(block);
    return p;
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
    for (const p of paragraphs) p.style = entry.nameLocal;
  }

  setBuiltInStyle(paragraphs: ParagraphNode[], builtIn: string, known: ReadonlySet<string>): void {
    this.guard(paragraphs);
    if (!known.has(builtIn) || builtIn === 'Other')
      throw new FakeOfficeError('InvalidArgument', `"${builtIn}" is not a built-in style.`);
    const entry = this.model.builtInStyle(builtIn);
    for (const p of paragraphs) p.style = entry.nameLocal;
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
    // Assumed: Word removes the paragraph's own numbering; a list style still numbers it.
    delete p.directList;
  }

  startNewList(p: ParagraphNode): ListNode {
    this.guard([p]);
    // As documented for Paragraph.startNewList: it fails on a paragraph that is already a list item.
    if (this.model.isListItem(p))
      throw new FakeOfficeError('GeneralException', 'startNewList: the paragraph is already a list item.');
    p.directList = this.model.newList();
    return p.directList;
  }

  setListBullet(list: ListNode, level: number, bullet: string): void {
    this.guard([]);
    list.bullets[level] = bullet;
  }

  wrap(range: TextRange): ControlNode {
    this.guard([range.start.para, range.end.para]);
    return this.model.newControl(range.start.para, range.end.para);
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
