/** Types for shell-levels.js (plain CommonJS, so webpack.config.js can require it). */
import type { DefaultTreeAdapterMap } from 'parse5';

/** [path, index, removed, html]: see shell-levels.js. */
export type ShellPatch = [number[], number, number, string];

export function shellPatches(
  from: DefaultTreeAdapterMap['childNode'][],
  to: DefaultTreeAdapterMap['childNode'][],
): ShellPatch[];
