/**
 * The one choice of house style, for every host: the document's snapshot (its styles and the text around
 * the cursor) and the mapping saved in the document (or given with --style) -> which style serves each role.
 */
import { detectStyleMap, type DetectOptions } from '../house-style/detect';
import type { DocumentContext, StyleMap, StyleMapping, StyleSheet } from '../house-style/types';
import type { WithMessages } from '../messages';
import type { DocumentSnapshot } from '../word/port';

const EMPTY_SHEET: StyleSheet = { styles: [] };
const EMPTY_CONTEXT: DocumentContext = { paragraphsAbove: [], paragraphsBelow: [], tableStyles: [] };

/** Without a snapshot (the document could not be read) detection falls back to Word's built-ins. */
export function houseStyle(
  snapshot: Pick<DocumentSnapshot, 'styles' | 'context'> | undefined,
  mapping: StyleMapping,
  options: DetectOptions = {},
): WithMessages<StyleMap> {
  return detectStyleMap(snapshot?.styles ?? EMPTY_SHEET, snapshot?.context ?? EMPTY_CONTEXT, mapping, options);
}
