/**
 * Ids for imported items, made from their text so that importing the same file again gives the
 * same ids (saved profiles and inserted blocks keep pointing at the same items). Clashes get -2,
 * -3, ... in file order, which is just as repeatable.
 */

const MAX_SLUG = 48;

/** "Credentialing & Privileging" -> "credentialing-privileging"; text with no Latin letters or digits -> "item". */
export function slug(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut =
    plain.length > MAX_SLUG ? plain.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || plain.slice(0, MAX_SLUG) : plain;
  return cut.replace(/-+$/, '') || 'item';
}

export class IdAllocator {
  private readonly used = new Set<string>();

  /** The id itself if free, else the first free id-2, id-3, ... */
  claim(id: string): string {
    let candidate = id;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${id}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

/** A short, stable fingerprint of text (FNV-1a, 32 bits): the version of an imported catalog that has none. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
