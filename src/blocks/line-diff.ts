/**
 * What changes between two versions of a block's text, line by line (lines of canonicalText): the diff
 * shown before a refresh, and the summary of what an overwrite would lose.
 */

export type LineChange =
  | { kind: 'same'; text: string }
  | { kind: 'removed'; old: string }
  | { kind: 'added'; new: string }
  | { kind: 'changed'; old: string; new: string };

/** Longest-common-subsequence diff; a removed line directly followed by an added one reads as "changed". */
export function diffLines(before: readonly string[], after: readonly string[]): LineChange[] {
  const n = before.length;
  const m = after.length;
  // common[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const common = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      common[i][j] = before[i] === after[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);

  const raw: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      raw.push({ kind: 'same', text: before[i] });
      i++;
      j++;
    } else if (i < n && (j === m || common[i + 1][j] >= common[i][j + 1]))
      raw.push({ kind: 'removed', old: before[i++] });
    else raw.push({ kind: 'added', new: after[j++] });
  }
  return pairChanges(raw);
}

/** Runs of removed lines followed by added ones become changed lines, pairwise. */
function pairChanges(raw: LineChange[]): LineChange[] {
  const out: LineChange[] = [];
  for (let k = 0; k < raw.length;) {
    const removed: string[] = [];
    const added: string[] = [];
    while (k < raw.length && raw[k].kind === 'removed') removed.push((raw[k++] as { old: string }).old);
    while (k < raw.length && raw[k].kind === 'added') added.push((raw[k++] as { new: string }).new);
    const pairs = Math.min(removed.length, added.length);
    for (let p = 0; p < pairs; p++) out.push({ kind: 'changed', old: removed[p], new: added[p] });
    for (const old of removed.slice(pairs)) out.push({ kind: 'removed', old });
    for (const text of added.slice(pairs)) out.push({ kind: 'added', new: text });
    if (!removed.length && !added.length) out.push(raw[k++]);
  }
  return out;
}

/** The text a change takes away (what an overwrite would lose). */
export function lostLines(changes: readonly LineChange[]): string[] {
  return changes.flatMap((c) => (c.kind === 'removed' || c.kind === 'changed' ? [c.old] : []));
}
