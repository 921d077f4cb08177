/** Types for critical-css.js (plain CommonJS, so webpack.config.js can require it). */
import type { DefaultTreeAdapterMap } from 'parse5';

export function criticalCss(css: string, doc: DefaultTreeAdapterMap['parentNode']): string;
export function withCriticalCss(html: string, sheets: ReadonlyMap<string, string>): string;
export const FULL_SHEET_ATTRIBUTE: string;
