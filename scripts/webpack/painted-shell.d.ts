/** Types for painted-shell.js (plain CommonJS, so webpack.config.js can require it). */
export interface ShellRenderer {
  renderShellMarkup(): string;
  shellCss(selector: string): string;
  shellHeadScript(): string;
}
export function withPaintedShell(html: string, renderer: ShellRenderer): string;
export const SHELL_ATTRIBUTE: string;
