/**
 * The add-in's settings kept in the document itself: the house-style mapping and a catalog address. The
 * pane writes them through Office's document settings; the .docx adapter reads and writes them where Word
 * keeps them in the file. Whatever is stored there was written by someone else (another version, a
 * hand-edited file), so it is read defensively.
 */
import { ROLES, type Role } from '../compose/blocks';
import type { StyleMapping } from '../house-style/types';
import type { DocumentPort } from '../word/port';

export const HOUSE_STYLE_SETTING = 'houseStyleMapping';
/** A catalog address saved "for this document only" (it wins over the user's own). */
export const CATALOG_URL_SETTING = 'jdbCatalogUrl';

export function readMapping(stored: unknown): StyleMapping {
  const mapping: StyleMapping = {};
  if (!stored || typeof stored !== 'object') return mapping;
  for (const role of ROLES) {
    const value = (stored as Record<string, unknown>)[role];
    if (typeof value === 'string' && value.trim()) mapping[role] = value;
  }
  return mapping;
}

/** A new mapping with one role set (a style id) or cleared (''). */
export function withRole(mapping: StyleMapping, role: Role, styleId: string): StyleMapping {
  const next: StyleMapping = { ...mapping };
  if (styleId) next[role] = styleId;
  else delete next[role];
  return next;
}

/** A setting, or undefined when the host cannot read it (a broken settings store never stops the pane). */
export function safeSetting(port: DocumentPort, key: string): unknown {
  try {
    return port.getDocumentSetting(key);
  } catch {
    return undefined;
  }
}

/** The mapping saved in the document, with explicit choices (--style) winning role by role. */
export function savedMapping(port: DocumentPort, overrides: StyleMapping = {}): StyleMapping {
  return { ...readMapping(safeSetting(port, HOUSE_STYLE_SETTING)), ...overrides };
}

/** The catalog address saved in the document, if it is a non-empty string. */
export function savedCatalogUrl(port: DocumentPort): string | undefined {
  const url = safeSetting(port, CATALOG_URL_SETTING);
  return typeof url === 'string' && url.trim() ? url.trim() : undefined;
}

/**
 * Word keeps at most 2 MB of an add-in's settings (office-js#621); above that saving fails, and on the
 * desktop larger settings can save and then read back as nothing (office-js#6304). One setting is kept
 * well under it so the others fit too; every port refuses a larger one the same way, before writing.
 */
export const SETTING_LIMIT_CHARACTERS = 1_000_000;

/** Why the value cannot be kept in the document, or undefined when it can. */
export function settingTooLarge(value: unknown): string | undefined {
  const size = JSON.stringify(value ?? null).length;
  if (size <= SETTING_LIMIT_CHARACTERS) return undefined;
  const megabytes = (size / 1_000_000).toFixed(1);
  return `This is too large to keep in the document (${megabytes} MB; Word keeps about 1 MB per setting). Nothing was changed.`;
}
