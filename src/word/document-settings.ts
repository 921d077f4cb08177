/**
 * Settings stored in the document itself (Office document settings), e.g. the house-style mapping,
 * so a template carries its choices to the next person who opens it.
 */
function settings(): Office.Settings | undefined {
  return (globalThis as { Office?: typeof Office }).Office?.context?.document?.settings;
}

/**
 * Word keeps at most 2 MB of an add-in's settings (office-js#621); above that saving fails, and on the
 * desktop larger settings can save and then read back as nothing (office-js#6304). One setting is kept
 * well under it so the others fit too.
 */
export const SETTING_LIMIT_CHARACTERS = 1_000_000;

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
  const size = JSON.stringify(value ?? null).length;
  if (size > SETTING_LIMIT_CHARACTERS) {
    const megabytes = (size / 1_000_000).toFixed(1);
    return Promise.reject(
      new Error(
        `This is too large to keep in the document (${megabytes} MB; Word keeps about 1 MB per setting). Nothing was changed.`,
      ),
    );
  }
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
