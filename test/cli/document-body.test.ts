/** The body scanner finds each body-level element's exact text, whatever the document's layout. */
import { DocumentXmlError, readDocumentBody, serializeInDocument } from '../../src/docx/document-body';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function documentWith(body: string, rootAttributes = `xmlns:w="${W}"`): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<w:document ${rootAttributes}>\n  <w:body>${body}</w:body>\n</w:document>`;
}

describe('readDocumentBody', () => {
  it('gives each body-level element its exact text range, skipping comments, whitespace and CDATA', () => {
    const pieces = [
      '<w:p><w:r><w:t>one &amp; two</w:t></w:r></w:p>',
      '<w:p/>',
      '<w:bookmarkStart w:id="1" w:name="a&gt;b"/>',
      '<w:p w:rsidR="00A>B"><w:r><w:t><![CDATA[<not a tag>]]></w:t></w:r></w:p>',
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr>',
    ];
    const text = documentWith(
      `\n    <!-- a <w:p> in a comment -->\n    ${pieces.join('\n    <?pi <w:p>?>\n    ')}\n  `,
    );
    const body = readDocumentBody(text);
    expect(body.elements.map((e) => text.slice(e.start, e.end))).toEqual(pieces);
    expect(body.elements.map((e) => e.element.localName)).toEqual(['p', 'p', 'bookmarkStart', 'p', 'tbl', 'sectPr']);
    expect(text.slice(body.contentEnd)).toMatch(/^<\/w:body>/);
  });

  it('refuses a document whose main namespace is not bound to w:', () => {
    const text = `<x:document xmlns:x="${W}"><x:body><x:p/></x:body></x:document>`;
    expect(() => readDocumentBody(text)).toThrow(DocumentXmlError);
    expect(() => readDocumentBody(text)).toThrow(/usual "w:" prefix/);
  });

  it('names document.xml when it is not well-formed, and reports a missing or empty body', () => {
    expect(() => readDocumentBody(documentWith('<w:p>'))).toThrow(/word\/document\.xml in the template is damaged/);
    expect(() => readDocumentBody(`<w:document xmlns:w="${W}"/>`)).toThrow(/has no w:body/);
    expect(() => readDocumentBody(`<w:document xmlns:w="${W}"><w:body/></w:document>`)).toThrow(/empty body/);
  });
});

describe('serializeInDocument', () => {
  it("does not repeat the root's namespace declarations on an edited element", () => {
    const text = documentWith('<w:p><w:r><w:t>x</w:t></w:r></w:p>', `xmlns:w="${W}" xmlns:w14="urn:w14"`);
    const body = readDocumentBody(text);
    expect(serializeInDocument(body.elements[0].element, body.doc.documentElement)).toBe(
      '<w:p><w:r><w:t>x</w:t></w:r></w:p>',
    );
  });
});
