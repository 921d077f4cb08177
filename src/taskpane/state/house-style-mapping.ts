/**
 * The house-style mapping the template carries in its document settings. Whatever is stored there
 * was written by someone else (another version, a hand-edited file), so it is read defensively.
 */
import { ROLES, type Role } from '../../compose/blocks';
import type { StyleMapping } from '../../house-style/types';

export const HOUSE_STYLE_SETTING = 'houseStyleMapping';

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
