/** Building a scenario's checks: each compares what the document holds with what the contract says. */
import type { PortResult } from '../word/port';
import type { CheckResult, DocumentView, ViewParagraph } from './types';

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** Deep equality through JSON (views and results are plain data). */
export function check(name: string, actual: unknown, expected: unknown): CheckResult {
  const a = show(actual);
  const e = show(expected);
  return { name, passed: a === e, expected: e, actual: a };
}

/** A check on a condition, with the value that decided it shown as what happened. */
export function checkThat(name: string, passed: boolean, expected: string, actual: unknown): CheckResult {
  return { name, passed, expected, actual: show(actual) };
}

/** The port call succeeded (its error shown otherwise). */
export function checkOk(name: string, result: PortResult<unknown>): CheckResult {
  return checkThat(name, result.ok, 'success', result.ok ? 'success' : result.error);
}

/** The port call failed with this error code. */
export function checkError(name: string, result: PortResult<unknown>, code: string): CheckResult {
  return check(name, result.ok ? 'success' : result.error.code, code);
}

export function paragraphs(view: DocumentView): ViewParagraph[] {
  return view.content.filter((c): c is ViewParagraph => c.kind === 'paragraph');
}

/** Each top-level item as one line: a paragraph's text, "[table]" for a table. */
export function texts(view: DocumentView): string[] {
  return view.content.map((c) => (c.kind === 'paragraph' ? c.text : '[table]'));
}

/** Top-level items outside every job-description block, as texts(). */
export function textsOutsideBlocks(view: DocumentView): string[] {
  return view.content.filter((c) => c.block === undefined).map((c) => (c.kind === 'paragraph' ? c.text : '[table]'));
}

/** The blocks' items in order, as texts(), by block. */
export function blockTexts(view: DocumentView): string[][] {
  return view.blocks.map((_, i) =>
    view.content.filter((c) => c.block === i).map((c) => (c.kind === 'paragraph' ? c.text : '[table]')),
  );
}
