/** fast-check generators of text that XML and HTML find hostile, and a catalog built from it. */
import fc from 'fast-check';
import type { Catalog } from '../../src/catalog/types';
import { compose } from '../../src/compose/compose';
import type { BlockModel } from '../../src/compose/blocks';
import { DEFAULT_COMPOSE_OPTIONS } from '../../src/compose/selection';
import { stripForbiddenXmlChars } from '../../src/xml/escape';
import { fixtureCatalog, fixtureSelection } from '../compose/fixture-catalog';

const SPECIALS = [
  '&',
  '<',
  '>',
  '"',
  "'",
  '&amp;',
  '<w:p>',
  ']]>',
  '<!--',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '😀',
  '👩🏽‍⚕️',
  'שלום',
  'مرحبا',
  '\u200F',
  '\u202E',
  '[insert work setting]',
  ' ',
  '  ',
  '\u00A0',
  'é',
  '<script>alert(1)</script>',
  '\u0085',
  '\u2028',
  '\r\u0085',
];

const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

export const hostileText = fc.array(unit, { maxLength: 12 }).map((parts) => parts.join(''));

export interface HostileCase {
  title: string;
  responsibility: string;
  skillName: string;
  skillDescription: string;
  qualification: string;
  heading: string;
}

export const hostileCase: fc.Arbitrary<HostileCase> = fc.record({
  title: hostileText,
  responsibility: hostileText,
  skillName: hostileText,
  skillDescription: hostileText,
  qualification: hostileText,
  heading: hostileText,
});

/** The fixture catalog with hostile text in every place text can come from, composed in full. */
export function hostileModel(c: HostileCase): BlockModel {
  const catalog: Catalog = {
    ...fixtureCatalog,
    qualifications: [{ id: 'q', kind: 'education', text: c.qualification, levels: ['entry'] }],
    competencies: [
      {
        id: 'c',
        title: c.title,
        levels: { entry: { rating: 'essential', responsibilities: [{ id: 'r', text: c.responsibility }] } },
      },
    ],
    skills: [{ id: 's', name: c.skillName, description: c.skillDescription, ratings: { entry: 'essential' } }],
  };
  const options = { ...DEFAULT_COMPOSE_OPTIONS, headings: { ...DEFAULT_COMPOSE_OPTIONS.headings, skills: c.heading } };
  return compose(
    catalog,
    fixtureSelection({ qualificationIds: ['q'], responsibilityIds: ['r'], skillIds: ['s'], options }),
  ).value;
}

/** What survives in Word: forbidden characters removed, every line ending one break. */
export function expectedText(text: string): string {
  return stripForbiddenXmlChars(text).replace(/\r\n|\r/g, '\n');
}
