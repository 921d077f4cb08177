import type { DirectFormatting } from '../../src/house-style/types';
import { paragraphPropertiesXml, runPropertiesXml } from '../../src/render/ooxml-properties';

const formatting: DirectFormatting = {
  paragraph: [
    { name: 'ind', xml: '<w:ind w:left="284" w:hanging="284"/>' },
    { name: 'numPr', xml: '<w:numPr><w:numId w:val="4"/></w:numPr>' },
    { name: 'keepNext', xml: '<w:keepNext/>' },
  ],
  run: [
    { name: 'sz', xml: '<w:sz w:val="18"/>' },
    { name: 'b', xml: '<w:b w:val="0"/>' },
    { name: 'rFonts', xml: '<w:rFonts w:ascii="Lato"/>' },
  ],
  appearance: {},
};

describe('properties of inserted paragraphs and runs', () => {
  it('merges the copied paragraph properties with the style in schema order', () => {
    expect(paragraphPropertiesXml('<w:pStyle w:val="Normal"/>', '', formatting)).toBe(
      '<w:pPr><w:pStyle w:val="Normal"/><w:keepNext/><w:numPr><w:numId w:val="4"/></w:numPr><w:ind w:left="284" w:hanging="284"/></w:pPr>',
    );
  });

  it('puts a restarted list in place of the copied one', () => {
    const xml = paragraphPropertiesXml('', '<w:numPr><w:numId w:val="9"/></w:numPr>', formatting);
    expect(xml).toContain('<w:numPr><w:numId w:val="9"/></w:numPr>');
    expect(xml).not.toContain('w:val="4"');
  });

  it('keeps the renderer’s own run properties (a bold term) over the copied ones, in schema order', () => {
    expect(runPropertiesXml([{ name: 'b', xml: '<w:b/>' }], formatting)).toBe(
      '<w:rPr><w:rFonts w:ascii="Lato"/><w:b/><w:sz w:val="18"/></w:rPr>',
    );
    expect(runPropertiesXml([])).toBe('');
  });
});
