/**
 * Which Word API requirement sets the host supports. WordApi 1.3 is the minimum (manifest.xml);
 * 1.4 (change tracking) and 1.5 (getStyles) are used when present and skipped gracefully otherwise.
 */
export const MINIMUM_WORD_API = '1.3';

export function supports(set: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    // Some hosts throw instead of answering false for an unknown set.
    return false;
  }
}

export const supportsWordApi = (version: string): boolean => supports('WordApi', version);
