/**
 * Block model + style map -> a WordprocessingML body fragment (<w:sdt> per section holding <w:p> and
 * <w:tbl>), for .docx files. Paragraphs name the document's own style ids; a bullet style's own
 * numbering is used as is, and only bullets without one get our numbering (numId from bulletNumberingXml).
 * The fragment uses the w: prefix of the document it is spliced into.
 */
import type { BlockModel } from '../compose/blocks';
import type { StyleDef, StyleMap } from '../house-style/types';
import { info, warning, type Message, type WithMessages } from '../messages';
import { escapeXml, stripForbiddenXmlChars } from '../xml/escape';
import type { ContentCommand, RunCommand, SectionCommand } from './commands';
import { layOut, type LaidParagraph, type LaidRun, type LaidTable } from './layout';

export interface OoxmlOptions {
  /** The w:numId of the bullet definition added to numbering.xml (bulletNumberingXml().numId). */
  bulletNumId?: number;
  /** Usable width of the page in twentieths of a point, for the table grid (default: 6.5 inches). */
  textWidthTwips?: number;
}

export interface OoxmlBody {
  xml: string;
  /** Built-ins the document lacks: add them with builtinStyleXml() before saving. */
  requiredStyles: StyleDef[];
  /** True when numbering.xml must receive the bullet definition whose numId was passed in. */
  needsBulletNumbering: boolean;
}

const DEFAULT_TEXT_WIDTH = 9360;

export function renderOoxmlBody(model: BlockModel, styles: StyleMap, opts: OoxmlOptions = {}): WithMessages<OoxmlBody> {
  const layout = layOut(model, styles);
  const messages: Message[] = [];
  const numId = layout.needsBulletNumbering ? opts.bulletNumId : undefined;
  if (layout.needsBulletNumbering && numId === undefined) {
    messages.push(
      warning(
        'bullet-numbering-missing',
        'No bullet numbering was supplied, so the list items are inserted without bullets.',
      ),
    );
  }
  if (
    layout.sections.some((s) => s.content.some((c) => c.kind === 'paragraph' && c.needsNumbering)) &&
    numId !== undefined
  ) {
    messages.push(
      info(
        'bullets-added',
        'The document has no bullet style of its own, so a bullet list definition is added for the responsibilities.',
      ),
    );
  }
  const sections = layout.sections.map((s) => ({
    title: s.title,
    tag: s.tag,
    content: s.content.map((c) => (c.kind === 'paragraph' ? laidParagraph(c, numId) : laidTable(c))),
  }));
  const xml = sectionsXml(sections, opts.textWidthTwips);
  return { value: { xml, requiredStyles: layout.requiredStyles, needsBulletNumbering: numId !== undefined }, messages };
}

/** What the XML writers take: laid-out blocks and Word commands both come down to these. */
interface XmlRun {
  text: string;
  bold?: boolean;
  characterStyleId?: string;
  placeholder?: boolean;
}

interface XmlParagraph {
  kind: 'paragraph';
  styleId?: string;
  runs: XmlRun[];
  /** The w:numId that makes it a bullet, when its style does not. */
  numId?: number;
}

interface XmlTable {
  kind: 'table';
  styleId?: string;
  headerStyleId?: string;
  bodyStyleId?: string;
  header: XmlRun[][];
  rows: XmlRun[][][];
}

interface XmlSection {
  title: string;
  tag: string;
  content: (XmlParagraph | XmlTable)[];
}

function laidRun(r: LaidRun): XmlRun {
  return { text: r.text, bold: r.bold, characterStyleId: r.characterStyle?.id, placeholder: r.placeholder };
}

function laidParagraph(p: LaidParagraph, numId: number | undefined): XmlParagraph {
  return {
    kind: 'paragraph',
    styleId: p.style?.id,
    runs: p.runs.map(laidRun),
    ...(p.needsNumbering && numId !== undefined ? { numId } : {}),
  };
}

function laidTable(t: LaidTable): XmlTable {
  return {
    kind: 'table',
    styleId: t.style?.id,
    headerStyleId: t.headerStyle?.id,
    bodyStyleId: t.bodyStyle?.id,
    header: t.header.map((cell) => cell.map(laidRun)),
    rows: t.rows.map((row) => row.map((cell) => cell.map(laidRun))),
  };
}

/**
 * Word commands (the plan every port inserts) -> the same WordprocessingML, for the .docx adapter. Every
 * style id must be the document's (or one added with it); `bulletNumId` numbers the bullets the plan asks for.
 */
export function renderCommandsXml(sections: readonly SectionCommand[], opts: OoxmlOptions = {}): string {
  const run = (r: RunCommand): XmlRun => ({
    text: r.text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.characterStyle ? { characterStyleId: r.characterStyle.id } : {}),
    ...(r.placeholder ? { placeholder: true } : {}),
  });
  const content = (c: ContentCommand): XmlParagraph | XmlTable =>
    c.kind === 'paragraph'
      ? {
          kind: 'paragraph',
          styleId: c.style.id,
          runs: c.runs.map(run),
          ...(c.bullet && opts.bulletNumId !== undefined ? { numId: opts.bulletNumId } : {}),
        }
      : {
          kind: 'table',
          styleId: c.style?.id,
          headerStyleId: c.headerStyle.id,
          bodyStyleId: c.bodyStyle.id,
          header: c.header.map((text) => [{ text, ...(c.headerBold ? { bold: true } : {}) }]),
          rows: c.rows.map((row) => row.map((text) => [{ text }])),
        };
  return sectionsXml(
    sections.map((s) => ({ title: s.title, tag: s.tag, content: s.content.map(content) })),
    opts.textWidthTwips,
  );
}

function sectionsXml(sections: XmlSection[], textWidthTwips = DEFAULT_TEXT_WIDTH): string {
  return sections
    .map((s) => {
      const content = s.content
        .map((c) => (c.kind === 'paragraph' ? paragraphXml(c) : tableXml(c, textWidthTwips)))
        .join('');
      return (
        `<w:sdt><w:sdtPr><w:alias w:val="${xmlText(s.title)}"/><w:tag w:val="${xmlText(s.tag)}"/></w:sdtPr>` +
        `<w:sdtContent>${content}</w:sdtContent></w:sdt>`
      );
    })
    .join('');
}

function paragraphXml(p: XmlParagraph): string {
  const numPr = p.numId !== undefined ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.numId}"/></w:numPr>` : '';
  return pXml(p.styleId, p.runs, numPr);
}

function pXml(styleId: string | undefined, runs: XmlRun[], numPr = ''): string {
  const pStyle = styleId ? `<w:pStyle w:val="${xmlText(styleId)}"/>` : '';
  const pPr = pStyle || numPr ? `<w:pPr>${pStyle}${numPr}</w:pPr>` : '';
  return `<w:p>${pPr}${runs.map(runXml).join('')}</w:p>`;
}

function runXml(r: XmlRun): string {
  const rStyle = r.characterStyleId ? `<w:rStyle w:val="${xmlText(r.characterStyleId)}"/>` : '';
  const props = rStyle + (r.bold ? '<w:b/>' : '') + (r.placeholder ? '<w:highlight w:val="yellow"/>' : '');
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${textXml(r.text)}</w:r>`;
}

/** Tabs and line breaks become Word's own elements; everything else is escaped text. */
function textXml(text: string): string {
  // Forbidden characters go first, so "\r\u0008\n" is one line ending, as it reads once they are gone.
  return stripForbiddenXmlChars(text)
    .split(/(\t|\r\n|\r|\n)/)
    .map((part) => {
      if (part === '\t') return '<w:tab/>';
      if (part === '\n' || part === '\r' || part === '\r\n') return '<w:br/>';
      const escaped = xmlText(part);
      return escaped ? `<w:t xml:space="preserve">${escaped}</w:t>` : '';
    })
    .join('');
}

/** Escaped text; NEL, LINE and PARAGRAPH SEPARATOR as references, since some parsers (xmldom) fold them into line feeds. */
function xmlText(text: string): string {
  return escapeXml(text).replace(/[\u0085\u2028\u2029]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}

function tableXml(t: XmlTable, width: number): string {
  const widths = columnWidths(t, width);
  const tblStyle = t.styleId ? `<w:tblStyle w:val="${xmlText(t.styleId)}"/>` : '';
  const tblPr =
    `<w:tblPr>${tblStyle}<w:tblW w:w="0" w:type="auto"/>` +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const cell = (runs: XmlRun[], i: number, styleId: string | undefined) =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 0}" w:type="dxa"/></w:tcPr>${pXml(styleId, runs)}</w:tc>`;
  const header = t.header.length
    ? `<w:tr><w:trPr><w:tblHeader/></w:trPr>${t.header.map((h, i) => cell(h, i, t.headerStyleId)).join('')}</w:tr>`
    : '';
  const rows = t.rows.map((row) => `<w:tr>${row.map((c, i) => cell(c, i, t.bodyStyleId)).join('')}</w:tr>`).join('');
  return `<w:tbl>${tblPr}${grid}${header}${rows}</w:tbl>`;
}

/** Columns share the width by how much text they hold, within limits, so labels stay narrow. */
function columnWidths(t: XmlTable, total: number): number[] {
  const columns = Math.max(t.header.length, ...t.rows.map((r) => r.length));
  const length = (runs: XmlRun[] | undefined) => (runs ?? []).reduce((n, r) => n + r.text.length, 0);
  const weights = Array.from({ length: columns }, (_, i) =>
    Math.min(60, Math.max(10, length(t.header[i]), ...t.rows.map((r) => length(r[i])))),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((total * w) / sum));
}
