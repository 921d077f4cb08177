/** Finding a document's style by what people or Word call it: id, local name, or built-in key. */
import type { Role } from '../compose/blocks';
import type { StyleDef, StyleSheet, StyleType } from './types';

export interface SheetIndex {
  /** By exact id first, then local name (any case), then built-in key ("heading 2"). */
  find(ref: string): StyleDef | undefined;
  byBuiltInKey(key: string): StyleDef | undefined;
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
    hasId: (id) => byId.has(id),
    defaultParagraph: () => sheet.styles.find((s) => s.type === 'paragraph' && s.isDefault),
  };
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
