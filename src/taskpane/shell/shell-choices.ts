/**
 * What the user did in the painted shell (the static first screen in taskpane.html) before the app took over:
 * a level chosen, text typed into Search, the field that had the keyboard. index.tsx reads it from the shell just
 * before mounting the app and hands it on, so nothing done before the scripts ran is lost.
 */

/** The `name` of the shell's fields, set by the components that render them (LevelControls). */
export const SHELL_FIELDS = { level: 'level', search: 'search' } as const;

/** The shell's top element (scripts/webpack/painted-shell.js marks it). */
export const SHELL_SELECTOR = '[data-jdb-shell]';

/**
 * The shell holds the first-run note for everyone; a script in <head> marks <html> with FIRST_RUN_ATTRIBUTE for a
 * user who has not dismissed it yet, and the shell's CSS hides the note (FIRST_RUN_NOTE) for everyone else.
 */
export const FIRST_RUN_ATTRIBUTE = 'data-jdb-first-run';
export const FIRST_RUN_NOTE = 'data-jdb-first-run-note';

export type ShellField = keyof typeof SHELL_FIELDS;

export interface ShellFocus {
  field: ShellField;
  selectionStart: number | null;
  selectionEnd: number | null;
}

export interface ShellChoices {
  /** Set only when the user changed the level the shell showed. */
  levelId?: string;
  /** Set only when the user typed into Search. */
  query?: string;
  focus?: ShellFocus;
  /** Whether the shell showed its first-run note at hand-over: the app shows it or not, the same. */
  firstRun?: boolean;
}

function field<E extends Element>(root: ParentNode, name: ShellField): E | null {
  return root.querySelector<E>(`[name="${SHELL_FIELDS[name]}"]`);
}

function selectionOf(el: HTMLInputElement | HTMLSelectElement): Pick<ShellFocus, 'selectionStart' | 'selectionEnd'> {
  return el instanceof HTMLInputElement
    ? { selectionStart: el.selectionStart, selectionEnd: el.selectionEnd }
    : { selectionStart: null, selectionEnd: null };
}

export function readShellChoices(root: Element, active: Element | null): ShellChoices {
  const choices: ShellChoices = {};
  const note = root.querySelector(`[${FIRST_RUN_NOTE}]`);
  if (note) choices.firstRun = root.ownerDocument.documentElement.hasAttribute(FIRST_RUN_ATTRIBUTE);
  const level = field<HTMLSelectElement>(root, 'level');
  const shown = level && Array.from(level.options).find((o) => o.defaultSelected);
  if (level && level.value !== (shown ?? level.options[0])?.value) choices.levelId = level.value;
  const search = field<HTMLInputElement>(root, 'search');
  if (search && search.value !== search.defaultValue) choices.query = search.value;
  for (const [name, el] of [
    ['level', level],
    ['search', search],
  ] as const) {
    if (el && el === active) choices.focus = { field: name, ...selectionOf(el) };
  }
  return choices;
}

/** Gives the keyboard back to the same field of the mounted app, caret and selection included. */
export function restoreShellFocus(root: ParentNode, focus: ShellFocus | undefined): void {
  if (!focus) return;
  const el = field<HTMLInputElement | HTMLSelectElement>(root, focus.field);
  if (!el) return;
  el.focus();
  if (el instanceof HTMLInputElement && focus.selectionStart !== null)
    el.setSelectionRange(focus.selectionStart, focus.selectionEnd ?? focus.selectionStart);
}
