/** Types for painted-shell.js (plain CommonJS, so webpack.config.js can require it). */
import type { PatchAttributes } from '../../src/taskpane/shell/render-shell';

export interface ShellRenderer {
  /** The levels the shell can open at, the one written into the page first. */
  shellLevelIds(): string[];
  renderShellMarkup(levelId: string): string;
  shellLevelScript(attributes: PatchAttributes): string;
  shellCss(selector: string): string;
  shellHeadScript(): string;
}
export function withPaintedShell(html: string, renderer: ShellRenderer): string;
export const SHELL_ATTRIBUTE: string;
