import { withBulletNumbering, bulletNumberingXml, withListInstances } from '../../src/render/builtin-definitions';
import { withStyles } from '../../src/docx/package-parts';
import { parseXml, W_NS } from '../../src/xml/dom';
import { editPart, PartEditError } from '../../src/xml/part-edit';

const children = (xml: string) =>
  Array.from(parseXml(xml).documentElement.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .map((e) => `${e.namespaceURI === W_NS ? 'w' : e.namespaceURI}:${e.localName}`);

describe('editing package parts through the XML parser', () => {
  it('fills a self-closing numbering part (Google Docs)', () => {
    const part = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}"/>`;
    const merged = withBulletNumbering(part, bulletNumberingXml(part));
    expect(children(merged)).toEqual(['w:abstractNum', 'w:num']);
    expect(merged.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  });

  it('adds to a part that binds the namespace to another prefix, declaring w: on what it adds', () => {
    const part = `<ns0:styles xmlns:ns0="${W_NS}"><ns0:style ns0:styleId="Body"/></ns0:styles>`;
    const merged = withStyles(part, `<w:style w:type="paragraph" w:styleId="Heading2"/>`);
    expect(children(merged)).toEqual(['w:style', 'w:style']);
    const added = parseXml(merged).getElementsByTagNameNS(W_NS, 'style')[1];
    expect(added.getAttributeNS(W_NS, 'styleId')).toBe('Heading2');
  });

  it('keeps comments, Word for Mac’s trailing cleanup element and every existing definition in order', () => {
    const part =
      `<w:numbering xmlns:w="${W_NS}"><!-- kept --><w:abstractNum w:abstractNumId="0"/>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:numIdMacAtCleanup w:val="1"/></w:numbering>';
    const merged = withListInstances(part, '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>');
    expect(merged).toContain('<!-- kept -->');
    expect(children(merged)).toEqual(['w:abstractNum', 'w:num', 'w:num', 'w:numIdMacAtCleanup']);
  });

  it('refuses a part that is not the part it should be, or not XML, naming it', () => {
    expect(() => editPart('<x/>', 'word/styles.xml', 'styles', () => undefined)).toThrow(
      new PartEditError('word/styles.xml does not hold a styles element; it was left unchanged.'),
    );
    expect(() => editPart('<w:styles', 'word/styles.xml', 'styles', () => undefined)).toThrow(
      /^word\/styles\.xml is damaged/,
    );
  });
});
