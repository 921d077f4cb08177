import { parseStylesXml, partFromFlatOpc, stylesPartFromFlatOpc } from '../../src/house-style/styles-xml';
import { builtInDisplayName, builtInKeyOf } from '../../src/house-style/builtins';
import { XmlParseError } from '../../src/xml/dom';
import { GERMAN_STYLES, HOUSE_STYLES, stylesXml } from './styles-fixtures';

const byId = (xml: string) => new Map(parseStylesXml(xml).styles.map((s) => [s.id, s]));

describe('parseStylesXml', () => {
  it('recognizes built-ins of a German template by w:name, keeping the localized ids', () => {
    const styles = byId(GERMAN_STYLES);
    expect(styles.get('berschrift1')).toMatchObject({
      type: 'paragraph',
      builtInKey: 'heading 1',
      localName: 'Heading 1',
      basedOn: 'Standard',
    });
    expect(styles.get('Standard')).toMatchObject({ builtInKey: 'normal', isDefault: true, localName: 'Normal' });
    expect(styles.get('Aufzhlungszeichen')).toMatchObject({
      builtInKey: 'list bullet',
      localName: 'List Bullet',
      hasNumbering: true,
      list: { numId: '1', level: 0 },
    });
    expect(styles.get('Tabellenraster')).toMatchObject({
      type: 'table',
      builtInKey: 'table grid',
      localName: 'Table Grid',
    });
    expect(styles.get('Absatz-Standardschriftart')).toMatchObject({
      type: 'character',
      builtInKey: 'default paragraph font',
    });
  });

  it('resolves appearance through docDefaults and the basedOn chain', () => {
    const styles = byId(GERMAN_STYLES);
    expect(styles.get('Standard')?.appearance).toEqual({ fontFamily: 'Calibri', sizePt: 11, spaceAfterPt: 8 });
    // Heading 2 inherits font and colour from Heading 1, overrides size and space before, keeps after=0 from Heading 1.
    expect(styles.get('berschrift2')?.appearance).toEqual({
      fontFamily: 'Calibri Light',
      sizePt: 13,
      color: '2F5496',
      spaceBeforePt: 2,
      spaceAfterPt: 0,
    });
  });

  it('reads a custom house style with its own fonts, colours and toggles, and no built-in key', () => {
    const styles = byId(HOUSE_STYLES);
    const section = styles.get('ACMESection');
    expect(section).toMatchObject({ localName: 'ACME Section', basedOn: 'ACMEBody' });
    expect(section?.builtInKey).toBeUndefined();
    expect(section?.appearance).toEqual({
      fontFamily: 'Trebuchet MS',
      sizePt: 14,
      bold: true,
      color: '8B0000',
      spaceBeforePt: 3,
      spaceAfterPt: 6,
    });
    expect(styles.get('ACMEPlain')?.appearance).toMatchObject({ italic: true, bold: false, fontFamily: 'Georgia' });
  });

  it('follows numbering through basedOn, and numId 0 switches it off', () => {
    const styles = byId(HOUSE_STYLES);
    expect(styles.get('ACMEBullet')?.hasNumbering).toBe(true);
    expect(styles.get('ACMEPlain')?.hasNumbering).toBeUndefined();
    expect(styles.get('ACMEPlain')?.list).toBeUndefined();
    expect(styles.get('ACMEBullet')?.list).toEqual({ numId: '7', level: 0 });
    const child = stylesXml(
      HOUSE_STYLES.replace(/^[\s\S]*?<w:styles[^>]*>|<\/w:styles>$/g, '') +
        '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="ACMEBullet"/></w:style>',
    );
    expect(byId(child).get('Sub')?.hasNumbering).toBe(true);
  });

  it('survives basedOn cycles and missing parents', () => {
    const xml = stylesXml(
      '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/><w:rPr><w:b/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/><w:rPr><w:i/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="C"><w:name w:val="C"/><w:basedOn w:val="Gone"/></w:style>',
    );
    const styles = byId(xml);
    expect(styles.get('A')?.appearance).toEqual({ bold: true, italic: true });
    expect(styles.get('C')).toMatchObject({ basedOn: 'Gone' });
  });

  it('gives an empty sheet for a package without a styles part', () => {
    expect(parseStylesXml('')).toEqual({ styles: [] });
  });

  it('throws a clear XmlParseError for a corrupt part', () => {
    expect(() => parseStylesXml('<w:styles')).toThrow(XmlParseError);
  });
});

describe('built-in names', () => {
  it('keys built-ins case-insensitively and leaves custom names alone', () => {
    expect(builtInKeyOf('heading 3')).toBe('heading 3');
    expect(builtInKeyOf('Heading 3')).toBe('heading 3');
    expect(builtInKeyOf('List Bullet 2')).toBe('list bullet 2');
    expect(builtInKeyOf('Grid Table 4 Accent 1')).toBe('grid table 4 accent 1');
    expect(builtInKeyOf('ACME Heading')).toBeUndefined();
    expect(builtInKeyOf('Überschrift 1')).toBeUndefined();
  });

  it('shows the conventional English names', () => {
    expect(['heading 1', 'list bullet', 'table grid', 'toc 2', 'annotation text'].map(builtInDisplayName)).toEqual([
      'Heading 1',
      'List Bullet',
      'Table Grid',
      'TOC 2',
      'Comment Text',
    ]);
  });
});

describe('stylesPartFromFlatOpc', () => {
  const flat = (parts: string) =>
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts}</pkg:package>`;
  const part = (name: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\s*/, '')}</pkg:xmlData></pkg:part>`;

  it('pulls the styles part out of body.getOoxml() output for the same parser', () => {
    const pkg = flat(
      part(
        '/word/document.xml',
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      ) + part('/word/styles.xml', GERMAN_STYLES),
    );
    const styles = stylesPartFromFlatOpc(pkg);
    expect(styles).toBeDefined();
    expect(parseStylesXml(styles as string).styles.map((s) => s.id)).toEqual(
      parseStylesXml(GERMAN_STYLES).styles.map((s) => s.id),
    );
  });

  it('returns undefined when the package has no such part', () => {
    expect(stylesPartFromFlatOpc(flat(''))).toBeUndefined();
    expect(partFromFlatOpc(flat(part('/word/styles.xml', GERMAN_STYLES)), '/word/numbering.xml')).toBeUndefined();
  });
});
