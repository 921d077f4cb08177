/**
 * What the pane shows before inserting: the insertion the workflow would make (src/workflows/insert.ts) and
 * its preview in an approximation of the document's styles.
 */
import type { Catalog } from '../../catalog/types';
import type { Selection } from '../../compose/selection';
import type { StyleMap } from '../../house-style/types';
import { renderHtml } from '../../render/html';
import { buildInsertion, type Insertion } from '../../workflows/insert';

export interface Preview extends Insertion {
  previewHtml: string;
}

export function buildPreview(catalog: Catalog, selection: Selection, styles: StyleMap): Preview {
  const insertion = buildInsertion(catalog, selection, styles);
  return { ...insertion, previewHtml: renderHtml(insertion.model, styles) };
}
