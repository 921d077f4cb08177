/** Types for page-rewrite.js (plain CommonJS, so webpack.config.js can require it). */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
export function elements(node: DefaultTreeAdapterMap['parentNode']): Generator<Element>;
export function attr(el: Element, name: string): string | undefined;
/** The text an element holds directly: an inline <script>'s code or a <style>'s rules. */
export function textOf(el: Element): string;
