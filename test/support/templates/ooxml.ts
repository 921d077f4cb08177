/** Hand-written minimal WordprocessingML pieces for test templates. */
import { escapeXml } from '../../../src/xml/escape';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface ParagraphOptions {
  style?: string;
  /** List numbering given directly on the paragraph. */
  numId?: number;
  /** A bookmark around the paragraph's text. */
  bookmark?: { id: number; name: string };
}

/** A paragraph; `text` may be split over several runs (an array) the way Word often stores it. */
export function p(text: string | string[], options: ParagraphOptions = {}): string {
  const pPr = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.numId !== undefined ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${options.numId}"/></w:numPr>` : '',
  ].join('');
  const runs = (Array.isArray(text) ? text : [text])
    .map((t) => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`)
    .join('');
  const mark = options.bookmark;
  const body = mark
    ? `<w:bookmarkStart w:id="${mark.id}" w:name="${mark.name}"/>${runs}<w:bookmarkEnd w:id="${mark.id}"/>`
    : runs;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${body}</w:p>`;
}

export function table(style: string | undefined, rows: string[][]): string {
  const tblPr = `<w:tblPr>${style ? `<w:tblStyle w:val="${style}"/>` : ''}<w:tblW w:w="0" w:type="auto"/></w:tblPr>`;
  const grid = `<w:tblGrid>${rows[0].map(() => '<w:gridCol w:w="4500"/>').join('')}</w:tblGrid>`;
  const trs = rows.map(
    (cells) =>
      `<w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${p(c)}</w:tc>`).join('')}</w:tr>`,
  );
  return `<w:tbl>${tblPr}${grid}${trs.join('')}</w:tbl>`;
}

export function documentXml(body: string[]): string {
  const sectPr =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}${sectPr}</w:body></w:document>`;
}

export interface StyleOptions {
  type?: 'paragraph' | 'character' | 'table';
  id: string;
  /** w:name: the built-in's English key for built-ins, the display name for custom styles. */
  name: string;
  basedOn?: string;
  isDefault?: boolean;
  outlineLevel?: number;
  numId?: number;
  font?: string;
  color?: string;
  sizeHalfPoints?: number;
  bold?: boolean;
}

export function style(o: StyleOptions): string {
  const type = o.type ?? 'paragraph';
  const pPr = [
    o.numId !== undefined ? `<w:numPr><w:numId w:val="${o.numId}"/></w:numPr>` : '',
    o.outlineLevel !== undefined
      ? `<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="${o.outlineLevel - 1}"/>`
      : '',
  ].join('');
  const rPr = [
    o.font ? `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>` : '',
    o.bold ? '<w:b/>' : '',
    o.color ? `<w:color w:val="${o.color}"/>` : '',
    o.sizeHalfPoints ? `<w:sz w:val="${o.sizeHalfPoints}"/>` : '',
  ].join('');
  const tblPr =
    type === 'table'
      ? '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F4E79"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="1F4E79"/></w:tblBorders></w:tblPr>'
      : '';
  return (
    `<w:style w:type="${type}"${o.isDefault ? ' w:default="1"' : ''} w:styleId="${o.id}">` +
    `<w:name w:val="${escapeXml(o.name)}"/>${o.basedOn ? `<w:basedOn w:val="${o.basedOn}"/>` : ''}<w:qFormat/>` +
    `${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${tblPr}</w:style>`
  );
}

export function stylesXml(styles: string[]): string {
  const defaults =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">${defaults}${styles.join('')}</w:styles>`;
}

/** A numbering part: one abstract definition per entry, numIds 1..n pointing at abstractNumIds 0..n-1. */
export function numberingXml(
  lists: Array<{ format: 'bullet' | 'decimal' | 'lowerLetter'; text: string; font?: string }>,
): string {
  const abstracts = lists.map(
    (l, i) =>
      `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
      `<w:numFmt w:val="${l.format}"/><w:lvlText w:val="${escapeXml(l.text)}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>${l.font ? `<w:rPr><w:rFonts w:ascii="${l.font}" w:hAnsi="${l.font}" w:hint="default"/></w:rPr>` : ''}</w:lvl></w:abstractNum>`,
  );
  const nums = lists.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${abstracts.join('')}${nums.join('')}</w:numbering>`;
}
