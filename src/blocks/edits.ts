/**
 * Did the user edit a block since it was inserted? Its current text (canonicalText of what the document
 * holds) is hashed and compared with the fingerprint its tag carries. A tag without one (its fingerprint
 * field emptied by hand) cannot be vouched for and counts as possibly edited: nothing is overwritten silently.
 */
import type { SectionTag } from '../compose/blocks';
import { textFingerprint } from '../render/section-text';

export type EditState = 'unchanged' | 'edited' | 'unknown';

/** A job-description block as read from a document: its parsed tag and its canonicalText. */
export interface BlockText {
  /** truncated: the tag could not list every item (see section-tag.ts). */
  tag: SectionTag & { truncated?: boolean };
  text: string;
}

export function detectEdits(block: BlockText): EditState {
  if (!block.tag.fingerprint) return 'unknown';
  return textFingerprint(block.text) === block.tag.fingerprint ? 'unchanged' : 'edited';
}

/** Replacing or removing the block needs the user's explicit confirmation. */
export function needsConfirmation(block: BlockText): boolean {
  return detectEdits(block) !== 'unchanged';
}
