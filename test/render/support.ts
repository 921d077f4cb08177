/** Shared set-up for render tests: a composed fixture model, style maps for the fixture templates, OOXML read-back. */
import { compose } from '../../src/compose/compose';
import type { BlockModel } from '../../src/compose/blocks';
import type { Selection } from '../../src/compose/selection';
import { detectStyleMap } from '../../src/house-style/detect';
import { parseStylesXml } from '../../src/house-style/styles-xml';
import type { DocumentContext, StyleMap, StyleMapping } from '../../src/house-style/types';
import { renderCommandsXml, type CommandsXmlOptions } from '../../src/render/ooxml';
import { renderCommands } from '../../src/render/render-commands';
import { parseXml, W_NS, wAttr, wChild, wElements } from '../../src/xml/dom';
import { fixtureCatalog, fixtureSelection } from '../compose/fixture-catalog';

export const EMPTY_CONTEXT: DocumentContext = { paragraphsAbove: [], paragraphsBelow: [], tableStyles: [] };

export function fixtureModel(overrides: Partial<Selection> = {}): BlockModel {
  return compose(
    fixtureCatalog,
    fixtureSelection({
      includeSummary: true,
      qualificationIds: ['q-edu', 'q-exp'],
      responsibilityIds: ['r-cred-1', 'r-cred-2', 'r-priv-1'],
      skillIds: ['s-comm'],
      ...overrides,
    }),
  ).value;
}

export function styleMapFor(
  stylesXml: string,
  context: DocumentContext = EMPTY_CONTEXT,
  mapping?: StyleMapping,
): StyleMap {
  return detectStyleMap(parseStylesXml(stylesXml), context, mapping).value;
}

/** The model's WordprocessingML as the .docx adapter writes it: the Word commands, rendered. */
export function ooxmlOf(model: BlockModel, styles: StyleMap, opts: CommandsXmlOptions = {}): string {
  return renderCommandsXml(renderCommands(model, styles).sections, opts).xml;
}

/** The fragment inside a w:body, as Word would hold it. */
export function parseFragment(xml: string): Document {
  return parseXml(`<w:document xmlns:w="${W_NS}"><w:body>${xml}</w:body></w:document>`);
}

/** Each paragraph's style id and text (w:t, with w:tab as tab and w:br as newline), in document order. */
export function paragraphs(doc: Document): { style?: string; text: string; numId?: string }[] {
  return wElements(doc, 'p').map((p) => {
    const pPr = wChild(p, 'pPr');
    const numPr = pPr && wChild(pPr, 'numPr');
    let text = '';
    for (const r of wElements(p, 'r')) {
      for (let n = r.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== 1 || (n as Element).namespaceURI !== W_NS) continue;
        const local = (n as Element).localName;
        if (local === 't') text += n.textContent ?? '';
        else if (local === 'tab') text += '\t';
        else if (local === 'br') text += '\n';
      }
    }
    return {
      style: wAttr(pPr && wChild(pPr, 'pStyle')),
      text,
      ...(numPr ? { numId: wAttr(wChild(numPr, 'numId')) } : {}),
    };
  });
}
