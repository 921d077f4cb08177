/**
 * The one decision, and the one text, for refusing to change a block: locked against changes, or holding
 * text the user typed (or that an older tag cannot vouch for). Every adapter calls it inside its own change,
 * so a block edited meanwhile is never overwritten unless the user confirmed.
 */
import { detectEdits, type BlockText } from '../blocks/edits';
import { diffLines, lostLines } from '../blocks/line-diff';
import { canonicalText, type TextLine } from '../render/section-text';
import type { EditedBlock, WordError } from '../word/port';

export interface BlockToChange extends BlockText {
  title: string;
  /** The control cannot be edited or deleted. */
  locked: boolean;
  /** The block holds tracked changes: edited, whatever its text reads (Word's text includes deletions, #1267). */
  trackedChanges?: boolean;
}

/** Undefined: the change may go ahead. `newLines`: what the block will show afterwards ([] for removal). */
export function blockChangeRefusal(
  block: BlockToChange,
  newLines: readonly TextLine[],
  overwriteEdits: boolean,
): WordError | undefined {
  const name = block.title ? `"${block.title}"` : 'This block';
  if (block.locked) {
    return {
      code: 'locked-content-control',
      message: `${name} is locked against changes.`,
      advice: "Unlock it in the control's Properties (Developer tab), then try again.",
    };
  }
  const edits = block.trackedChanges ? 'edited' : detectEdits(block);
  if (edits === 'unchanged' || overwriteEdits) return undefined;
  const text = block.text;
  const lost = lostLines(diffLines(text ? text.split('\n') : [], canonicalText(newLines).split('\n').filter(Boolean)));
  return {
    code: 'block-edited',
    message:
      edits === 'edited'
        ? `${name} was edited since it was inserted; changing it would lose the text shown.`
        : `${name} was inserted by an older version, so edits to it cannot be ruled out; changing it may lose the text shown.`,
    advice: 'Confirm to go ahead anyway, or copy the text you want to keep first.',
    lost,
  };
}

/** A block a change would replace (`newLines`) or remove ([]), as the adapter read it inside its change. */
export interface BlockChangeCheck {
  id: string;
  block: BlockToChange;
  newLines: readonly TextLine[];
  overwriteEdits: boolean;
}

/**
 * The refusal for a set of changes made together (all or nothing): a locked block's, or one naming every
 * edited block not confirmed, with its loss; undefined when every change may go ahead.
 */
export function changesRefusal(checks: readonly BlockChangeCheck[]): WordError | undefined {
  const edited: EditedBlock[] = [];
  let first: WordError | undefined;
  for (const { id, block, newLines, overwriteEdits } of checks) {
    const problem = blockChangeRefusal(block, newLines, overwriteEdits);
    if (problem?.code === 'block-edited') {
      edited.push({ id, title: block.title, lost: problem.lost ?? [] });
      first ??= problem;
    } else if (problem) return problem;
  }
  return first && editedError(first, edited, checks.length);
}

/** One refusal for every edited block: a single block's own, or a count with each block's loss. */
function editedError(first: WordError, edited: EditedBlock[], changed: number): WordError {
  if (changed === 1) return { ...first, edited };
  return {
    ...first,
    message: `${edited.length} of the ${changed} sections ${edited.length === 1 ? 'was' : 'were'} edited since inserted (or cannot be vouched for); changing ${edited.length === 1 ? 'it' : 'them'} would lose the text shown.`,
    lost: edited.flatMap((e) => e.lost),
    edited,
  };
}
