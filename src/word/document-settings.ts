/**
 * Settings stored in the document itself (Office document settings), e.g. the house-style mapping,
 * so a template carries its choices to the next person who opens it.
 */
import { settingTooLarge } from '../workflows/settings';

function settings(): Office.Settings | undefined {
  return (globalThis as { Office?: typeof Office }).Office?.context?.document?.settings;
}

export function getDocumentSetting(key: string): unknown {
  try {
    return settings()?.get(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves the setting; on any refusal the document keeps the value it had, and the message says why. */
export function setDocumentSetting(key: string, value: unknown): Promise<void> {
  const store = settings();
  if (!store) return Promise.reject(new Error('This document cannot store settings here (Word is not available).'));
  // A setting Word would refuse or lose (#621, #6304) is refused before Word sees it.
  const tooLarge = settingTooLarge(value);
  if (tooLarge) return Promise.reject(new Error(tooLarge));
  const previous: unknown = store.get(key);
  store.set(key, value);
  return new Promise<void>((resolve, reject) => {
    store.saveAsync((result) => {
      if (String(result.status) === 'succeeded') return resolve();
      // Word keeps a refused value in memory; put the saved one back so what the pane reads stays true.
      if (previous === null || previous === undefined) store.remove(key);
      else store.set(key, previous);
      reject(
        new Error(`Word could not save the setting in the document: ${result.error?.message ?? 'unknown reason'}`),
      );
    });
  });
}
