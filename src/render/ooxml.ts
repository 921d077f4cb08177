/**
 * Word commands (the plan every port inserts) -> a WordprocessingML body fragment (<w:sdt> per section
 * holding <w:p> and <w:tbl>), for .docx files. Paragraphs name the document's own style ids; a bullet
 * style's own numbering is used as is, and only bullets without one get our numbering (numId from
 * bulletNumberingXml). The fragment uses the w: prefix of the document it is spliced into.
 */
import type { DirectFormatting, StyleDef } from '../house-style/types';
import { info } from '../messages';
import { escapeXml, stripForbiddenXmlChars } from '../xml/escape';
import type { ParagraphCommand, RunCommand, SectionCommand, StyleRef, TableCommand } from './commands';
import type { LaidParagraph, LaidRun, LaidSection, LaidTable } from './layout';
import { restartedNumXml, type NumberedList } from './numbered-lists';
import { paragraphPropertiesXml, runPropertiesXml } from './ooxml-properties';

export interface OoxmlOptions {
  /** The w:numId of the bullet definition added to numbering.xml (bulletNumberingXml().numId). */
  bulletNumId?: number;
  /** Usable width of the page in twentieths of a point, for the table grid (default: 6.5 inches). */
  textWidthTwips?: number;
  /**
   * Numbered house lists restarting per section: the document's numbered lists (numberedListsOf) and the
   * first numId free for new list instances. Absent: lists continue as the style numbers them.
   */
  restartLists?: { numbered: Map<string, NumberedList>; firstNumId: number };
}

const DEFAULT_TEXT_WIDTH = 9360;

/** Said when list items get our bullet definition because no style of the document's own bullets them. */
export const BULLETS_ADDED = info(
  'bullets-added',
  'The document has no bullet style of its own, so a bullet list definition is added for the responsibilities.',
);

/** The laid-out sections as XML; each run of numbered list items (a competency's duties) may restart. */
function sectionsXml(
  sections: readonly LaidSection[],
  numId: number | undefined,
  width: number,
  restartLists: OoxmlOptions['restartLists'],
): { xml: string; restartedLists: string[] } {
  const restartedLists: string[] = [];
  let nextNumId = restartLists?.firstNumId ?? 0;
  let current = '';
  const listItemXml = (p: LaidParagraph): string => {
    const restart = restartLists && restartableList(p, restartLists.numbered);
    if (!restart) return paragraphXml(p, numId);
    if (!current) {
      restartedLists.push(restartedNumXml(nextNumId, restart.list, restart.level));
      current = numPrXml(restart.level, nextNumId++);
    }
    return pXml(p.style, p.runs, current, p.formatting);
  };
  const xml = sections
    .map((s) => {
      current = '';
      const content = s.content
        .map((c) => {
          if (c.kind === 'paragraph' && c.bullet) return listItemXml(c);
          current = '';
          return c.kind === 'paragraph' ? paragraphXml(c, numId) : tableXml(c, width);
        })
        .join('');
      return sdtXml(s.title, s.tag, content);
    })
    .join('');
  return { xml, restartedLists };
}

function sdtXml(title: string, tag: string, content: string): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${xmlText(title)}"/><w:tag w:val="${xmlText(tag)}"/></w:sdtPr>` +
    `<w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

/** How the .docx adapter numbers: its bullet definition and, to restart numbered lists, the document's lists. */
export interface CommandsXmlOptions extends OoxmlOptions {
  /** The list each paragraph style numbers with (StyleDef.list), by style id. */
  styleLists?: ReadonlyMap<string, { numId: string; level: number }>;
}

/**
 * Word commands (the plan every port inserts) -> the same WordprocessingML, for the .docx adapter
 * (src/docx): every style id must be the document's or one added with it; `bulletNumId` numbers the
 * bullets the plan asks for; hand formatting is copied and numbered lists restart per section. The
 * w:num elements for the restarted lists come back to be added to numbering.xml.
 */
export function renderCommandsXml(
  sections: readonly SectionCommand[],
  opts: CommandsXmlOptions = {},
): { xml: string; restartedLists: string[] } {
  const style = (ref: StyleRef | null): StyleDef | null =>
    ref?.id ? { id: ref.id, localName: ref.localName, type: 'paragraph' } : null;
  const run = (r: RunCommand): LaidRun => ({
    text: r.text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.characterStyle ? { characterStyle: { ...style(r.characterStyle)!, type: 'character' as const } } : {}),
    ...(r.placeholder ? { placeholder: true } : {}),
  });
  const width = opts.textWidthTwips ?? DEFAULT_TEXT_WIDTH;
  const laidParagraph = (c: ParagraphCommand): LaidParagraph => {
    const own = c.style.id ? opts.styleLists?.get(c.style.id) : undefined;
    return {
      kind: 'paragraph',
      role: 'body',
      style: style(c.style) && { ...style(c.style)!, ...(own ? { list: own } : {}) },
      runs: c.runs.map(run),
      bullet: c.listItem === true || c.bullet === true,
      needsNumbering: c.bullet === true,
      ...(c.formatting ? { formatting: c.formatting } : {}),
    };
  };
  const laidTable = (c: TableCommand): LaidTable => {
    const group = new Set(c.groupRows ?? []);
    const placeholders = new Map((c.placeholderCells ?? []).map((p) => [`${p.row}:${p.column}`, p.runs]));
    return {
      kind: 'table',
      style: style(c.style),
      headerStyle: style(c.headerStyle),
      bodyStyle: style(c.bodyStyle),
      headerBold: c.headerBold === true,
      header: c.header.map((text) => [{ text, ...(c.headerBold ? { bold: true } : {}) }]),
      rows: c.rows.map((row, i) =>
        row.map((text, column) => {
          const runs = placeholders.get(`${i}:${column}`);
          return runs ? runs.map(run) : [{ text, ...(group.has(i) ? { bold: true } : {}) }];
        }),
      ),
      groupRows: [...group],
    };
  };
  const laid: LaidSection[] = sections.map((s) => ({
    title: s.title,
    tag: s.tag,
    content: s.content.map((c) => (c.kind === 'paragraph' ? laidParagraph(c) : laidTable(c))),
  }));
  return sectionsXml(laid, opts.bulletNumId, width, opts.restartLists);
}

/** The numbered list a list item takes from its style, if that style numbers rather than bullets. */
function restartableList(
  p: LaidParagraph,
  numbered: Map<string, NumberedList>,
): { list: NumberedList; level: number } | undefined {
  // The copied paragraph's own list, else its style's.
  const own = p.formatting?.list ?? p.style?.list;
  if (p.needsNumbering || !own) return undefined;
  const list = numbered.get(own.numId);
  return list?.starts.has(own.level) ? { list, level: own.level } : undefined;
}

function paragraphXml(p: LaidParagraph, numId: number | undefined): string {
  return pXml(p.style, p.runs, p.needsNumbering && numId !== undefined ? numPrXml(0, numId) : '', p.formatting);
}

function numPrXml(level: number, numId: number): string {
  return `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

function pXml(style: StyleDef | null, runs: LaidRun[], numPr = '', formatting?: DirectFormatting): string {
  const pStyle = style ? `<w:pStyle w:val="${xmlText(style.id)}"/>` : '';
  return `<w:p>${paragraphPropertiesXml(pStyle, numPr, formatting)}${runs.map((r) => runXml(r, formatting)).join('')}</w:p>`;
}

function runXml(r: LaidRun, formatting?: DirectFormatting): string {
  const own = [
    ...(r.characterStyle ? [{ name: 'rStyle', xml: `<w:rStyle w:val="${xmlText(r.characterStyle.id)}"/>` }] : []),
    ...(r.bold ? [{ name: 'b', xml: '<w:b/>' }] : []),
    ...(r.placeholder ? [{ name: 'highlight', xml: '<w:highlight w:val="yellow"/>' }] : []),
  ];
  return `<w:r>${runPropertiesXml(own, formatting)}${textXml(r.text)}</w:r>`;
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

function tableXml(t: LaidTable, width: number): string {
  const widths = columnWidths(t, width);
  const tblStyle = t.style ? `<w:tblStyle w:val="${xmlText(t.style.id)}"/>` : '';
  const tblPr =
    `<w:tblPr>${tblStyle}<w:tblW w:w="0" w:type="auto"/>` +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const cell = (runs: LaidRun[], i: number, style: StyleDef | null) =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 0}" w:type="dxa"/></w:tcPr>${pXml(style, runs)}</w:tc>`;
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${t.header.map((h, i) => cell(h, i, t.headerStyle)).join('')}</w:tr>`;
  const rows = t.rows.map((row) => `<w:tr>${row.map((c, i) => cell(c, i, t.bodyStyle)).join('')}</w:tr>`).join('');
  return `<w:tbl>${tblPr}${grid}${header}${rows}</w:tbl>`;
}

/** Columns share the width by how much text they hold, within limits, so labels stay narrow. */
function columnWidths(t: LaidTable, total: number): number[] {
  const columns = Math.max(t.header.length, ...t.rows.map((r) => r.length));
  const length = (runs: LaidRun[] | undefined) => (runs ?? []).reduce((n, r) => n + r.text.length, 0);
  const weights = Array.from({ length: columns }, (_, i) =>
    Math.min(60, Math.max(10, length(t.header[i]), ...t.rows.map((r) => length(r[i])))),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((total * w) / sum));
}
