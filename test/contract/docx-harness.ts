/**
 * The contract harness for the .docx adapter: a fixture becomes a .docx written by hand the way Word saves
 * one (test/support/word-package), the port under test is src/docx, and the view is read back from the
 * package's XML with its own small reader (style names from styles.xml, list items from w:numPr on the
 * paragraph or its style chain). Every output's bytes are kept for LibreOffice to open.
 */
import { fixtureParagraphs, fixtureStyleName, isTable, stylesOf } from '../../src/contract/fixtures';
import type {
  ContractHarness,
  DocumentView,
  Fixture,
  FixtureBlock,
  FixtureFeature,
  FixtureFont,
  ViewParagraph,
  ViewTable,
} from '../../src/contract/types';
import { readDocx, readPart } from '../../src/docx/docx-package';
import { ADDIN_ID } from '../../src/docx/addin-id';
import { openDocxPort } from '../../src/docx/docx-document';
import { parseSectionTag } from '../../src/render/section-tag';
import { parseXml } from '../../src/xml/dom';
import { escapeXml } from '../../src/xml/escape';
import { packWordPackage } from '../support/word-package';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Insertion happens at body level: a cursor in a table cell is Word's alone. */
const FEATURES: ReadonlySet<FixtureFeature> = new Set<FixtureFeature>([
  'cursor-in-text',
  'table',
  'list',
  'selection',
  'cursor-in-text',
  'controls',
  'locked-control',
  'track-changes',
  'tracked-deletion',
  'protected',
  'localized-styles',
  'settings',
  'hand-formatting',
]);

const BULLET_NUM_ID = 1;

function stylesXml(fixture: Fixture): string {
  const styles = stylesOf(fixture).map((s, i) => {
    const isDefault = i === 0 || s.name === 'Normal' ? ' w:default="1"' : '';
    const basedOn = s.basedOn ? `<w:basedOn w:val="${escapeXml(s.basedOn)}"/>` : '';
    const numPr = s.list ? `<w:pPr><w:numPr><w:numId w:val="${BULLET_NUM_ID}"/></w:numPr></w:pPr>` : '';
    return (
      `<w:style w:type="${s.type}"${s.type === 'paragraph' ? isDefault : ''} w:styleId="${escapeXml(s.id)}">` +
      `<w:name w:val="${escapeXml(s.name)}"/>${basedOn}${numPr}${fontXml(s.font)}</w:style>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">${styles.join('')}</w:styles>`;
}

const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">` +
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>' +
  `<w:num w:numId="${BULLET_NUM_ID}"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

function fontXml(font: FixtureFont | undefined): string {
  if (!font) return '';
  const name = escapeXml(font.name);
  return `<w:rPr><w:rFonts w:ascii="${name}" w:hAnsi="${name}"/><w:sz w:val="${font.sizePt * 2}"/></w:rPr>`;
}

function run(text: string, font?: FixtureFont): string {
  return text ? `<w:r>${fontXml(font)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : '';
}

function blockXml(block: FixtureBlock, id: () => number): string {
  if (isTable(block)) {
    const style = block.style ? `<w:tblStyle w:val="${escapeXml(block.style)}"/>` : '';
    const rows = block.table.map(
      (row) => `<w:tr>${row.map((cell) => `<w:tc><w:p>${run(cell)}</w:p></w:tc>`).join('')}</w:tr>`,
    );
    return `<w:tbl><w:tblPr>${style}</w:tblPr><w:tblGrid>${block.table[0].map(() => '<w:gridCol w:w="4500"/>').join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
  }
  const pStyle = block.style ? `<w:pStyle w:val="${escapeXml(block.style)}"/>` : '';
  const numPr = block.list ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${BULLET_NUM_ID}"/></w:numPr>` : '';
  const deleted = block.deleted
    ? `<w:del w:id="${id()}" w:author="Reviewer" w:date="2026-01-05T10:00:00Z"><w:r><w:delText xml:space="preserve">${escapeXml(block.deleted)}</w:delText></w:r></w:del>`
    : '';
  return `<w:p>${pStyle || numPr ? `<w:pPr>${pStyle}${numPr}</w:pPr>` : ''}${run(block.text, block.font)}${deleted}</w:p>`;
}

function documentXml(fixture: Fixture): string {
  let next = 100;
  const id = () => next++;
  // Each fixture block's first reading-order paragraph, so controls (by paragraph index) wrap whole blocks.
  const starts: number[] = [];
  let count = 0;
  for (const b of fixture.body) {
    starts.push(count);
    count += isTable(b) ? b.table.flat().length : 1;
  }
  const parts: string[] = [];
  for (let i = 0; i < fixture.body.length;) {
    const control = fixture.controls?.find((c) => c.from === starts[i]);
    if (!control) {
      parts.push(blockXml(fixture.body[i++], id));
      continue;
    }
    const inner: string[] = [];
    while (i < fixture.body.length && starts[i] <= (control.to ?? control.from))
      inner.push(blockXml(fixture.body[i++], id));
    const lock = control.locked ? '<w:lock w:val="sdtContentLocked"/>' : '';
    parts.push(
      `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(control.title)}"/><w:tag w:val="${escapeXml(control.tag)}"/>${lock}<w:id w:val="${id()}"/></w:sdtPr>` +
        `<w:sdtContent>${inner.join('')}</w:sdtContent></w:sdt>`,
    );
  }
  const sectPr =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${parts.join('')}${sectPr}</w:body></w:document>`;
}

function children(el: Element, name?: string): Element[] {
  return Array.from(el.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === W && (!name || (n as Element).localName === name),
  );
}

function child(el: Element | undefined, name: string): Element | undefined {
  return el ? children(el, name)[0] : undefined;
}

function val(el: Element | undefined): string | undefined {
  return el?.getAttributeNS(W, 'val') || undefined;
}

/** The visible text: w:t, with line breaks and tabs as LibreOffice shows them (w:delText is a tracked deletion). */
function text(p: Element): string {
  const shown: Record<string, (e: Element) => string> = {
    t: (e) => e.textContent ?? '',
    br: () => '\n',
    cr: () => '\n',
    tab: () => '\t',
  };
  // Only a run's children: w:tab is also a tab stop in the paragraph's properties.
  return Array.from(p.getElementsByTagNameNS(W, '*'))
    .filter((e) => (e.parentNode as Element | null)?.localName === 'r')
    .map((e) => shown[e.localName]?.(e) ?? '')
    .join('');
}

interface StyleFacts {
  name: string;
  basedOn?: string;
  numbered: boolean;
}

function readStyles(xml: string): { byId: Map<string, StyleFacts>; defaultId?: string } {
  const byId = new Map<string, StyleFacts>();
  let defaultId: string | undefined;
  for (const s of Array.from(parseXml(xml).getElementsByTagNameNS(W, 'style'))) {
    const id = s.getAttributeNS(W, 'styleId') ?? '';
    if (s.getAttributeNS(W, 'type') === 'paragraph' && s.getAttributeNS(W, 'default') === '1') defaultId ??= id;
    byId.set(id, {
      name: val(child(s, 'name')) ?? id,
      basedOn: val(child(s, 'basedOn')),
      numbered: !!child(child(s, 'pPr'), 'numPr'),
    });
  }
  return { byId, defaultId };
}

/** The font set on a run (w:rFonts ascii, w:sz in half points), if any. */
function handFont(r: Element | undefined): Pick<ViewParagraph, 'font'> {
  const rPr = child(r, 'rPr');
  const name = child(rPr, 'rFonts')?.getAttributeNS(W, 'ascii') || undefined;
  const size = Number(val(child(rPr, 'sz')));
  if (!name && !size) return {};
  return { font: { ...(name ? { name } : {}), ...(size ? { sizePt: size / 2 } : {}) } };
}

async function readView(bytes: Uint8Array, fixture: Fixture): Promise<DocumentView> {
  const pkg = await readDocx(bytes, 'output');
  const styles = readStyles((await readPart(pkg, 'word/styles.xml')) ?? '<w:styles/>');
  const body = child(parseXml((await readPart(pkg, 'word/document.xml')) ?? '').documentElement, 'body');
  const view: DocumentView = { content: [], blocks: [] };
  const numberedStyle = (id: string | undefined): boolean => {
    const seen = new Set<string>();
    for (
      let s = id && styles.byId.get(id);
      s && !seen.has(s.name);
      s = s.basedOn ? styles.byId.get(s.basedOn) : undefined
    ) {
      seen.add(s.name);
      if (s.numbered) return true;
    }
    return false;
  };
  const paragraph = (p: Element, block?: number): ViewParagraph => {
    const pPr = child(p, 'pPr');
    const id = val(child(pPr, 'pStyle')) ?? styles.defaultId;
    const numId = val(child(child(pPr, 'numPr'), 'numId'));
    return {
      kind: 'paragraph',
      text: text(p),
      style: fixtureStyleName(fixture, (id && styles.byId.get(id)?.name) ?? id ?? ''),
      listItem: numId !== undefined ? numId !== '0' : numberedStyle(id),
      ...handFont(children(p, 'r').find((r) => text(r))),
      ...(block !== undefined ? { block } : {}),
    };
  };
  const table = (tbl: Element, block?: number): ViewTable => ({
    kind: 'table',
    rows: children(tbl, 'tr').map((tr) => children(tr, 'tc').map((tc) => children(tc, 'p').map(text).join(' '))),
    ...(block !== undefined ? { block } : {}),
  });
  const walk = (parent: Element, block?: number) => {
    for (const el of children(parent)) {
      if (el.localName === 'p') view.content.push(paragraph(el, block));
      else if (el.localName === 'tbl') view.content.push(table(el, block));
      else if (el.localName === 'sdt') {
        const sdtPr = child(el, 'sdtPr');
        const tag = val(child(sdtPr, 'tag')) ?? '';
        const ours = block === undefined && parseSectionTag(tag) !== undefined;
        if (ours) view.blocks.push({ title: val(child(sdtPr, 'alias')) ?? '', tag });
        const content = child(el, 'sdtContent');
        if (content) walk(content, ours ? view.blocks.length - 1 : block);
      }
    }
  };
  if (body) walk(body);
  return view;
}

export interface DocxOutput {
  scenario: number;
  bytes: Uint8Array;
  /** Every paragraph and cell text the view found: what LibreOffice must show. */
  texts: string[];
}

/** The harness, collecting each scenario's final package in `outputs`. */
export function docxHarness(outputs: DocxOutput[]): ContractHarness {
  return {
    host: '.docx adapter',
    features: FEATURES,
    async open(fixture) {
      const bytes = await packWordPackage({
        document: documentXml(fixture),
        styles: stylesXml(fixture),
        numbering: NUMBERING,
        settings:
          (fixture.trackChanges ? '<w:trackRevisions/>' : '') +
          (fixture.protected ? '<w:documentProtection w:edit="readOnly" w:enforcement="1"/>' : ''),
        ...(fixture.settings ? { addin: { id: ADDIN_ID, settings: fixture.settings } } : {}),
      });
      if (fixtureParagraphs(fixture).length === 0) throw new Error('a fixture needs at least one paragraph');
      const port = await openDocxPort(await readDocx(bytes, 'fixture'), { kind: 'paragraph', ...fixture.cursor });
      return {
        port,
        view: async () => readView(await port.bytes(), fixture),
        async close() {
          const final = await port.bytes();
          const view = await readView(final, fixture);
          const texts = view.content.flatMap((c) => (c.kind === 'paragraph' ? [c.text] : c.rows.flat()));
          outputs.push({ scenario: outputs.length, bytes: final, texts: texts.filter((t) => t.trim()) });
        },
      };
    },
  };
}
