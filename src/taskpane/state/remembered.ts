/**
 * What the pane remembers for the user (localStorage) and for the document (document settings).
 * Storage can be unavailable (blocked in some Office frames, private windows): then nothing is
 * remembered and nothing fails.
 */
import type { Catalog, LevelId } from '../../catalog/types';
import type { DocumentPort } from '../../word/port';
import type { PaneTheme } from '../../word/load-office';

/** Also read by the painted shell's script in <head> (src/taskpane/shell/render-shell.tsx). */
export const FIRST_RUN_KEY = 'jdb.firstRunDone';
/** Office's last theme (light or dark), for the painted shell's first paint (src/taskpane/shell/render-shell.tsx). */
export const OFFICE_THEME_KEY = 'jdb.officeTheme';
/** The user's last level; the painted shell opens at it (src/taskpane/shell/render-shell.tsx). */
export const LEVEL_KEY = 'jdb.level';
export const LEVEL_SETTING = 'jdbLevel';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // Quota or policy: remembering is a convenience, never a failure.
  }
}

export function firstRunDone(): boolean {
  return read(FIRST_RUN_KEY) === '1';
}

export function rememberFirstRunDone(): void {
  write(FIRST_RUN_KEY, '1');
}

/** High contrast is the system's forced colours, which apply by themselves: only light and dark are kept. */
export function rememberOfficeTheme(theme: PaneTheme): void {
  if (theme === 'light' || theme === 'dark') write(OFFICE_THEME_KEY, theme);
}

/** The document's level first (the template knows its job), then the user's last level, then the catalog's first. */
export function rememberedLevel(catalog: Catalog, port: DocumentPort): LevelId {
  const offered = (id: unknown): id is LevelId => typeof id === 'string' && catalog.levels.some((l) => l.id === id);
  let fromDocument: unknown;
  try {
    fromDocument = port.getDocumentSetting(LEVEL_SETTING);
  } catch {
    fromDocument = undefined;
  }
  if (offered(fromDocument)) return fromDocument;
  const fromUser = read(LEVEL_KEY);
  if (offered(fromUser)) return fromUser;
  return catalog.levels[0]?.id ?? '';
}

export function rememberLevel(levelId: LevelId, port: DocumentPort): Promise<void> {
  write(LEVEL_KEY, levelId);
  return port.setDocumentSetting(LEVEL_SETTING, levelId);
}
