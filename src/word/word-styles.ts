/**
 * Word.Style objects (getStyles, WordApi 1.5) -> the StyleSheet house-style detection reads, and
 * StyleRef -> what to set on a paragraph. Pure: the adapter passes in plain loaded values.
 *
 * The API gives a style's local name but neither its id nor its language-independent w:name, so:
 * the id is the local name (the API refers to styles by it), and a built-in's key comes from
 * styleBuiltIn of paragraphs that use the style (works in any language), else from its English name.
 */
import { builtInKeyOf } from '../house-style/builtins';
import type { StyleDef, StyleSheet, StyleType } from '../house-style/types';
import type { StyleRef } from '../render/commands';

/** The loaded properties of one Word.Style that we use. */
export interface WordStyleFacts {
  nameLocal: string;
  builtIn: boolean;
  type: string;
  baseStyle?: string;
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
}

const TYPES: Record<string, StyleType> = {
  Paragraph: 'paragraph',
  Character: 'character',
  Table: 'table',
  List: 'numbering',
};
// Word's own list styles always carry their numbering.
const NUMBERED_BUILT_INS = /^list (bullet|number)( [2-5])?$/;
const DEFAULT_KEYS = new Set(['normal', 'default paragraph font', 'normal table', 'no list']);

/** "Heading2" -> "heading 2", "GridTable1Light_Accent1" -> "grid table 1 light accent 1"; "Other" -> undefined. */
export function builtInKeyFromEnum(name: string): string | undefined {
  const words = name
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2');
  return builtInKeyOf(words);
}

const compact = (name: string): string => name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** compact name -> Word.BuiltInStyleName, built once per host enum (lookups run for every inserted paragraph). */
const enumIndexes = new WeakMap<ReadonlySet<string>, Map<string, string>>();

function enumIndex(known: ReadonlySet<string>): Map<string, string> {
  let index = enumIndexes.get(known);
  if (!index) {
    index = new Map([...known].map((name) => [compact(name), name]));
    enumIndexes.set(known, index);
  }
  return index;
}

/** The Word.BuiltInStyleName for a built-in key, when the host's enum has one ("list bullet" has none). */
export function builtInEnumFor(key: string | undefined, known: ReadonlySet<string>): string | undefined {
  return key ? enumIndex(known).get(compact(key)) : undefined;
}

/** How to apply a style through the API: portable styleBuiltIn when Word has an enum value, else the local name. */
export type StyleSetting = { styleBuiltIn: string } | { style: string };

export function styleSetting(ref: StyleRef, known: ReadonlySet<string>): StyleSetting {
  const builtIn = builtInEnumFor(ref.builtInKey, known);
  return builtIn ? { styleBuiltIn: builtIn } : { style: ref.localName };
}

function hexColor(color: string | undefined): string | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color ?? '');
  return m ? m[1].toUpperCase() : undefined;
}

/**
 * @param usedBuiltIns local style name -> styleBuiltIn, as seen on the document's paragraphs and tables.
 * @param numbering local names of styles whose paragraphs are all list items (see stylesNumberingTheirParagraphs).
 */
export function styleSheetFromWordStyles(
  styles: WordStyleFacts[],
  usedBuiltIns: ReadonlyMap<string, string>,
  numbering: ReadonlySet<string> = new Set(),
): StyleSheet {
  const result: StyleDef[] = [];
  const seen = new Set<string>();
  for (const s of styles) {
    if (!s.nameLocal || seen.has(s.nameLocal)) continue;
    seen.add(s.nameLocal);
    const seenEnum = usedBuiltIns.get(s.nameLocal);
    const builtInKey = s.builtIn ? (seenEnum && builtInKeyFromEnum(seenEnum)) || builtInKeyOf(s.nameLocal) : undefined;
    const font = s.font ?? {};
    const appearance = {
      ...(font.name ? { fontFamily: font.name } : {}),
      ...(typeof font.size === 'number' && font.size > 0 ? { sizePt: font.size } : {}),
      ...(font.bold ? { bold: true } : {}),
      ...(font.italic ? { italic: true } : {}),
      ...(hexColor(font.color) ? { color: hexColor(font.color) } : {}),
    };
    result.push({
      id: s.nameLocal,
      localName: s.nameLocal,
      type: TYPES[s.type] ?? 'paragraph',
      ...(builtInKey ? { builtInKey } : {}),
      ...(s.baseStyle ? { basedOn: s.baseStyle } : {}),
      ...(numbering.has(s.nameLocal) || NUMBERED_BUILT_INS.test(builtInKey ?? '') ? { hasNumbering: true } : {}),
      ...(builtInKey && DEFAULT_KEYS.has(builtInKey) ? { isDefault: true } : {}),
      ...(Object.keys(appearance).length ? { appearance } : {}),
    });
  }
  return { styles: result };
}
