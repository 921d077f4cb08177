/**
 * Settings stored in the document itself (Office document settings), e.g. the house-style mapping,
 * so a template carries its choices to the next person who opens it.
 */
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

export function setDocumentSetting(key: string, value: unknown): Promise<void> {
  const store = settings();
  if (!store) return Promise.reject(new Error('This document cannot store settings here (Word is not available).'));
  store.set(key, value);
  return new Promise<void>((resolve, reject) => {
    store.saveAsync((result) => {
      if (String(result.status) === 'succeeded') resolve();
      else
        reject(
          new Error(`Word could not save the setting in the document: ${result.error?.message ?? 'unknown reason'}`),
        );
    });
  });
}
