import fc from 'fast-check';
import { wAttr, wChild, wElements } from '../../src/xml/dom';
import { GERMAN_STYLES } from '../house-style/styles-fixtures';
import { expectedText, hostileCase, hostileModel } from './hostile-text';
import { ooxmlOf, paragraphs, parseFragment, styleMapFor } from './support';

const styles = styleMapFor(GERMAN_STYLES);

describe('OOXML with hostile text', () => {
  // xmldom warns about U+FFFD, which is valid text here; any other console error still shows.
  const consoleError = console.error.bind(console);
  beforeAll(() => {
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('Unicode replacement character')) consoleError(...args);
    });
  });
  afterAll(() => jest.restoreAllMocks());

  it('always parses, and every text comes back complete and in order (minus what XML forbids)', () => {
    fc.assert(
      fc.property(hostileCase, (c) => {
        const xml = ooxmlOf(hostileModel(c), styles, { bulletNumId: 3 });
        const doc = parseFragment(xml);
        const texts = paragraphs(doc).map((p) => p.text);
        expect(texts).toEqual([
          'Qualifications',
          'Qualification',
          'Requirement',
          'Minimum Education',
          expectedText(c.qualification),
          'Essential Functions and Responsibilities',
          expectedText(c.title),
          expectedText(c.responsibility),
          expectedText(c.heading),
          expectedText(`${c.skillName}: ${c.skillDescription}`),
        ]);
        const alias = wAttr(wChild(wChild(wElements(doc, 'sdt')[1], 'sdtPr') as Element, 'alias'));
        // Attribute values normalize whitespace, which is fine for a content control's title.
        expect(alias).toBe(expectedText(c.title).replace(/[\t\n]/g, ' '));
      }),
      { numRuns: 300 },
    );
  });
});
