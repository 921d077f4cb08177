/**
 * Everything that can stop an insertion, as a WordError in plain language with what to do.
 * Pure: the adapter passes in what Word threw, or the facts it checked before inserting.
 */
import type { CursorLocation, WordError, WordErrorCode } from './port';

export function wordError(code: WordErrorCode, message: string, advice: string): WordError {
  return { code, message, advice };
}

const SAVE_A_COPY = 'Ask the owner to unprotect it, or use File > Save a Copy and insert into the copy.';

export const PROTECTED = wordError(
  'protected',
  'Word did not allow changes to this document. It is probably protected or open read-only.',
  SAVE_A_COPY,
);

export const NOTHING_TO_INSERT = wordError(
  'nothing-to-insert',
  'Nothing is selected to insert.',
  'Tick at least one responsibility, skill or qualification, then try again.',
);

export const REQUIREMENT_SET = wordError(
  'requirement-set',
  'This version of Word is too old for JD Builder (it needs Word API 1.3 or later).',
  'Update Office, or use Word for the web or Microsoft 365, then open the pane again.',
);

export const BLOCK_NOT_FOUND = wordError(
  'block-not-found',
  'This block is no longer in the document.',
  'Refresh the list of blocks in this document.',
);

const PLACE_NAMES: Partial<Record<CursorLocation, string>> = {
  header: 'a header',
  footer: 'a footer',
  footnote: 'a footnote',
  endnote: 'an endnote',
  'text-box': 'a text box',
};

/** Insertion is allowed in the document body and in body tables only. */
export function locationError(location: CursorLocation): WordError | undefined {
  if (location === 'body' || location === 'table') return undefined;
  const place = PLACE_NAMES[location] ?? 'a part of the document where sections cannot be added';
  return wordError(
    'unsupported-location',
    `The cursor is in ${place}. Job-description sections can only be inserted in the main text.`,
    'Click in the body of the document where the sections should go, then try again.',
  );
}

export function lockedControlError(title: string): WordError {
  const named = title ? `"${title}"` : 'a content control';
  return wordError(
    'locked-content-control',
    `The cursor is inside ${named}, which is locked against editing.`,
    "Move the cursor outside it, or unlock it in the control's Properties (Developer tab), then try again.",
  );
}

/** The facts checked before anything is inserted ("check first, then do everything in one batch"). */
export interface InsertFacts {
  location: CursorLocation;
  readOnly: boolean;
  control?: { title: string; editable: boolean };
}

export function checkInsertion(facts: InsertFacts): WordError | undefined {
  if (facts.readOnly) return PROTECTED;
  const place = locationError(facts.location);
  if (place) return place;
  if (facts.control && !facts.control.editable) return lockedControlError(facts.control.title);
  return undefined;
}

/** The error code Office.js puts on a failed request (OfficeExtension.Error.code), if any. */
export function officeCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** What Word threw during a request, as a WordError. */
export function errorFromOffice(e: unknown): WordError {
  const code = officeCode(e);
  switch (code) {
    case 'AccessDenied':
    case 'GeneralException':
      // Word reports a protected or read-only document with one of these two codes.
      return PROTECTED;
    case 'NotAllowed':
      return wordError(
        'not-allowed',
        'Word does not allow add-ins to make this change here (some web editors and views block it).',
        'Open the document in the Word desktop app, or switch to Editing mode, then try again.',
      );
    case 'ApiNotFound':
    case 'NotImplemented':
      return REQUIREMENT_SET;
    case 'ItemNotFound':
      return wordError(
        'unknown',
        'Word could not find a style or part of the document that the sections refer to.',
        'Open House style, choose styles that exist in this document, then try again.',
      );
    case 'InvalidArgument':
      return wordError(
        'unknown',
        'Word rejected the content to insert.',
        'Insert fewer items at a time; if it keeps happening, report it with the items you chose.',
      );
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return wordError(
        'unknown',
        'The selection is too large for Word to insert in one go.',
        'Insert the selection in a few smaller parts.',
      );
    default: {
      const detail = code ? ` (Word error ${code})` : e instanceof Error && e.message ? ` (${e.message})` : '';
      return wordError(
        'unknown',
        `Word reported an unexpected problem${detail}.`,
        'Try again; if it keeps happening, save the document, reopen it and try once more.',
      );
    }
  }
}
