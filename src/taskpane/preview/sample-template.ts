/**
 * The sample job-description template the standalone preview runs against: a short document with a
 * few house styles of its own (a custom title, body and bullet style in their own fonts and colours),
 * and an empty paragraph under "Duties and Responsibilities" where the cursor sits.
 */
import type { StyleDef, StyleSheet } from '../../house-style/types';

export interface SampleParagraph {
  /** A style id of the sample's sheet. */
  style: string;
  text: string;
}

const STYLES: StyleDef[] = [
  {
    id: 'Normal',
    localName: 'Normal',
    type: 'paragraph',
    builtInKey: 'normal',
    isDefault: true,
    appearance: { fontFamily: 'Calibri', sizePt: 11, color: '262626', spaceAfterPt: 6 },
  },
  {
    id: 'JDTitle',
    localName: 'JD Title',
    type: 'paragraph',
    basedOn: 'Normal',
    appearance: { fontFamily: 'Georgia', sizePt: 20, bold: true, color: '1F3864', spaceAfterPt: 4 },
  },
  {
    id: 'JDBody',
    localName: 'JD Body',
    type: 'paragraph',
    basedOn: 'Normal',
    appearance: { fontFamily: 'Georgia', sizePt: 10.5, color: '333333', spaceAfterPt: 6 },
  },
  {
    id: 'JDBullet',
    localName: 'JD Bullet',
    type: 'paragraph',
    basedOn: 'JDBody',
    hasNumbering: true,
    appearance: { fontFamily: 'Georgia', sizePt: 10.5, color: '333333', spaceAfterPt: 2 },
  },
  {
    id: 'Heading1',
    localName: 'Heading 1',
    type: 'paragraph',
    builtInKey: 'heading 1',
    basedOn: 'Normal',
    appearance: {
      fontFamily: 'Trebuchet MS',
      sizePt: 14,
      bold: true,
      color: '7A1F3D',
      spaceBeforePt: 14,
      spaceAfterPt: 4,
    },
  },
  {
    id: 'Heading2',
    localName: 'Heading 2',
    type: 'paragraph',
    builtInKey: 'heading 2',
    basedOn: 'Normal',
    appearance: {
      fontFamily: 'Trebuchet MS',
      sizePt: 12,
      bold: true,
      color: '1F3864',
      spaceBeforePt: 10,
      spaceAfterPt: 2,
    },
  },
  {
    id: 'ListBullet',
    localName: 'List Bullet',
    type: 'paragraph',
    builtInKey: 'list bullet',
    basedOn: 'Normal',
    hasNumbering: true,
  },
  {
    id: 'DefaultParagraphFont',
    localName: 'Default Paragraph Font',
    type: 'character',
    builtInKey: 'default paragraph font',
    isDefault: true,
  },
  { id: 'Strong', localName: 'Strong', type: 'character', builtInKey: 'strong', appearance: { bold: true } },
  { id: 'TableNormal', localName: 'Normal Table', type: 'table', builtInKey: 'normal table', isDefault: true },
  { id: 'TableGrid', localName: 'Table Grid', type: 'table', builtInKey: 'table grid', basedOn: 'TableNormal' },
];

/** Where the cursor starts: the empty paragraph under "Duties and Responsibilities". */
export const SAMPLE_CURSOR_INDEX = 6;

const PARAGRAPHS: SampleParagraph[] = [
  { style: 'JDTitle', text: 'Medical Staff Services Professional' },
  { style: 'JDBody', text: 'Department: Medical Staff Services. Reports to: Director, Medical Staff Services.' },
  { style: 'Heading1', text: 'Position Summary' },
  {
    style: 'JDBody',
    text: 'Supports the organized medical staff by coordinating credentialing, privileging and related activities in line with hospital policy and accreditation standards.',
  },
  { style: 'Heading1', text: 'Duties and Responsibilities' },
  { style: 'JDBody', text: 'The duties below are representative of the position and are not all-inclusive.' },
  { style: 'JDBody', text: '' },
  { style: 'Heading1', text: 'Working Conditions' },
  { style: 'JDBullet', text: 'Office environment; occasional travel to meetings and conferences.' },
  { style: 'JDBullet', text: 'Regular use of a computer and the credentialing database.' },
  { style: 'Heading1', text: 'Acknowledgement' },
  { style: 'JDBody', text: 'Employee signature: ______________________   Date: ____________' },
];

export function sampleStyles(): StyleSheet {
  return { styles: STYLES.map((s) => ({ ...s, ...(s.appearance ? { appearance: { ...s.appearance } } : {}) })) };
}

export function sampleParagraphs(): SampleParagraph[] {
  return PARAGRAPHS.map((p) => ({ ...p }));
}
