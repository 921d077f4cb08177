/** Pure helpers: Word.Style -> StyleDef, built-in names, style settings, cursor facts, snapshots. */
import { locationFromBodyTypes, paragraphInfo, selectionCoversParagraphs } from '../../src/word/cursor';
import {
  builtInsInUse,
  existingBlocks,
  snapshotFromFacts,
  stylesNumberingTheirParagraphs,
  type DocumentFacts,
} from '../../src/word/snapshot';
import { createStyleResolver, styleNamesToCheck } from '../../src/word/style-resolver';
import { builtInEnumFor, builtInKeyFromEnum, styleSetting, styleSheetFromWordStyles } from '../../src/word/word-styles';
import { BUILT_IN_STYLE_NAMES } from '../support/fake-word';
import { bulletPlan, HEADING_2, HEADING_3, LIST_BULLET, tagFor } from './plans';

const KNOWN = new Set(BUILT_IN_STYLE_NAMES);

describe('built-in style names', () => {
  test.each([
    ['Heading2', 'heading 2'],
    ['Normal', 'normal'],
    ['ListParagraph', 'list paragraph'],
    ['TableGrid', 'table grid'],
    ['Toc3', 'toc 3'],
    ['GridTable4_Accent1', 'grid table 4 accent 1'],
    ['GridTable1Light', 'grid table 1 light'],
  ])('%s <-> %s', (name, key) => {
    expect(builtInKeyFromEnum(name)).toBe(key);
    expect(builtInEnumFor(key, KNOWN)).toBe(name);
  });

  test('"Other" and unknown names have no key; keys without an enum value have no enum', () => {
    expect(builtInKeyFromEnum('Other')).toBeUndefined();
    expect(builtInEnumFor('list bullet', KNOWN)).toBeUndefined();
    expect(builtInEnumFor(undefined, KNOWN)).toBeUndefined();
    expect(builtInEnumFor('heading 2', new Set())).toBeUndefined();
  });

  test('styleSetting: styleBuiltIn when Word has an enum value, else the local name', () => {
    expect(styleSetting(HEADING_3, KNOWN)).toEqual({ styleBuiltIn: 'Heading3' });
    expect(styleSetting(LIST_BULLET, KNOWN)).toEqual({ style: 'List Bullet' });
    expect(styleSetting({ id: 'JD', localName: 'JD Body' }, KNOWN)).toEqual({ style: 'JD Body' });
  });
});

describe('styleSheetFromWordStyles', () => {
  test('types, defaults, base style and appearance', () => {
    const sheet = styleSheetFromWordStyles(
      [
        {
          nameLocal: 'Normal',
          builtIn: true,
          type: 'Paragraph',
          font: { name: 'Calibri', size: 11, color: '#000000' },
        },
        {
          nameLocal: 'Strong',
          builtIn: true,
          type: 'Character',
          font: { bold: true, italic: false, color: 'Automatic' },
        },
        { nameLocal: 'Grid Table 4 - Accent 1', builtIn: true, type: 'Table' },
        { nameLocal: 'No List', builtIn: true, type: 'List' },
        { nameLocal: 'House Heading', builtIn: false, type: 'Paragraph', baseStyle: 'Heading 1' },
        { nameLocal: 'House Heading', builtIn: false, type: 'Paragraph' },
      ],
      new Map([['Grid Table 4 - Accent 1', 'GridTable4_Accent1']]),
    );
    expect(sheet.styles).toEqual([
      {
        id: 'Normal',
        localName: 'Normal',
        type: 'paragraph',
        builtInKey: 'normal',
        isDefault: true,
        appearance: { fontFamily: 'Calibri', sizePt: 11, color: '000000' },
      },
      { id: 'Strong', localName: 'Strong', type: 'character', builtInKey: 'strong', appearance: { bold: true } },
      {
        id: 'Grid Table 4 - Accent 1',
        localName: 'Grid Table 4 - Accent 1',
        type: 'table',
        builtInKey: 'grid table 4 accent 1',
      },
      { id: 'No List', localName: 'No List', type: 'numbering', builtInKey: 'no list', isDefault: true },
      { id: 'House Heading', localName: 'House Heading', type: 'paragraph', basedOn: 'Heading 1' },
    ]);
  });

  test('a custom style named like a built-in is not taken for one', () => {
    const sheet = styleSheetFromWordStyles([{ nameLocal: 'Heading 2', builtIn: false, type: 'Paragraph' }], new Map());
    expect(sheet.styles[0].builtInKey).toBeUndefined();
  });
});

describe('which styles number their own paragraphs (the API does not say)', () => {
  const para = (style: string, isListItem: boolean) => ({ text: 'x', style, styleBuiltIn: 'Other', isListItem });

  test('a style whose paragraphs are all list items counts; one with a plain paragraph, or List Paragraph, does not', () => {
    const found = stylesNumberingTheirParagraphs({
      upToCursor: [para('House Bullet', true), para('Body', false), para('List Paragraph', true)],
      fromCursor: [para('House Bullet', true), para('Mixed', true), para('Mixed', false)],
    });
    expect([...found]).toEqual(['House Bullet']);
  });

  test("the style sheet marks those styles and Word's own list styles as numbered", () => {
    const sheet = styleSheetFromWordStyles(
      [
        { nameLocal: 'House Bullet', builtIn: false, type: 'Paragraph' },
        { nameLocal: 'List Bullet', builtIn: true, type: 'Paragraph' },
        { nameLocal: 'List Paragraph', builtIn: true, type: 'Paragraph' },
      ],
      new Map(),
      new Set(['House Bullet']),
    );
    expect(sheet.styles.map((s) => [s.localName, !!s.hasNumbering])).toEqual([
      ['House Bullet', true],
      ['List Bullet', true],
      ['List Paragraph', false],
    ]);
  });
});

describe('cursor facts', () => {
  test.each([
    ['MainDoc', undefined, 'body'],
    ['Section', undefined, 'body'],
    ['TableCell', 'MainDoc', 'table'],
    ['TableCell', 'Header', 'header'],
    ['Header', undefined, 'header'],
    ['Footer', undefined, 'footer'],
    ['Footnote', undefined, 'footnote'],
    ['NoteItem', undefined, 'footnote'],
    ['Endnote', undefined, 'endnote'],
    ['Unknown', undefined, 'unknown'],
  ])('%s inside %s -> %s', (type, outer, location) => {
    expect(locationFromBodyTypes(type, outer)).toBe(location);
  });

  test('selectionCoversParagraphs', () => {
    expect(selectionCoversParagraphs('[[PLACEHOLDER]]', ['[[PLACEHOLDER]]'])).toBe(true);
    expect(selectionCoversParagraphs('One\rTwo\r', ['One', 'Two'])).toBe(true);
    expect(selectionCoversParagraphs('One\rTw', ['One', 'Two'])).toBe(false);
    expect(selectionCoversParagraphs('', [''])).toBe(false);
  });

  test('paragraphInfo: heading level from the built-in heading style', () => {
    expect(
      paragraphInfo({ text: 'Duties', style: 'Überschrift 2', styleBuiltIn: 'Heading2', isListItem: false }),
    ).toEqual({
      style: 'Überschrift 2',
      builtInKey: 'heading 2',
      text: 'Duties',
      isListItem: false,
      outlineLevel: 2,
    });
    expect(paragraphInfo({ text: 'x', style: 'House', styleBuiltIn: 'Other', isListItem: true })).toEqual({
      style: 'House',
      text: 'x',
      isListItem: true,
    });
  });
});

describe('snapshotFromFacts', () => {
  const para = (text: string, style = 'Normal', styleBuiltIn = 'Normal') => ({
    text,
    style,
    styleBuiltIn,
    isListItem: false,
  });
  const facts = (upToCursor: DocumentFacts['upToCursor'], fromCursor: DocumentFacts['fromCursor']): DocumentFacts => ({
    cursor: { location: 'body', collapsed: true, selectedText: '', inEmptyParagraph: false },
    upToCursor,
    fromCursor,
    tables: [{ style: 'Table Grid', styleBuiltIn: 'TableGrid' }],
    controls: [],
    styles: { styles: [] },
  });

  test('the cursor paragraph belongs below, not above', () => {
    const snap = snapshotFromFacts(facts([para('A'), para('B')], [para('B'), para('C')]));
    expect(snap.context.paragraphsAbove.map((p) => p.text)).toEqual(['A']);
    expect(snap.context.paragraphsBelow.map((p) => p.text)).toEqual(['B', 'C']);
  });

  test('a range up to the cursor that stops before the cursor paragraph keeps every paragraph', () => {
    const snap = snapshotFromFacts(facts([para('A')], [para('B')]));
    expect(snap.context.paragraphsAbove.map((p) => p.text)).toEqual(['A']);
  });

  test('builtInsInUse maps local names to Word enum names, skipping Other', () => {
    const used = builtInsInUse(facts([para('T', 'Titel', 'Title'), para('x', 'House', 'Other')], []));
    expect([...used]).toEqual([
      ['Titel', 'Title'],
      ['Table Grid', 'TableGrid'],
    ]);
  });

  test('existingBlocks keeps only our tags, without the truncation flag', () => {
    const blocks = existingBlocks([
      { id: 7, tag: tagFor('c1', ['r1']), title: 'C1', text: 't' },
      { id: 8, tag: 'jdb1|broken', title: 'X', text: '' },
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ id: '7', title: 'C1' });
    expect(blocks[0].tag).not.toHaveProperty('truncated');
  });
});

describe('style resolver', () => {
  test('styleNamesToCheck lists every style the plan names by its local name, once each', () => {
    expect(styleNamesToCheck(bulletPlan(30), KNOWN)).toEqual(['Heading 3', 'List Bullet']);
  });

  test('a built-in found in the document is set by its local name; one not checked keeps styleBuiltIn', () => {
    const resolver = createStyleResolver(KNOWN, new Set(), new Set(['Heading 3']));
    expect(resolver.resolve(HEADING_3, 'paragraph')).toEqual({ style: 'Heading 3' });
    expect(resolver.resolve(HEADING_2, 'paragraph')).toEqual({ styleBuiltIn: 'Heading2' });
  });

  test('a missing paragraph style falls back to Normal, a missing character style is left out; one warning each', () => {
    const resolver = createStyleResolver(KNOWN, new Set(['Gone', 'Gone Char']));
    const gone = { id: 'Gone', localName: 'Gone' };
    expect(resolver.resolve(gone, 'paragraph')).toEqual({ styleBuiltIn: 'Normal' });
    expect(resolver.resolve(gone, 'paragraph')).toEqual({ styleBuiltIn: 'Normal' });
    expect(resolver.resolve({ id: 'GoneChar', localName: 'Gone Char' }, 'character')).toBeUndefined();
    expect(resolver.resolve(HEADING_3, 'paragraph')).toEqual({ styleBuiltIn: 'Heading3' });
    expect(resolver.messages.map((m) => m.text)).toEqual([
      'The style "Gone" is not in this document, so Normal was used instead.',
      'The style "Gone Char" is not in this document, so it was left out.',
    ]);
  });
});
