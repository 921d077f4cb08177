/**
 * Short stable hashes for content-control tags (FNV-1a, 32 bits, in base 36): the same on every
 * platform and in every run, so a tag written today is read back the same way by Word, the CLI and tests.
 */

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** `width` base-36 characters (at most 6 carry the full hash; 36^6 > 2^31). */
export function shortHash(text: string, width: number): string {
  const space = 36 ** width;
  return (fnv1a(text) % space).toString(36).padStart(width, '0');
}
