import { detectStyleMap } from '../../src/house-style/detect';
import { parseStylesXml } from '../../src/house-style/styles-xml';
import { availableStylesForRole } from '../../src/house-style/sheet-index';
import type { DocumentContext, ParagraphInfo, StyleMap } from '../../src/house-style/types';
import { GERMAN_STYLES, HOUSE_STYLES, PLAIN_STYLES, stylesXml } from './styles-fixtures';

const german = parseStylesXml(GERMAN_STYLES);
const house = parseStylesXml(HOUSE_STYLES);
const plain = parseStylesXml(PLAIN_STYLES);

const p = (style: string, text = 'text', extra: Partial<ParagraphInfo> = {}): ParagraphInfo => ({
  style,
  text,
  isListItem: false,
  ...extra,
});
const bullet = (style: string) => p(style, 'a bullet', { isListItem: true });
const context = (above: ParagraphInfo[], below: ParagraphInfo[] = [], tableStyles: string[] = []): DocumentContext => ({
  paragraphsAbove: above,
  paragraphsBelow: below,
  tableStyles,
});
const ids = (map: StyleMap) =>
  Object.fromEntries(
    Object.entries(map).map(([role, c]) => [
      role,
      c.style ? `${c.style.id}:${c.source}${c.missingFromDocument ? ':missing' : ''}` : null,
    ]),
  );

describe('detectStyleMap', () => {
  it('reads each role from a house-style document', () => {
    const doc = context(
      [
        p('ACME Section', 'Duties', { outlineLevel: 2 }),
        p('ACMEBody'),
        p('ACMEBody'),
        bullet('ACMEBullet'),
        bullet('ACMEBullet'),
      ],
      [p('ACMEBody'), p('Normal')],
      ['ACMETable'],
    );
    const { value, messages } = detectStyleMap(house, doc);
    expect(ids(value)).toEqual({
      sectionHeading: 'ACMESection:detected',
      competencyHeading: 'Heading3:built-in:missing',
      responsibility: 'ACMEBullet:detected',
      skillDescription: 'ACMEBullet:detected',
      body: 'ACMEBody:detected',
      table: 'ACMETable:detected',
      tableHeader: 'ACMEBody:detected',
      skillTerm: null,
    });
    expect(messages.map((m) => m.code)).toEqual(['style-added']);
  });

  it('takes the nearest heading above the cursor and the document’s next level down', () => {
    const doc = context(
      [
        p('Heading1', 'Title', { builtInKey: 'heading 1' }),
        p('Heading2', 'Duties', { builtInKey: 'heading 2' }),
        p('Normal'),
      ],
      [p('ACMESection', 'Sub', { outlineLevel: 3 })],
    );
    const { value } = detectStyleMap(house, doc);
    expect(value.sectionHeading.style?.id).toBe('Heading2');
    expect(value.competencyHeading).toMatchObject({ style: { id: 'ACMESection' }, source: 'detected' });
  });

  it('uses a localized template’s own ids for built-ins, recognized by w:name', () => {
    const doc = context([p('berschrift1', 'Stelle'), p('Standard', 'Text')]);
    const { value, messages } = detectStyleMap(german, doc);
    expect(ids(value)).toMatchObject({
      sectionHeading: 'berschrift1:detected',
      competencyHeading: 'berschrift2:built-in',
      responsibility: 'Aufzhlungszeichen:built-in',
      body: 'Standard:detected',
      table: 'Tabellenraster:built-in',
    });
    expect(messages).toEqual([]);
  });

  it('falls back to built-ins, marking the ones the document lacks', () => {
    const { value, messages } = detectStyleMap(plain, context([]));
    expect(ids(value)).toEqual({
      sectionHeading: 'Heading2:built-in:missing',
      competencyHeading: 'Heading3:built-in:missing',
      responsibility: 'ListBullet:built-in:missing',
      skillDescription: 'ListBullet:built-in:missing',
      body: 'Normal:detected',
      table: 'TableGrid:built-in:missing',
      tableHeader: 'Normal:detected',
      skillTerm: null,
    });
    expect(value.responsibility.style).toMatchObject({
      builtInKey: 'list bullet',
      localName: 'List Bullet',
      hasNumbering: true,
    });
    expect(messages.map((m) => m.code)).toEqual(['style-added', 'style-added', 'style-added', 'style-added']);
  });

  it('adds Normal only when the document has no default paragraph style at all', () => {
    const { value } = detectStyleMap({ styles: [] }, context([]));
    expect(value.body).toMatchObject({ style: { id: 'Normal' }, missingFromDocument: true });
  });

  it('ignores numbered lists, empty paragraphs and the default table style', () => {
    const styles = parseStylesXml(
      GERMAN_STYLES.replace(
        '</w:styles>',
        '<w:style w:type="paragraph" w:styleId="Listennummer"><w:name w:val="List Number"/></w:style>' +
          '<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style></w:styles>',
      ),
    );
    const doc = context(
      [p('Titel'), p('Titel'), p('Listennummer', '1', { isListItem: true }), p('Standard', '  ')],
      [],
      ['NormaleTabelle'],
    );
    const { value } = detectStyleMap(styles, doc);
    expect(value.responsibility.style?.id).toBe('Aufzhlungszeichen');
    expect(value.body.style?.id).toBe('Standard');
    expect(value.table.style?.id).toBe('Tabellenraster');
  });

  it('lets an explicit mapping by id or display name override detection, and derived roles follow it', () => {
    const doc = context([bullet('ACMEBullet'), p('ACMEBody')]);
    const { value, messages } = detectStyleMap(house, doc, {
      responsibility: 'acme plain',
      body: 'Normal',
      skillTerm: 'ACMETerm',
      sectionHeading: 'Heading 2',
    });
    expect(ids(value)).toMatchObject({
      responsibility: 'ACMEPlain:mapping',
      skillDescription: 'ACMEPlain:detected',
      body: 'Normal:mapping',
      tableHeader: 'Normal:detected',
      skillTerm: 'ACMETerm:mapping',
      sectionHeading: 'Heading2:mapping',
      competencyHeading: 'Heading3:built-in:missing',
    });
    expect(messages.filter((m) => m.level === 'warning')).toEqual([]);
  });

  it('warns and falls back when a mapped style is missing or of the wrong kind, never leaving a dangling reference', () => {
    const doc = context([bullet('ACMEBullet')]);
    const { value, messages } = detectStyleMap(house, doc, {
      responsibility: 'Corporate Bullet',
      table: 'ACMEBody',
      skillTerm: 'ACMEBody',
    });
    expect(value.responsibility).toMatchObject({ style: { id: 'ACMEBullet' }, source: 'detected' });
    expect(value.table).toMatchObject({ style: { id: 'TableGrid' }, missingFromDocument: true });
    expect(value.skillTerm.style).toBeNull();
    const warnings = messages.filter((m) => m.level === 'warning');
    expect(warnings.map((m) => m.code)).toEqual(['style-missing', 'style-wrong-type', 'style-wrong-type']);
    expect(warnings[0].text).toContain('Corporate Bullet');
    expect(warnings[0].text).toContain('responsibilities');
    const referenced = Object.values(value).flatMap((c) => (c.style && !c.missingFromDocument ? [c.style.id] : []));
    for (const id of referenced) expect(house.styles.map((s) => s.id)).toContain(id);
  });
});

describe('detectStyleMap: derived styles are the house’s', () => {
  // A family of its own: "Section" on Heading 2 (in use), "Subsection" on Heading 3 (not used yet),
  // "Duty" on List Bullet through an intermediate custom style; the built-ins are defined too.
  const family = parseStylesXml(
    stylesXml(
      [
        '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>',
        '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Section"><w:name w:val="Section"/><w:basedOn w:val="2"/></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SubBase"><w:name w:val="Sub Base"/><w:basedOn w:val="3"/></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Subsection"><w:name w:val="Subsection"/><w:basedOn w:val="3"/></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="DutyBase"><w:name w:val="Duty Base"/><w:basedOn w:val="ListBullet"/></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Duty"><w:name w:val="Duty"/><w:basedOn w:val="DutyBase"/></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="a"/></w:style>',
      ].join(''),
    ),
  );

  it('takes the unused custom sibling of the section style one level down, not the built-in', () => {
    // The heading above uses "Section" (no outline level on the paragraph: its level comes from Heading 2).
    const { value, messages } = detectStyleMap(family, context([p('Section', 'Duties'), p('a')]));
    expect(value.sectionHeading).toMatchObject({ style: { id: 'Section' }, source: 'detected' });
    // Both are based on Heading 3 directly; the first defined wins.
    expect(value.competencyHeading).toMatchObject({ style: { id: 'SubBase' }, source: 'detected' });
    expect(value.competencyHeading.missingFromDocument).toBeUndefined();
    // The most direct derivation of List Bullet wins over one two steps away.
    expect(value.responsibility).toMatchObject({ style: { id: 'DutyBase' }, source: 'detected' });
    expect(messages.map((m) => m.text).filter((t) => /Heading|List Bullet/.test(t))).toEqual([]);
  });

  it('still prefers a heading style the document uses at that level', () => {
    const { value } = detectStyleMap(family, context([p('Section', 'Duties')], [p('3', 'In use')]));
    expect(value.competencyHeading.style?.id).toBe('3');
  });

  it('takes the house’s section heading when no heading precedes the cursor', () => {
    const { value } = detectStyleMap(family, context([p('a')]));
    expect(value.sectionHeading.style?.id).toBe('Section');
    expect(['SubBase', 'Subsection']).toContain(value.competencyHeading.style?.id);
  });

  it('uses the built-ins when the document derives nothing from them', () => {
    const { value } = detectStyleMap(plain, context([p('Normal')]));
    expect(value.competencyHeading).toMatchObject({ style: { id: 'Heading3' }, missingFromDocument: true });
  });
});

describe('detectStyleMap: hand formatting', () => {
  const formatting = {
    paragraph: [{ name: 'ind', xml: '<w:ind w:left="284"/>' }],
    run: [{ name: 'sz', xml: '<w:sz w:val="18"/>' }],
    list: { numId: '4', level: 0 },
    appearance: { sizePt: 9 },
  };
  const handBullet = (text: string) => p('ACMEBullet', text, { isListItem: true, formatting });

  it('copies the nearest own paragraph of the role and says which one it is', () => {
    const doc = context(
      [p('ACMESection', 'Key duties', { outlineLevel: 2 }), handBullet('Answers the phone.')],
      [bullet('ACMEBullet')],
    );
    const { value, messages } = detectStyleMap(house, doc);
    expect(value.responsibility.model).toEqual({ formatting, description: 'the list items under “Key duties”' });
    expect(value.skillDescription.model?.formatting).toBe(formatting);
    expect(value.body.model).toBeUndefined();
    expect(messages.find((m) => m.code === 'hand-formatting')?.text).toBe(
      'Responsibilities are formatted like the list items under “Key duties”.',
    );
  });

  it('takes the nearest paragraph: one without hand formatting means none is copied', () => {
    const doc = context([handBullet('Far.'), bullet('ACMEBullet')]);
    expect(detectStyleMap(house, doc).value.responsibility.model).toBeUndefined();
  });

  it('copies nothing for a role switched off', () => {
    const doc = context([handBullet('Answers the phone.')]);
    const { value, messages } = detectStyleMap(house, doc, {}, { styleOnly: ['responsibility'] });
    expect(value.responsibility.model).toBeUndefined();
    // Still named, so the House style panel can offer to copy it again.
    expect(value.responsibility.modelLeftOut).toBe('the list items “Answers the phone.”');
    expect(messages.map((m) => m.code)).not.toContain('hand-formatting');
  });
});

describe('availableStylesForRole', () => {
  it('offers paragraph styles for paragraph roles, table styles for tables, character styles for skill terms', () => {
    const names = (role: Parameters<typeof availableStylesForRole>[1]) =>
      availableStylesForRole(house, role).map((s) => s.localName);
    expect(names('responsibility')).toEqual([
      'ACME Body',
      'ACME Bullet',
      'ACME Plain',
      'ACME Section',
      'Heading 2',
      'Normal',
    ]);
    expect(names('table')).toEqual(['ACME Table']);
    expect(names('skillTerm')).toEqual(['ACME Term']);
    expect(availableStylesForRole(german, 'skillTerm')).toEqual([]);
  });
});
