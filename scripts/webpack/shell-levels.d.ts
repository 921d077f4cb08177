/** Types for shell-levels.js (plain CommonJS, so webpack.config.js can require it). */
import type { DefaultTreeAdapterMap } from 'parse5';
import type { ShellPatch } from '../../src/taskpane/shell/render-shell';

export function shellPatches(
  from: DefaultTreeAdapterMap['childNode'][],
  to: DefaultTreeAdapterMap['childNode'][],
): ShellPatch[];
