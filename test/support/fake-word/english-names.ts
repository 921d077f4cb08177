/**
 * The names English Word shows for its Word.BuiltInStyleName values, written out as data (from Word's style
 * gallery), so the double never derives them with the same rule as production code (src/word/word-styles.ts):
 * a mistake shared by both could then never fail a test. Note "TableGridLight" is "Grid Table Light".
 */
const SINGLE: Record<string, string> = {
  Normal: 'Normal',
  FootnoteText: 'Footnote Text',
  Header: 'Header',
  Footer: 'Footer',
  Caption: 'Caption',
  FootnoteReference: 'Footnote Reference',
  EndnoteReference: 'Endnote Reference',
  EndnoteText: 'Endnote Text',
  Title: 'Title',
  Subtitle: 'Subtitle',
  Hyperlink: 'Hyperlink',
  Strong: 'Strong',
  Emphasis: 'Emphasis',
  NoSpacing: 'No Spacing',
  ListParagraph: 'List Paragraph',
  Quote: 'Quote',
  IntenseQuote: 'Intense Quote',
  SubtleEmphasis: 'Subtle Emphasis',
  IntenseEmphasis: 'Intense Emphasis',
  SubtleReference: 'Subtle Reference',
  IntenseReference: 'Intense Reference',
  BookTitle: 'Book Title',
  Bibliography: 'Bibliography',
  TocHeading: 'TOC Heading',
  TableGrid: 'Table Grid',
  TableGridLight: 'Grid Table Light',
  PlainTable1: 'Plain Table 1',
  PlainTable2: 'Plain Table 2',
  PlainTable3: 'Plain Table 3',
  PlainTable4: 'Plain Table 4',
  PlainTable5: 'Plain Table 5',
  Heading1: 'Heading 1',
  Heading2: 'Heading 2',
  Heading3: 'Heading 3',
  Heading4: 'Heading 4',
  Heading5: 'Heading 5',
  Heading6: 'Heading 6',
  Heading7: 'Heading 7',
  Heading8: 'Heading 8',
  Heading9: 'Heading 9',
  Toc1: 'TOC 1',
  Toc2: 'TOC 2',
  Toc3: 'TOC 3',
  Toc4: 'TOC 4',
  Toc5: 'TOC 5',
  Toc6: 'TOC 6',
  Toc7: 'TOC 7',
  Toc8: 'TOC 8',
  Toc9: 'TOC 9',
};

/** The table families and their English names; each also comes "Accent 1" to "Accent 6". */
const TABLE_FAMILIES: Record<string, string> = {
  GridTable1Light: 'Grid Table 1 Light',
  GridTable2: 'Grid Table 2',
  GridTable3: 'Grid Table 3',
  GridTable4: 'Grid Table 4',
  GridTable5Dark: 'Grid Table 5 Dark',
  GridTable6Colorful: 'Grid Table 6 Colorful',
  GridTable7Colorful: 'Grid Table 7 Colorful',
  ListTable1Light: 'List Table 1 Light',
  ListTable2: 'List Table 2',
  ListTable3: 'List Table 3',
  ListTable4: 'List Table 4',
  ListTable5Dark: 'List Table 5 Dark',
  ListTable6Colorful: 'List Table 6 Colorful',
  ListTable7Colorful: 'List Table 7 Colorful',
};

const NAMES = new Map<string, string>(Object.entries(SINGLE));
for (const [value, name] of Object.entries(TABLE_FAMILIES)) {
  NAMES.set(value, name);
  for (const n of [1, 2, 3, 4, 5, 6]) NAMES.set(`${value}_Accent${n}`, `${name} Accent ${n}`);
}

/** English Word's name for a BuiltInStyleName value; an unknown value is a mistake in the test. */
export function englishStyleName(builtIn: string): string {
  const name = NAMES.get(builtIn);
  if (!name) throw new Error(`fake Word: no English name written down for the built-in style "${builtIn}"`);
  return name;
}
