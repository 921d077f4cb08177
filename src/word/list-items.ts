/**
 * Some Word builds add an empty item to every list startNewList makes (office-js#3156, since fixed).
 * Each new paragraph goes after the one before it, so those empty items gather right after the
 * insertion. They are found in the insertion's own sync and removed in one more, on such hosts only.
 */

/** Queues loading the `count` paragraphs after `from` (null objects past the end). */
export function queueFollowing(from: Word.Paragraph, count: number): Word.Paragraph[] {
  const following: Word.Paragraph[] = [];
  for (let i = 0; i < count; i++) {
    following.push((following[i - 1] ?? from).getNextOrNullObject().load('text,isListItem'));
  }
  return following;
}

const emptyItem = (p: Word.Paragraph): boolean => !p.isNullObject && p.isListItem && p.text === '';

/**
 * The empty list items right after the insertion that were not there before. `before` is the paragraph
 * that followed the cursor before inserting: when it was itself an empty list item nothing can be told
 * apart, and nothing is removed.
 */
export function strayListItems(following: Word.Paragraph[], before: Word.Paragraph): Word.Paragraph[] {
  if (emptyItem(before)) return [];
  const stray: Word.Paragraph[] = [];
  for (const p of following) {
    if (!emptyItem(p)) break;
    stray.push(p);
  }
  return stray;
}
