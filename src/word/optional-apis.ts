/**
 * getStyles (WordApi 1.5) is used when the host offers it, but a host can report the set and still
 * lack the call (getStyles undefined at run time on Word for Mac 16.87, office-js#6859) or fail it
 * (isSetSupported answering yes for a call that then fails, office-js#4953). So: check that the method
 * is there, and when a read that used it fails for a missing API before anything was written, do the
 * read again without it and leave it alone for the rest of the session.
 */
import { supportsWordApi } from './requirements';

/** Hosts (Office objects) whose getStyles failed although reported: remembered per loaded Office. */
const failedGetStyles = new WeakSet<object>();

function office(): object | undefined {
  return (globalThis as { Office?: object }).Office;
}

/** What a Word.run used: set by the batch as it goes, read when it fails. */
export interface OptionalUse {
  getStyles: boolean;
  /** Changes have been queued for the sync now running: a failure may have changed the document. */
  writing: boolean;
}

export function canGetStyles(context: Word.RequestContext): boolean {
  const host = office();
  return (
    supportsWordApi('1.5') &&
    !(host && failedGetStyles.has(host)) &&
    typeof (context.document as { getStyles?: unknown }).getStyles === 'function'
  );
}

function missingApi(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ApiNotFound' || code === 'NotImplemented';
}

/** Runs the batch; once more without getStyles if it failed for a missing API before writing anything. */
export async function withoutFailingApis<T>(batch: (use: OptionalUse) => Promise<T>): Promise<T> {
  const use: OptionalUse = { getStyles: false, writing: false };
  try {
    return await batch(use);
  } catch (e) {
    const host = office();
    if (!use.getStyles || use.writing || !missingApi(e) || !host) throw e;
    failedGetStyles.add(host);
    return batch({ getStyles: false, writing: false });
  }
}
