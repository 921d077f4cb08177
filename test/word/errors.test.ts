/** Everything that stops an insertion becomes a typed error in plain language, and nothing is half-inserted. */
import { checkInsertion, errorFromOffice, lockedControlError, locationError } from '../../src/word/word-errors';
import type { CursorLocation } from '../../src/word/port';
import { uninstallFakeOffice, type FakeWordOptions } from '../support/fake-word';
import { texts, wordWith } from './helpers';
import { bulletPlan } from './plans';

afterEach(() => uninstallFakeOffice(globalThis));

describe('errorFromOffice', () => {
  test.each([
    ['GeneralException', 'protected'],
    ['AccessDenied', 'protected'],
    ['NotAllowed', 'not-allowed'],
    ['ApiNotFound', 'requirement-set'],
    ['NotImplemented', 'requirement-set'],
    ['ItemNotFound', 'unknown'],
    ['InvalidArgument', 'unknown'],
    ['RequestPayloadSizeLimitExceeded', 'unknown'],
    ['SomethingNew', 'unknown'],
  ])('%s -> %s', (code, expected) => {
    const error = errorFromOffice({ code, message: 'x' });
    expect(error.code).toBe(expected);
    expect(error.message.length).toBeGreaterThan(20);
    expect(error.advice.length).toBeGreaterThan(20);
  });

  test('the protected message tells the user what to do', () => {
    const error = errorFromOffice({ code: 'AccessDenied' });
    expect(error.message).toMatch(/protected or open read-only/);
    expect(error.advice).toMatch(/unprotect.*Save a Copy/);
  });

  test('distinct messages for a missing style, a rejected argument and a too-large request', () => {
    const messages = ['ItemNotFound', 'InvalidArgument', 'RequestPayloadSizeLimitExceeded'].map(
      (code) => errorFromOffice({ code }).message,
    );
    expect(new Set(messages).size).toBe(3);
    expect(messages[0]).toMatch(/style/);
    expect(messages[2]).toMatch(/too large/);
  });

  test('an unknown code or a plain Error is named in the message; anything else still gives a message', () => {
    expect(errorFromOffice({ code: 'Weird' }).message).toContain('Weird');
    expect(errorFromOffice(new Error('socket closed')).message).toContain('socket closed');
    expect(errorFromOffice(undefined).code).toBe('unknown');
    expect(errorFromOffice('boom').message).toMatch(/unexpected problem\./);
  });
});

describe('checks before inserting', () => {
  test.each<[CursorLocation, RegExp]>([
    ['header', /a header/],
    ['footer', /a footer/],
    ['footnote', /a footnote/],
    ['endnote', /an endnote/],
    ['text-box', /a text box/],
    ['unknown', /part of the document/],
  ])('cursor in %s -> unsupported-location', (location, words) => {
    const error = locationError(location);
    expect(error?.code).toBe('unsupported-location');
    expect(error?.message).toMatch(words);
  });

  test('body and body tables are fine', () => {
    expect(locationError('body')).toBeUndefined();
    expect(locationError('table')).toBeUndefined();
  });

  test('a locked control is named', () => {
    expect(lockedControlError('Signature block').message).toContain('"Signature block"');
    expect(checkInsertion({ location: 'body', readOnly: false, control: { title: 'X', editable: false } })?.code).toBe(
      'locked-content-control',
    );
    expect(
      checkInsertion({ location: 'body', readOnly: false, control: { title: 'X', editable: true } }),
    ).toBeUndefined();
  });

  test('a read-only document is reported as protected before anything else', () => {
    expect(checkInsertion({ location: 'header', readOnly: true })?.code).toBe('protected');
  });
});

describe('through Word', () => {
  const DOC: FakeWordOptions = { body: ['Intro', 'Duties', 'End'], selection: { paragraph: 1 } };

  async function insertInto(options: FakeWordOptions) {
    const { fake, port } = wordWith({ ...DOC, ...options });
    const before = texts(fake);
    const result = await port.insert(bulletPlan(30), 'after-selection');
    return { result, fake, before };
  }

  test.each<[string, FakeWordOptions, string]>([
    ['protected (GeneralException)', { protected: true }, 'protected'],
    ['protected (AccessDenied)', { protected: 'AccessDenied' }, 'protected'],
    ['open read-only', { readOnly: true }, 'protected'],
    ['an editor that blocks add-ins', { notAllowed: true }, 'not-allowed'],
    [
      'a locked content control',
      { controls: [{ from: 1, title: 'Fixed text', cannotEdit: true }] },
      'locked-content-control',
    ],
    ['a header', { header: ['Company'], selection: { story: 'header', paragraph: 0 } }, 'unsupported-location'],
    ['a footer', { footer: ['Page'], selection: { story: 'footer', paragraph: 0 } }, 'unsupported-location'],
    ['a footnote', { footnote: ['Note'], selection: { story: 'footnote', paragraph: 0 } }, 'unsupported-location'],
    ['an endnote', { endnote: ['Note'], selection: { story: 'endnote', paragraph: 0 } }, 'unsupported-location'],
    ['a text box', { textBox: ['Box'], selection: { story: 'textBox', paragraph: 0 } }, 'unsupported-location'],
    ['a host without WordApi 1.3', { requirementSets: { WordApi: '1.2' } }, 'requirement-set'],
  ])('%s: a typed error and the document unchanged', async (_name, options, code) => {
    const { result, fake, before } = await insertInto(options);
    expect(!result.ok && result.error.code).toBe(code);
    expect(texts(fake)).toEqual(before);
    expect(fake.snapshot().controls.filter((c) => c.tag.startsWith('jdb'))).toEqual([]);
  });

  test('a header in Word is named in the message', async () => {
    const { result } = await insertInto({ header: ['Company'], selection: { story: 'header', paragraph: 0 } });
    expect(!result.ok && result.error.message).toMatch(/header/);
  });

  test('a host without WordApi 1.3 is refused without calling Word', async () => {
    const { result, fake } = await insertInto({ requirementSets: { WordApi: '1.2' } });
    expect(!result.ok && result.error.code).toBe('requirement-set');
    expect(fake.counters.runs).toBe(0);
  });

  test.each([
    ['ItemNotFound', /style/],
    ['InvalidArgument', /rejected/],
  ])('Word failing the insertion with %s gives a plain message', async (code, words) => {
    const { result } = await insertInto({ failSync: { sync: 2, code } });
    expect(!result.ok && result.error.message).toMatch(words);
  });

  test('readDocument failing in Word gives a typed error too', async () => {
    const { fake, port } = wordWith({ ...DOC, failSync: { sync: 1, code: 'AccessDenied' } });
    const result = await port.readDocument();
    expect(!result.ok && result.error.code).toBe('protected');
    expect(fake.counters.runs).toBe(1);
  });
});
