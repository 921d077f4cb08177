/** Finding a document's style by what people or Word call it: id, local name, or built-in key. */
import type { Role } from '../compose/blocks';
import type { StyleDef, StyleSheet, StyleType } from './types';

export interface SheetIndex {
  /** By exact id first, then local name (any case), then built-in key ("heading 2"). */
  find(ref: string): StyleDef | undefined;
  byBuiltInKey(key: string): StyleDef | undefined;
  /** By exact id only (what w:basedOn and w:pStyle hold; short localized ids mean nothing elsewhere). */
  byId(id: string): StyleDef | undefined;
  /**
   * The house's own version of a built-in: a custom paragraph style derived from it (through w:basedOn),
   * the most direct derivation first, then the first defined.
   */
  derivedFrom(key: string): StyleDef | undefined;
  /** Whether some style of the document already uses this exact id. */
  hasId(id: string): boolean;
  /** The document's default paragraph style (usually Normal, "Standard" in German). */
  defaultParagraph(): StyleDef | undefined;
}

export function indexSheet(sheet: StyleSheet): SheetIndex {
  const byId = new Map<string, StyleDef>();
  const byName = new Map<string, StyleDef>();
  const byKey = new Map<string, StyleDef>();
  for (const s of sheet.styles) {
    if (!byId.has(s.id)) byId.set(s.id, s);
    if (!byName.has(s.localName.toLowerCase())) byName.set(s.localName.toLowerCase(), s);
    if (s.builtInKey && !byKey.has(s.builtInKey)) byKey.set(s.builtInKey, s);
  }
  return {
    find: (ref) => byId.get(ref) ?? byName.get(ref.toLowerCase()) ?? byKey.get(ref.trim().toLowerCase()),
    byBuiltInKey: (key) => byKey.get(key),
    byId: (id) => byId.get(id),
    derivedFrom: (key) => {
      let best: { style: StyleDef; depth: number } | undefined;
      for (const s of sheet.styles) {
        if (s.type !== 'paragraph' || s.builtInKey) continue;
        const depth = builtInAncestorDepth(s, key, byId);
        if (depth !== undefined && (!best || depth < best.depth)) best = { style: s, depth };
      }
      return best?.style;
    },
    hasId: (id) => byId.has(id),
    defaultParagraph: () => sheet.styles.find((s) => s.type === 'paragraph' && s.isDefault),
  };
}

/** How many w:basedOn steps lead from `style` to the built-in `key` (stopping at any other built-in), if any. */
function builtInAncestorDepth(style: StyleDef, key: string, byId: Map<string, StyleDef>): number | undefined {
  const seen = new Set<string>();
  let depth = 0;
  for (let s = style.basedOn ? byId.get(style.basedOn) : undefined; s && !seen.has(s.id); depth++) {
    if (s.builtInKey) return s.builtInKey === key ? depth + 1 : undefined;
    seen.add(s.id);
    s = s.basedOn ? byId.get(s.basedOn) : undefined;
  }
  return undefined;
}

/** The kind of style each role takes. */
export function styleTypeForRole(role: Role): StyleType {
  if (role === 'table') return 'table';
  if (role === 'skillTerm') return 'character';
  return 'paragraph';
}

/** The document's styles offered for a role in the task pane's dropdowns, by name. */
export function availableStylesForRole(sheet: StyleSheet, role: Role): StyleDef[] {
  const type = styleTypeForRole(role);
  return sheet.styles
    .filter((s) => s.type === type && s.builtInKey !== 'default paragraph font')
    .sort((a, b) => a.localName.localeCompare(b.localName));
}

/** Roles in the user's words, for messages and the task pane. */
export const ROLE_LABELS: Record<Role, string> = {
  sectionHeading: 'section headings',
  competencyHeading: 'competency headings',
  responsibility: 'responsibilities',
  skillTerm: 'skill terms',
  skillDescription: 'skill descriptions',
  body: 'body text',
  table: 'tables',
  tableHeader: 'table headers',
};
