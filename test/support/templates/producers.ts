/**
 * Job-description templates shaped like those each producer of .docx files writes: the same content (a
 * title, an overview with its bullets, the "Duties and Responsibilities" heading with the placeholder right
 * under it, an approvals part), in each producer's own way of writing a package:
 * - word-windows: Word's namespaces, mc:Ignorable, rsids; List Bullet style with its own list;
 * - word-mac: the same plus w:numIdMacAtCleanup closing the numbering part;
 * - word-web: bullets formatted by hand: List Paragraph (12 pt) with numbering, indent, 11 pt Calibri set directly;
 * - google-docs: every run formatted by hand (9 pt Lato), bullets are Normal paragraphs with direct numbering;
 * - google-docs-no-lists: a Google Docs export without lists: its numbering part is one self-closing element;
 * - libreoffice: "Standard"-style names under Word ids, numbering with no trailing elements, CRLF line ends;
 * - wps / russian: short localized ids ("a" Normal, "1"/"2" headings, "a3" List Paragraph) that mean
 *   other things elsewhere; WPS's "2" is Heading 2, this Russian file's "2" is Body Text Indent 2;
 * - pages: no numbering part at all, a default style that is not called Normal, another prefix ("ns0:")
 *   for the styles part.
 */
import JSZip from 'jszip';
import { escapeXml } from '../../../src/xml/escape';

export type ProducerKind = (typeof PRODUCER_KINDS)[number];

export const PRODUCER_KINDS = [
  'word-windows',
  'word-mac',
  'word-web',
  'google-docs',
  'google-docs-no-lists',
  'libreoffice',
  'wps',
  'russian',
  'pages',
] as const;

export const PRODUCER_PLACEHOLDER = '[[JOB DESCRIPTION]]';
/** The document's own bullets, body text and headings, by their text (tests find them by it). */
export const OWN = {
  bullet: 'Reports to the Chief Medical Officer.',
  body: 'Leads the credentialing and privileging of practitioners.',
  partHeading: 'Duties and Responsibilities',
  subheading: 'Summary',
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORD_NS =
  `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ` +
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="${R}" xmlns:w="${W}" ` +
  `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ` +
  'mc:Ignorable="w14 w15"';

interface Ids {
  normal: string;
  h1: string;
  h2: string;
  title: string;
  /** The bullets' paragraph style; absent when the document has no list of its own. */
  bullet?: string;
}

/** Direct formatting on the document's own paragraphs: w:pPr children (after w:pStyle) and each run's w:rPr. */
interface Hand {
  pPr?: string;
  rPr?: string;
}

interface Producer {
  ids: Ids;
  /** Hand formatting of the bullets, of the headings and of every other paragraph. */
  hand?: { bullet?: Hand; heading?: Hand; text?: Hand };
  styles?: string;
  numbering?: string;
  /** Namespace declarations of the document root. */
  rootNs: string;
  rsid: boolean;
  eol: string;
}

const IDS_ENGLISH: Ids = { normal: 'Normal', h1: 'Heading1', h2: 'Heading2', title: 'Title', bullet: 'ListBullet' };

/** Markup written with w: as the producer writes it, under another prefix. */
function withPrefix(prefix: string, xml: string): string {
  return xml.replace(/<w:/g, `<${prefix}`).replace(/<\/w:/g, `</${prefix}`).replace(/ w:/g, ` ${prefix}`);
}

function styleXml(
  prefix: string,
  o: { id: string; name: string; basedOn?: string; isDefault?: boolean; pPr?: string; rPr?: string; type?: string },
): string {
  return withPrefix(
    prefix,
    `<w:style w:type="${o.type ?? 'paragraph'}"${o.isDefault ? ' w:default="1"' : ''} w:styleId="${o.id}">` +
      `<w:name w:val="${escapeXml(o.name)}"/>${o.basedOn ? `<w:basedOn w:val="${o.basedOn}"/>` : ''}<w:qFormat/>` +
      `${o.pPr ? `<w:pPr>${o.pPr}</w:pPr>` : ''}${o.rPr ? `<w:rPr>${o.rPr}</w:rPr>` : ''}</w:style>`,
  );
}

const font = (name: string, halfPoints: number) =>
  `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:cs="${name}"/><w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;

/** The styles every producer defines (under its own ids), plus its extras. */
function stylesPart(
  ids: Ids,
  opts: { prefix?: string; decl?: string; extra?: string[]; bulletNumId?: number; bulletName?: string } = {},
) {
  const prefix = opts.prefix ?? 'w:';
  const decl = opts.decl ?? `xmlns:w="${W}"`;
  const defaults =
    `<w:docDefaults><w:rPrDefault><w:rPr>${font('Calibri', 22)}</w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>';
  const styles = [
    styleXml(prefix, { id: ids.normal, name: 'Normal', isDefault: true }),
    styleXml(prefix, { id: ids.title, name: 'Title', basedOn: ids.normal, rPr: font('Cambria', 48) }),
    styleXml(prefix, {
      id: ids.h1,
      name: 'heading 1',
      basedOn: ids.normal,
      pPr: '<w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/>',
      rPr: `${font('Cambria', 32)}<w:b/>`,
    }),
    styleXml(prefix, {
      id: ids.h2,
      name: 'heading 2',
      basedOn: ids.normal,
      pPr: '<w:keepNext/><w:outlineLvl w:val="1"/>',
      rPr: `${font('Cambria', 26)}<w:b/>`,
    }),
    ...(opts.bulletNumId !== undefined && ids.bullet
      ? [
          styleXml(prefix, {
            id: ids.bullet,
            name: opts.bulletName ?? 'List Bullet',
            basedOn: ids.normal,
            pPr: `<w:numPr><w:numId w:val="${opts.bulletNumId}"/></w:numPr><w:ind w:left="360" w:hanging="360"/>`,
            rPr: font('Calibri', 21),
          }),
        ]
      : []),
    ...(opts.extra ?? []),
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}styles ${decl}>${withPrefix(prefix, defaults)}${styles}</${prefix}styles>`;
}

/** One bullet (or numbered) list definition, numId `numId` on abstractNumId 0. */
function numberingPart(numId: number, format: 'bullet' | 'decimal', tail = ''): string {
  const text = format === 'bullet' ? '\u2022' : '%1.';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${WORD_NS}>` +
    `<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="hybridMultilevel"/>` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
    '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' +
    `<w:num w:numId="${numId}"><w:abstractNumId w:val="0"/></w:num>${tail}</w:numbering>`
  );
}

function producer(kind: ProducerKind): Producer {
  const word = { rootNs: WORD_NS, rsid: true, eol: '\r\n' };
  switch (kind) {
    case 'word-web': {
      // The issue's case: 11 pt Calibri bullets formatted by hand on List Paragraph, whose style says 12 pt.
      const ids = { ...IDS_ENGLISH, bullet: 'ListParagraph' };
      return {
        ...word,
        ids,
        styles: stylesPart(ids, {
          extra: [
            styleXml('w:', {
              id: 'ListParagraph',
              name: 'List Paragraph',
              basedOn: 'Normal',
              pPr: '<w:ind w:left="720"/><w:contextualSpacing/>',
              rPr: '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="24"/>',
            }),
          ],
        }),
        numbering: numberingPart(1, 'bullet'),
        hand: {
          bullet: {
            pPr: '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="284" w:hanging="284"/>',
            rPr: font('Calibri', 22),
          },
        },
      };
    }
    case 'word-windows':
      return {
        ...word,
        ids: IDS_ENGLISH,
        styles: stylesPart(IDS_ENGLISH, { bulletNumId: 1 }),
        numbering: numberingPart(1, 'bullet'),
      };
    case 'word-mac':
      return {
        ...word,
        ids: IDS_ENGLISH,
        styles: stylesPart(IDS_ENGLISH, { bulletNumId: 1 }),
        numbering: numberingPart(1, 'bullet', '<w:numIdMacAtCleanup w:val="0"/>'),
      };
    case 'google-docs': {
      // Google Docs writes the look on every run and paragraph; its bullets are Normal paragraphs.
      const ids: Ids = { ...IDS_ENGLISH, bullet: 'Normal' };
      return {
        rootNs: `xmlns:w="${W}" xmlns:r="${R}"`,
        rsid: false,
        eol: '',
        ids,
        styles: stylesPart(ids),
        numbering: numberingPart(1, 'bullet').replace('w:left="360"', 'w:left="720"'),
        hand: {
          bullet: {
            pPr: '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="0"/><w:ind w:left="720" w:hanging="360"/>',
            rPr: font('Lato', 18),
          },
          heading: { pPr: '<w:spacing w:before="200"/>', rPr: `${font('Lato', 28)}<w:b/>` },
          text: { pPr: '<w:spacing w:after="0"/>', rPr: font('Lato', 18) },
        },
      };
    }
    case 'google-docs-no-lists': {
      // This export has no list left, and its numbering part is one self-closing element, so the block
      // brings its own bullets.
      const ids: Ids = { ...IDS_ENGLISH, bullet: undefined };
      return {
        rootNs: `xmlns:w="${W}" xmlns:r="${R}"`,
        rsid: false,
        eol: '',
        ids,
        styles: stylesPart(ids),
        numbering: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}"/>`,
      };
    }
    case 'libreoffice': {
      const ids = IDS_ENGLISH;
      return {
        rootNs: `xmlns:w="${W}" xmlns:r="${R}"`,
        rsid: false,
        eol: '\r\n',
        ids,
        styles: stylesPart(ids, { bulletNumId: 2 }),
        numbering: numberingPart(2, 'bullet'),
      };
    }
    case 'wps': {
      // WPS (as Russian Word): "a" is Normal, "1"/"2" the headings; the duties are a numbered list in a custom style.
      const ids: Ids = { normal: 'a', h1: '1', h2: '2', title: 'a4', bullet: 'a5' };
      return {
        ...word,
        ids,
        styles: stylesPart(ids, {
          bulletNumId: 1,
          bulletName: 'Duties',
          extra: [styleXml('w:', { id: 'a0', name: 'Default Paragraph Font', type: 'character' })],
        }),
        numbering: numberingPart(1, 'decimal'),
      };
    }
    case 'russian': {
      // Here "2" is Body Text Indent 2 and "a" is List Number; Normal is "a0", the headings "10" and "20".
      const ids: Ids = { normal: 'a0', h1: '10', h2: '20', title: 'a5', bullet: 'a6' };
      return {
        ...word,
        ids,
        styles: stylesPart(ids, {
          bulletNumId: 3,
          extra: [
            styleXml('w:', { id: '2', name: 'Body Text Indent 2', basedOn: 'a0', pPr: '<w:ind w:left="283"/>' }),
            styleXml('w:', { id: 'a', name: 'List Number', basedOn: 'a0' }),
          ],
        }),
        numbering: numberingPart(3, 'bullet'),
      };
    }
    case 'pages': {
      // Apple Pages: the default style is "Body" (no "Normal"), no numbering part, styles with another prefix.
      const ids: Ids = { normal: 'Body', h1: 'Heading1', h2: 'Heading2', title: 'Title' };
      return {
        rootNs: `xmlns:w="${W}" xmlns:r="${R}"`,
        rsid: false,
        eol: '\n',
        ids,
        styles: stylesPart(ids, { prefix: 'ns0:', decl: `xmlns:ns0="${W}"` }).replace(
          'ns0:val="Normal"',
          'ns0:val="Body"',
        ),
      };
    }
  }
}

function para(text: string, style: string | undefined, opts: { hand?: Hand; rsid?: boolean } = {}): string {
  const own = `${style ? `<w:pStyle w:val="${style}"/>` : ''}${opts.hand?.pPr ?? ''}`;
  const rsid = opts.rsid ? ' w:rsidR="00A1B2C3" w14:paraId="1A2B3C4D" w14:textId="77777777"' : '';
  const rPr = opts.hand?.rPr ? `<w:rPr>${opts.hand.rPr}</w:rPr>` : '';
  const pPr = own ? `<w:pPr>${own}</w:pPr>` : '';
  return `<w:p${rsid}>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

export interface ProducerTemplate {
  kind: ProducerKind;
  bytes: Uint8Array;
  /** The document has bullets (or numbered duties) of its own, for the inserted ones to match. */
  ownList: boolean;
}

export async function buildProducerTemplate(kind: ProducerKind): Promise<ProducerTemplate> {
  const pr = producer(kind);
  const { ids } = pr;
  const as = (hand?: Hand) => ({ rsid: pr.rsid, ...(hand ? { hand } : {}) });
  const heading = as(pr.hand?.heading);
  const text = as(pr.hand?.text);
  const bullet = (t: string) => para(t, ids.bullet, as(pr.hand?.bullet));
  const body = [
    para('Director, Medical Staff Services', ids.title, text),
    para('Position Overview', ids.h1, heading),
    para(OWN.subheading, ids.h2, heading),
    para(OWN.body, kind === 'pages' ? undefined : ids.normal, text),
    bullet(OWN.bullet),
    bullet('Works with every department of the medical staff.'),
    para(OWN.partHeading, ids.h1, heading),
    para(PRODUCER_PLACEHOLDER, undefined, text),
    para('Approvals', ids.h1, heading),
    para('This job description is reviewed every year.', undefined, text),
  ];
  const sectPr =
    '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${pr.eol || '\n'}<w:document ${pr.rootNs}><w:body>${body.join(pr.eol)}${sectPr}</w:body></w:document>`;
  return { kind, bytes: await pack(document, pr), ownList: !!ids.bullet };
}

async function pack(document: string, pr: Producer): Promise<Uint8Array> {
  const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const zip = new JSZip();
  const parts: Array<[string, string, string]> = [
    ...(pr.styles ? [['styles', 'styles.xml', `${CT}.styles+xml`] as [string, string, string]] : []),
    ...(pr.numbering ? [['numbering', 'numbering.xml', `${CT}.numbering+xml`] as [string, string, string]] : []),
  ];
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>` +
      parts.map(([, name, type]) => `<Override PartName="/word/${name}" ContentType="${type}"/>`).join('') +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      parts.map(([type, name], i) => `<Relationship Id="rId${i + 1}" Type="${R}/${type}" Target="${name}"/>`).join('') +
      '</Relationships>',
  );
  zip.file('word/document.xml', document);
  if (pr.styles) zip.file('word/styles.xml', pr.styles);
  if (pr.numbering) zip.file('word/numbering.xml', pr.numbering);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
