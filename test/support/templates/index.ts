/**
 * Test templates, built in memory from hand-written OOXML. All share one layout (a title, an overview with
 * a subheading, the "Job Description" heading, a bookmarked lead-in paragraph, the placeholder, then an
 * approvals part), so tests can compare them; they differ in their house style:
 * - plain: only Normal and Heading 1 (everything else must be added as Word's built-ins);
 * - house: custom headings, bullets (with their own numbering), body and table style in their own fonts and colours;
 * - german: localized built-in ids ("berschrift1", "Aufzhlungszeichen", ...) as German Word writes them;
 * - numbered: numbered lists already using numIds 1..3, and no bullet style.
 */
import { documentXml, numberingXml, p, style, stylesXml, table } from './ooxml';
import { packWordPackage, type WordPackage } from '../word-package';

/** The test templates are Word packages carrying a title in docProps/core.xml. */
function packTemplate(parts: Pick<WordPackage, 'document' | 'styles' | 'numbering'>): Promise<Uint8Array> {
  return packWordPackage({ ...parts, title: 'Job description template' });
}

export const PLACEHOLDER = '[[JOB DESCRIPTION]]';
export const BOOKMARK = 'JobDescriptionStart';

export type TemplateKind = 'plain' | 'house' | 'german' | 'numbered';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['plain', 'house', 'german', 'numbered'];

/** The style ids a correct insertion uses in each template (built-ins it lacks are added by their English id). */
export interface ExpectedStyles {
  sectionHeading: string;
  competencyHeading: string;
  responsibility: string;
  table: string;
}

export interface Template {
  kind: TemplateKind;
  bytes: Uint8Array;
  expected: ExpectedStyles;
}

interface Layout {
  title: string;
  h1: string;
  h2: string;
  body: string;
  bullet?: (text: string) => string;
  tableStyle?: string;
}

function body(l: Layout, placeholder: string): string[] {
  const bullet = l.bullet ?? ((t: string) => p(t, { style: l.body }));
  return [
    p('Director, Medical Staff Services', { style: l.title }),
    p('Department: Medical Staff Services', { style: l.body }),
    p('Position Overview', { style: l.h1 }),
    p('Summary', { style: l.h2 }),
    p('Leads the credentialing and privileging of practitioners for the organization.', { style: l.body }),
    bullet('Reports to the Chief Medical Officer.'),
    bullet('Works with every department of the medical staff.'),
    p('Job Description', { style: l.h1 }),
    p('The duties below follow the NAMSS Job Description Builder.', {
      style: l.body,
      bookmark: { id: 0, name: BOOKMARK },
    }),
    placeholder,
    p('Approvals', { style: l.h1 }),
    p('Signatures', { style: l.h2 }),
    p('Employee: ____________________   Date: ________', { style: l.body }),
    ...(l.tableStyle !== undefined
      ? [
          table(l.tableStyle, [
            ['Approved by', 'Date'],
            ['Human Resources', ''],
          ]),
        ]
      : []),
    p('This job description is reviewed every year.', { style: l.body }),
  ];
}

/** The placeholder split over two runs, as Word stores text typed in two goes. */
const placeholderParagraph = (styleId?: string) => p(['[[JOB ', 'DESCRIPTION]]'], { style: styleId });

export async function buildTemplate(kind: TemplateKind): Promise<Template> {
  switch (kind) {
    case 'plain':
      return {
        kind,
        bytes: await packTemplate({
          document: documentXml(
            body({ title: 'Heading1', h1: 'Heading1', h2: 'Heading1', body: 'Normal' }, placeholderParagraph()),
          ),
          styles: stylesXml([
            style({ id: 'Normal', name: 'Normal', isDefault: true }),
            style({
              id: 'Heading1',
              name: 'heading 1',
              basedOn: 'Normal',
              outlineLevel: 1,
              bold: true,
              sizeHalfPoints: 32,
            }),
          ]),
        }),
        expected: {
          sectionHeading: 'Heading1',
          competencyHeading: 'Heading2',
          responsibility: 'ListBullet',
          table: 'TableGrid',
        },
      };
    case 'house':
      return {
        kind,
        bytes: await packTemplate({
          document: documentXml(
            body(
              {
                title: 'JDTitle',
                h1: 'JDHeading',
                h2: 'JDSubheading',
                body: 'JDBody',
                bullet: (t) => p(t, { style: 'JDBullet' }),
                tableStyle: 'JDTable',
              },
              placeholderParagraph('JDBody'),
            ),
          ),
          styles: stylesXml([
            style({ id: 'Normal', name: 'Normal', isDefault: true }),
            style({
              id: 'JDTitle',
              name: 'JD Title',
              basedOn: 'Normal',
              font: 'DejaVu Serif',
              color: '7B2C83',
              sizeHalfPoints: 40,
              bold: true,
            }),
            style({
              id: 'JDHeading',
              name: 'JD Heading',
              basedOn: 'Normal',
              outlineLevel: 1,
              font: 'DejaVu Serif',
              color: '1F4E79',
              sizeHalfPoints: 30,
              bold: true,
            }),
            style({
              id: 'JDSubheading',
              name: 'JD Subheading',
              basedOn: 'Normal',
              outlineLevel: 2,
              font: 'DejaVu Serif',
              color: 'C55A11',
              sizeHalfPoints: 26,
            }),
            style({
              id: 'JDBody',
              name: 'JD Body',
              basedOn: 'Normal',
              font: 'DejaVu Sans',
              color: '333333',
              sizeHalfPoints: 20,
            }),
            style({
              id: 'JDBullet',
              name: 'JD Bullet',
              basedOn: 'JDBody',
              numId: 1,
              font: 'DejaVu Sans',
              color: '2E5E2E',
              sizeHalfPoints: 20,
            }),
            style({ type: 'table', id: 'JDTable', name: 'JD Table' }),
          ]),
          numbering: numberingXml([{ format: 'bullet', text: '\u25A0', font: 'DejaVu Sans' }]),
        }),
        expected: {
          sectionHeading: 'JDHeading',
          competencyHeading: 'JDSubheading',
          responsibility: 'JDBullet',
          table: 'JDTable',
        },
      };
    case 'german':
      return {
        kind,
        bytes: await packTemplate({
          document: documentXml(
            body(
              {
                title: 'Titel',
                h1: 'berschrift1',
                h2: 'berschrift2',
                body: 'Standard',
                bullet: (t) => p(t, { style: 'Aufzhlungszeichen' }),
                tableStyle: 'Tabellenraster',
              },
              placeholderParagraph(),
            ),
          ),
          styles: stylesXml([
            style({ id: 'Standard', name: 'Normal', isDefault: true }),
            style({ id: 'Titel', name: 'Title', basedOn: 'Standard', sizeHalfPoints: 48 }),
            style({
              id: 'berschrift1',
              name: 'heading 1',
              basedOn: 'Standard',
              outlineLevel: 1,
              bold: true,
              sizeHalfPoints: 32,
              color: '2F5496',
            }),
            style({
              id: 'berschrift2',
              name: 'heading 2',
              basedOn: 'Standard',
              outlineLevel: 2,
              bold: true,
              sizeHalfPoints: 26,
              color: '2F5496',
            }),
            style({ id: 'Listenabsatz', name: 'List Paragraph', basedOn: 'Standard' }),
            style({ id: 'Aufzhlungszeichen', name: 'List Bullet', basedOn: 'Standard', numId: 1 }),
            style({ type: 'table', id: 'Tabellenraster', name: 'Table Grid' }),
          ]),
          numbering: numberingXml([{ format: 'bullet', text: '\u2022', font: 'Symbol' }]),
        }),
        expected: {
          sectionHeading: 'berschrift1',
          competencyHeading: 'berschrift2',
          responsibility: 'Aufzhlungszeichen',
          table: 'Tabellenraster',
        },
      };
    case 'numbered':
      return {
        kind,
        bytes: await packTemplate({
          document: documentXml(
            body(
              {
                title: 'Heading1',
                h1: 'Heading1',
                h2: 'Heading2',
                body: 'Normal',
                // Three separate numbered lists: the inserted bullets must not join or restart any of them.
                bullet: (t) => p(t, { style: 'ListParagraph', numId: t.startsWith('Reports') ? 1 : 2 }),
              },
              placeholderParagraph(),
            ).concat(p('Reviewed on: 1. hire  2. yearly', { style: 'ListParagraph', numId: 3 })),
          ),
          styles: stylesXml([
            style({ id: 'Normal', name: 'Normal', isDefault: true }),
            style({
              id: 'Heading1',
              name: 'heading 1',
              basedOn: 'Normal',
              outlineLevel: 1,
              bold: true,
              sizeHalfPoints: 32,
            }),
            style({
              id: 'Heading2',
              name: 'heading 2',
              basedOn: 'Normal',
              outlineLevel: 2,
              bold: true,
              sizeHalfPoints: 26,
            }),
            style({ id: 'ListParagraph', name: 'List Paragraph', basedOn: 'Normal' }),
          ]),
          numbering: numberingXml([
            { format: 'decimal', text: '%1.' },
            { format: 'lowerLetter', text: '%1)' },
            { format: 'decimal', text: '(%1)' },
          ]),
        }),
        // Like Word's own bullet button: the document's list paragraph style, with a bullet list definition of ours.
        expected: {
          sectionHeading: 'Heading1',
          competencyHeading: 'Heading2',
          responsibility: 'ListParagraph',
          table: 'TableGrid',
        },
      };
  }
}

/** A plain template whose placeholder paragraph reads `text` (optionally inside a bookmark), for edge cases. */
export async function buildPlaceholderTemplate(text: string, bookmark?: string): Promise<Uint8Array> {
  return packTemplate({
    document: documentXml([
      p('Job Description', { style: 'Heading1' }),
      p('Before the placeholder.'),
      p(text, bookmark ? { bookmark: { id: 7, name: bookmark } } : {}),
      p('After the placeholder.'),
    ]),
    styles: stylesXml([
      style({ id: 'Normal', name: 'Normal', isDefault: true }),
      style({ id: 'Heading1', name: 'heading 1', basedOn: 'Normal', outlineLevel: 1, bold: true }),
    ]),
  });
}
