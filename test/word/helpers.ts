/** Shared set-up for adapter tests: a fake Word with a document, and the port under test. */
import { createWordPort } from '../../src/word/word-document';
import type { DocumentPort } from '../../src/word/port';
import {
  installFakeOffice,
  type FakeParagraphSnapshot,
  type FakeWordHandle,
  type FakeWordOptions,
} from '../support/fake-word';

export function wordWith(options: FakeWordOptions): { fake: FakeWordHandle; port: DocumentPort } {
  const fake = installFakeOffice(globalThis, options);
  return { fake, port: createWordPort() };
}

/** The main text as one string per paragraph; a table shows as "[table]". */
export function texts(fake: FakeWordHandle): string[] {
  return fake.snapshot().body.map((b) => (b.kind === 'paragraph' ? b.text : '[table]'));
}

export function paragraphs(fake: FakeWordHandle): FakeParagraphSnapshot[] {
  return fake.snapshot().body.filter((b): b is FakeParagraphSnapshot => b.kind === 'paragraph');
}
