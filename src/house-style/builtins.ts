/**
 * Word's built-in styles, known by their language-independent w:name (lowercased). Localized Word
 * changes w:styleId ("berschrift1") and the name people see, never w:name, so that is the key.
 */
import type { StyleDef } from './types';

const NAMED = [
  'normal',
  'title',
  'subtitle',
  'no spacing',
  'list paragraph',
  'list',
  'list bullet',
  'list number',
  'list continue',
  'body text',
  'body text 2',
  'body text 3',
  'body text indent',
  'body text indent 2',
  'body text indent 3',
  'body text first indent',
  'body text first indent 2',
  'quote',
  'intense quote',
  'caption',
  'header',
  'footer',
  'footnote text',
  'footnote reference',
  'endnote text',
  'endnote reference',
  'annotation text',
  'annotation reference',
  'annotation subject',
  'balloon text',
  'plain text',
  'block text',
  'toc heading',
  'table of figures',
  'table of authorities',
  'bibliography',
  'signature',
  'closing',
  'salutation',
  'date',
  'note heading',
  'envelope address',
  'envelope return',
  'macro',
  'message header',
  'page number',
  'line number',
  'normal (web)',
  'normal indent',
  'html preformatted',
  'default paragraph font',
  'hyperlink',
  'followedhyperlink',
  'strong',
  'emphasis',
  'subtle emphasis',
  'intense emphasis',
  'subtle reference',
  'intense reference',
  'book title',
  'placeholder text',
  'no list',
  'normal table',
  'table grid',
  'table grid light',
];

const FAMILIES = [
  /^heading [1-9]$/,
  /^toc [1-9]$/,
  /^index [1-9]$/,
  /^list (bullet|number|continue|) ?[2-5]$/,
  /^plain table [1-5]$/,
  /^(grid|list) table [1-7]( light| colorful)?( accent [1-6])?$/,
  /^(light|medium|dark|colorful) (shading|list|grid)( [12])?( accent [1-6])?$/,
];

const BUILT_IN = new Set(NAMED);

/** The built-in key for a w:name, or undefined for a custom style. */
export function builtInKeyOf(wName: string): string | undefined {
  const key = wName.trim().toLowerCase().replace(/\s+/g, ' ');
  return BUILT_IN.has(key) || FAMILIES.some((re) => re.test(key)) ? key : undefined;
}

const SPECIAL_DISPLAY: Record<string, string> = {
  'annotation text': 'Comment Text',
  'annotation reference': 'Comment Reference',
  'annotation subject': 'Comment Subject',
  'toc heading': 'TOC Heading',
  'normal (web)': 'Normal (Web)',
  'html preformatted': 'HTML Preformatted',
  followedhyperlink: 'FollowedHyperlink',
};

/** The name English Word shows for a built-in key ("heading 1" -> "Heading 1", "toc 2" -> "TOC 2"). */
export function builtInDisplayName(key: string): string {
  if (SPECIAL_DISPLAY[key]) return SPECIAL_DISPLAY[key];
  if (/^toc \d$/.test(key)) return key.toUpperCase();
  return key.replace(/(^|[\s(])([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

/** The English style id Word gives a built-in ("Heading 2" -> "Heading2"). */
export function builtInEnglishId(key: string): string {
  return builtInDisplayName(key).replace(/[^A-Za-z0-9]/g, '');
}

/** Built-ins we may add to a document that lacks them, with Word's usual look for the preview. */
const ADDABLE: Record<string, Pick<StyleDef, 'type' | 'hasNumbering' | 'appearance'>> = {
  normal: { type: 'paragraph', appearance: { fontFamily: 'Calibri', sizePt: 11, spaceAfterPt: 8 } },
  'list bullet': {
    type: 'paragraph',
    hasNumbering: true,
    appearance: { fontFamily: 'Calibri', sizePt: 11, spaceAfterPt: 8 },
  },
  'table grid': { type: 'table', appearance: { fontFamily: 'Calibri', sizePt: 11 } },
};

const HEADING_SIZES = [16, 13, 12, 11, 11, 11, 11, 10.5, 10.5];

/**
 * The StyleDef of a built-in the document does not define, as it will be added (English id),
 * or undefined when we do not bring a definition for it.
 */
export function standardBuiltIn(key: string): StyleDef | undefined {
  const heading = /^heading ([1-9])$/.exec(key);
  const base = heading
    ? {
        type: 'paragraph' as const,
        appearance: {
          fontFamily: 'Calibri Light',
          sizePt: HEADING_SIZES[Number(heading[1]) - 1],
          color: Number(heading[1]) <= 2 ? '2F5496' : '1F3763',
          spaceBeforePt: Number(heading[1]) === 1 ? 12 : 2,
        },
      }
    : ADDABLE[key];
  if (!base) return undefined;
  return { id: builtInEnglishId(key), localName: builtInDisplayName(key), builtInKey: key, ...base };
}
