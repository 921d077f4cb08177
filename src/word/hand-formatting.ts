/**
 * Hand formatting as Word's API shows it. The API reports the font a paragraph's text is in (its own, else
 * its style's), so text in another font or size than its style gives was formatted by hand: that is what an
 * inserted paragraph of the same role copies. Font name and size only: before WordApi 1.5 the API tells no
 * style's indents, so an indent cannot be told apart from the style's own. Pure.
 */
import type { DirectFormatting, StyleAppearance, StyleDef, StyleSheet } from '../house-style/types';

/** The font of a paragraph's text as loaded (Paragraph.font); '' or null when it is mixed. */
export interface WordFontFacts {
  name?: string | null;
  size?: number | null;
}

export function wordHandFormatting(
  font: WordFontFacts | undefined,
  style: string,
  sheet: StyleSheet,
): DirectFormatting | undefined {
  if (!font) return undefined;
  const own = styleFont(sheet, style);
  const appearance: StyleAppearance = {};
  if (font.name && own.fontFamily && font.name !== own.fontFamily) appearance.fontFamily = font.name;
  if (typeof font.size === 'number' && font.size > 0 && own.sizePt && font.size !== own.sizePt)
    appearance.sizePt = font.size;
  return Object.keys(appearance).length ? { paragraph: [], run: [], appearance } : undefined;
}

/** The style's font name and size, through the styles it is based on, else the document's default style's. */
function styleFont(sheet: StyleSheet, id: string): StyleAppearance {
  const byId = new Map(sheet.styles.map((s) => [s.id, s]));
  const chain: StyleDef[] = [];
  for (let s = byId.get(id); s && !chain.includes(s); s = s.basedOn ? byId.get(s.basedOn) : undefined) chain.push(s);
  const fallback = sheet.styles.find((s) => s.type === 'paragraph' && s.isDefault);
  if (fallback) chain.push(fallback);
  return {
    fontFamily: chain.find((s) => s.appearance?.fontFamily)?.appearance?.fontFamily,
    sizePt: chain.find((s) => s.appearance?.sizePt)?.appearance?.sizePt,
  };
}
