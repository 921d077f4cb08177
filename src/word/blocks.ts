/**
 * The job-description blocks already in the document, over Office.js: list, select, replace, remove.
 * Each is one Word.run with at most two context.sync() calls. Replace and remove read the block's text in
 * the first sync and compare it with its tag's fingerprint there, in the same run as the change, so a block
 * edited meanwhile is never overwritten unless the user confirmed (overwriteEdits).
 */
import { detectEdits } from '../blocks/edits';
import type { SectionCommand } from '../render/commands';
import { parseSectionTag } from '../render/section-tag';
import { canonicalText, commandLines } from '../render/section-text';
import { changesRefusal, type BlockChangeCheck } from '../workflows/refusal';
import { controlLines, reviewedState, type TrackedState } from './block-text';
import { PlanWriter } from './insert';
import type { BlockChangeOptions, BlockChangeRequest, BlockReport, ListedBlock, PortResult } from './port';
import { MINIMUM_WORD_API, supportsWordApi } from './requirements';
import { canGetStyles, withoutFailingApis } from './optional-apis';
import { queueStyleChecks } from './style-checks';
import { BLOCK_NOT_FOUND, errorFromOffice, REQUIREMENT_SET } from './word-errors';

const PARAGRAPH_PROPS = 'text,tableNestingLevel';

interface QueuedText {
  paragraphs: Word.ParagraphCollection;
  tables: Word.TableCollection;
  /** With change tracking (WordApi 1.4): the text with pending changes applied, and undone. */
  reviewed?: { current: OfficeExtension.ClientResult<string>; original: OfficeExtension.ClientResult<string> };
}

function queueText(control: Word.ContentControl): QueuedText {
  return {
    paragraphs: control.paragraphs.load(PARAGRAPH_PROPS),
    tables: control.tables.load('values'),
    ...(supportsWordApi('1.4')
      ? { reviewed: { current: control.getReviewedText('Current'), original: control.getReviewedText('Original') } }
      : {}),
  };
}

/**
 * Pending tracked changes in a block. Word's text of a range includes tracked deletions (office-js#1267),
 * so the text alone would show a block whose lines were deleted as unchanged: a block with pending
 * changes counts as edited. A block deleted as a whole stays in the document until the deletion is
 * accepted, looking live (office-js#1524): it is treated as gone.
 */
function trackedState(queued: QueuedText): TrackedState {
  return queued.reviewed ? reviewedState(queued.reviewed.current.value, queued.reviewed.original.value) : 'none';
}

/**
 * The block's text in canonical form. With changes pending, the paragraphs' texts come from Word's reviewed
 * text (tracked deletions left out, as a .docx reader shows them), when it has one line per paragraph.
 */
function textOf(queued: QueuedText): string {
  const reviewed =
    queued.reviewed && trackedState(queued) === 'changed' ? queued.reviewed.current.value.split('\r') : [];
  const items = queued.paragraphs.items;
  const lines = reviewed.length === items.length ? reviewed : items.map((p) => p.text);
  const paragraphs = items.map((p, i) => ({ text: lines[i], tableNestingLevel: p.tableNestingLevel }));
  return canonicalText(
    controlLines(
      paragraphs,
      queued.tables.items.map((t) => t.values),
    ),
  );
}

export async function listBlocks(): Promise<PortResult<ListedBlock[]>> {
  if (!supportsWordApi(MINIMUM_WORD_API)) return { ok: false, error: REQUIREMENT_SET };
  try {
    return await Word.run(async (context) => {
      const controls = context.document.body.contentControls.load('id,tag,title');
      await context.sync();
      const ours = controls.items.flatMap((control) => {
        const tag = parseSectionTag(control.tag);
        return tag ? [{ control, tag, text: queueText(control) }] : [];
      });
      if (ours.length) await context.sync();
      const blocks = ours.flatMap(({ control, tag, text }): ListedBlock[] => {
        const tracked = trackedState(text);
        if (tracked === 'deleted') return [];
        const block = { id: String(control.id), title: control.title, tag, text: textOf(text) };
        return [{ ...block, edits: tracked === 'changed' ? 'edited' : detectEdits(block) }];
      });
      return { ok: true as const, value: blocks, messages: [] };
    });
  } catch (e) {
    return { ok: false, error: errorFromOffice(e) };
  }
}

export async function selectBlock(id: string): Promise<PortResult<void>> {
  if (!supportsWordApi(MINIMUM_WORD_API)) return { ok: false, error: REQUIREMENT_SET };
  try {
    return await Word.run(async (context) => {
      const control = context.document.body.contentControls.getByIdOrNullObject(Number(id)).load('id');
      await context.sync();
      if (control.isNullObject) return { ok: false as const, error: BLOCK_NOT_FOUND };
      control.select('Select');
      await context.sync();
      return { ok: true as const, value: undefined, messages: [] };
    });
  } catch (e) {
    return { ok: false, error: errorFromOffice(e) };
  }
}

export async function replaceBlock(
  id: string,
  section: SectionCommand,
  opts: BlockChangeOptions,
  knownBuiltIns: ReadonlySet<string>,
): Promise<PortResult<BlockReport>> {
  return firstReport(await changeBlocks([{ id, section, ...opts }], knownBuiltIns));
}

export async function removeBlock(id: string, opts: BlockChangeOptions): Promise<PortResult<void>> {
  const result = await changeBlocks([{ id, ...opts }], new Set());
  return result.ok ? { ...result, value: undefined } : result;
}

function firstReport(result: PortResult<BlockReport[]>): PortResult<BlockReport> {
  return result.ok ? { ...result, value: result.value[0] ?? { id: '' } } : result;
}

/**
 * Sync 1 loads every block (and queues the style checks for the new sections); then every block is checked,
 * and nothing is written unless all may change; then the changes go in sync 2. A new section goes right after
 * the old one, which then goes: the block keeps its place. A removed control goes with its paragraphs, so no
 * empty paragraph is left where the block was.
 */
export async function changeBlocks(
  changes: readonly BlockChangeRequest[],
  knownBuiltIns: ReadonlySet<string>,
): Promise<PortResult<BlockReport[]>> {
  if (!supportsWordApi(MINIMUM_WORD_API)) return { ok: false, error: REQUIREMENT_SET };
  let loaded = false;
  try {
    return await withoutFailingApis((use) =>
      Word.run(async (context) => {
        const targets = changes.map((change) => {
          const control = context.document.body.contentControls
            .getByIdOrNullObject(Number(change.id))
            .load('id,tag,title,cannotEdit,cannotDelete');
          return { change, control, text: queueText(control) };
        });
        const sections = changes.flatMap((c) => (c.section ? [c.section] : []));
        if (sections.length) use.getStyles = canGetStyles(context);
        const stylesFound = sections.length
          ? queueStyleChecks(context, { sections }, knownBuiltIns, use.getStyles)
          : undefined;
        await context.sync();
        loaded = true;
        const checks: BlockChangeCheck[] = [];
        for (const { change, control, text } of targets) {
          const tag = control.isNullObject ? undefined : parseSectionTag(control.tag);
          const tracked = tag ? trackedState(text) : 'none';
          if (!tag || tracked === 'deleted') return { ok: false as const, error: BLOCK_NOT_FOUND };
          checks.push({
            id: change.id,
            block: {
              title: control.title,
              tag,
              text: textOf(text),
              locked: control.cannotEdit || control.cannotDelete,
              trackedChanges: tracked === 'changed',
            },
            newLines: change.section ? commandLines(change.section.content) : [],
            overwriteEdits: change.overwriteEdits,
          });
        }
        const refusal = changesRefusal(checks);
        if (refusal) return { ok: false as const, error: refusal };
        use.writing = true;
        const styles = stylesFound?.();
        const created = targets.map(({ change, control }) => {
          let wrapped: Word.ContentControl | undefined;
          if (change.section && styles) {
            const writer = new PlanWriter({ kind: 'section', at: control }, styles, false);
            writer.section(change.section);
            [wrapped] = writer.wrapSections();
            wrapped?.load('id');
          }
          control.delete(false);
          return wrapped;
        });
        await context.sync();
        return {
          ok: true as const,
          value: created.map((c) => ({ id: c ? String(c.id) : '' })),
          messages: styles?.messages ?? [],
        };
      }),
    );
  } catch (e) {
    const error = errorFromOffice(e);
    // A missing control makes the first sync fail on its paragraphs, on some hosts.
    return { ok: false, error: !loaded && isItemNotFound(e) ? BLOCK_NOT_FOUND : error };
  }
}

function isItemNotFound(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'ItemNotFound';
}
