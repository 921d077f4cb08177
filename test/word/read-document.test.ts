/** readDocument: the cursor, the paragraphs around it, the document's styles and our sections, from Word. */
import { parseSectionTag } from '../../src/render/section-tag';
import { uninstallFakeOffice, type FakeWordOptions, type StyleEntry } from '../support/fake-word';
import { wordWith } from './helpers';
import { tagFor } from './plans';

afterEach(() => uninstallFakeOffice(globalThis));

async function read(options: FakeWordOptions) {
  const { port } = wordWith(options);
  const result = await port.readDocument();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const TEMPLATE: FakeWordOptions = {
  body: [
    { text: 'Director of Medical Staff Services', style: 'Title' },
    { text: 'Responsibilities', style: 'Heading 2' },
    { text: 'Leads the office', style: 'List Bullet' },
    { text: '', style: 'Normal' },
    { text: 'Qualifications', style: 'Heading 2' },
    { table: [['Area', 'Requirement']], style: 'Table Grid' },
    'Signature',
  ],
  selection: { paragraph: 3 },
};

describe('cursor', () => {
  test('a collapsed cursor in an empty body paragraph', async () => {
    const { cursor } = await read(TEMPLATE);
    expect(cursor).toEqual({ location: 'body', collapsed: true, selectedText: '', inEmptyParagraph: true });
  });

  test('a selection gives its text and is not collapsed', async () => {
    const { cursor } = await read({
      ...TEMPLATE,
      selection: { paragraph: 1, offset: 0, endParagraph: 2, endOffset: 5 },
    });
    expect(cursor).toMatchObject({
      collapsed: false,
      selectedText: 'Responsibilities\rLeads',
      inEmptyParagraph: false,
    });
  });

  test('inside a content control: its title, tag and whether it can be edited', async () => {
    const { cursor } = await read({
      ...TEMPLATE,
      controls: [{ from: 3, title: 'Duties', tag: 'slot', cannotEdit: true }],
    });
    expect(cursor.contentControl).toEqual({ title: 'Duties', tag: 'slot', editable: false });
  });

  test.each<[FakeWordOptions, string]>([
    [{ header: ['Logo'], selection: { story: 'header', paragraph: 0 } }, 'header'],
    [{ footnote: ['Note'], selection: { story: 'footnote', paragraph: 0 } }, 'footnote'],
    [{ selection: { paragraph: 6 } }, 'table'],
  ])('location %#', async (options, location) => {
    const { cursor } = await read({ ...TEMPLATE, ...options });
    expect(cursor.location).toBe(location);
  });
});

describe('context for house-style detection', () => {
  test('paragraphs above (nearest last, without the cursor paragraph) and from the cursor on', async () => {
    const { context } = await read(TEMPLATE);
    expect(context.paragraphsAbove).toEqual([
      { style: 'Title', builtInKey: 'title', text: 'Director of Medical Staff Services', isListItem: false },
      { style: 'Heading 2', builtInKey: 'heading 2', text: 'Responsibilities', isListItem: false, outlineLevel: 2 },
      { style: 'List Bullet', text: 'Leads the office', isListItem: true },
    ]);
    expect(context.paragraphsBelow.map((p) => p.text)).toEqual([
      '',
      'Qualifications',
      'Area',
      'Requirement',
      'Signature',
    ]);
    expect(context.tableStyles).toEqual(['Table Grid']);
  });

  test('with the cursor in a table cell, the main text around the table', async () => {
    const { context } = await read({ ...TEMPLATE, selection: { paragraph: 6 } });
    expect(context.paragraphsAbove.map((p) => p.text)).toContain('Responsibilities');
    expect(context.paragraphsBelow[0].text).toBe('Requirement');
  });
});

describe('styles', () => {
  const german: StyleEntry[] = [
    { nameLocal: 'Standard', builtIn: 'Normal', type: 'Paragraph' },
    {
      nameLocal: 'Überschrift 2',
      builtIn: 'Heading2',
      type: 'Paragraph',
      font: { name: 'Arial', size: 14, bold: true, color: '#1F3864' },
    },
    { nameLocal: 'Aufzählungszeichen', builtInOther: true, type: 'Paragraph', list: true },
    { nameLocal: 'JD Aufgabe', type: 'Paragraph', baseStyle: 'Standard' },
  ];

  test('WordApi 1.5: getStyles, with built-ins recognized in localized Word through the paragraphs using them', async () => {
    const { styles } = await read({
      styles: german,
      body: [{ text: 'Aufgaben', style: 'Überschrift 2' }, ''],
      selection: { paragraph: 1 },
    });
    expect(styles.styles).toEqual([
      { id: 'Standard', localName: 'Standard', type: 'paragraph', builtInKey: 'normal', isDefault: true },
      {
        id: 'Überschrift 2',
        localName: 'Überschrift 2',
        type: 'paragraph',
        builtInKey: 'heading 2',
        appearance: { fontFamily: 'Arial', sizePt: 14, bold: true, color: '1F3864' },
      },
      // A localized built-in that no paragraph uses and that has no enum value: not recognized (no false key).
      { id: 'Aufzählungszeichen', localName: 'Aufzählungszeichen', type: 'paragraph' },
      { id: 'JD Aufgabe', localName: 'JD Aufgabe', type: 'paragraph', basedOn: 'Standard' },
    ]);
  });

  test('WordApi 1.3: the styles part of the body OOXML, parsed by the house-style parser', async () => {
    const stylesXml =
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="JDAufgabe"><w:name w:val="JD Aufgabe"/></w:style></w:styles>';
    const { styles } = await read({ styles: german, stylesXml, requirementSets: { WordApi: '1.3' }, body: [''] });
    expect(styles.styles.map((s) => [s.id, s.builtInKey])).toEqual([
      ['berschrift2', 'heading 2'],
      ['JDAufgabe', undefined],
    ]);
  });
});

describe('sections already in the document and track changes', () => {
  test('our content controls are found by their tags; others are ignored', async () => {
    const tag = tagFor('c1', ['r1', 'r2']);
    const { blocks } = await read({
      body: ['Intro', 'Competency 1', 'Responsibility r1', 'Other'],
      controls: [
        { from: 1, to: 2, tag, title: 'Competency 1' },
        { from: 3, tag: 'someone-else', title: 'Other' },
      ],
    });
    const { truncated: _truncated, ...parsed } = parseSectionTag(tag) ?? { truncated: false };
    expect(blocks).toEqual([
      { id: expect.any(String), title: 'Competency 1', text: 'Competency 1\rResponsibility r1', tag: parsed },
    ]);
  });

  test('track changes is reported on WordApi 1.4+, and quietly unknown before', async () => {
    expect((await read({ body: [''], changeTracking: 'TrackMineOnly' })).trackChangesOn).toBe(true);
    uninstallFakeOffice(globalThis);
    expect((await read({ body: [''], changeTracking: 'Off' })).trackChangesOn).toBe(false);
    uninstallFakeOffice(globalThis);
    expect(
      (await read({ body: [''], changeTracking: 'TrackAll', requirementSets: { WordApi: '1.3' } })).trackChangesOn,
    ).toBe(false);
  });
});
