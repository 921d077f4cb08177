/**
 * Catalog problems as data: which file, where in it (a JSON pointer), and a plain-language
 * message saying what is wrong and what was expected.
 */
export interface CatalogError {
  file: string;
  /** JSON pointer (RFC 6901) to the offending value; "" for the whole file. */
  pointer: string;
  message: string;
}

/** Used when the caller does not name the file (e.g. text pasted into the task pane). */
export const UNNAMED_FILE = 'catalog';

/** What each array in a catalog holds, so a pointer can be read out as "competency 3". */
const ITEM_NOUNS: Record<string, string> = {
  ratingLegend: 'rating legend entry',
  levels: 'level',
  workSettings: 'work setting',
  placeholders: 'placeholder',
  qualifications: 'qualification',
  competencies: 'competency',
  responsibilities: 'responsibility',
  notes: 'note',
  skills: 'skill',
  errata: 'erratum',
  aliases: 'alias',
};

export function pointerSegments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Reads a pointer back as words a catalog author recognizes, naming items by their id where
 * they have one: /competencies/2/levels/entry/responsibilities/0 ->
 * 'competency "psv", level "entry", responsibility "psv.entry.x"'; with byPosition, array items
 * are numbered instead (for duplicate ids, where the id names nothing). Returns "" for the top level.
 */
export function describeLocation(data: unknown, pointer: string, byPosition = false): string {
  const parts: string[] = [];
  let value: unknown = data;
  let container = '';
  const segments = pointerSegments(pointer);
  segments.forEach((segment, k) => {
    const next = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined;
    if (Array.isArray(value)) {
      const noun = ITEM_NOUNS[container] ?? 'item';
      const named = !byPosition && isRecord(next) && typeof next.id === 'string' && next.id;
      const id = named ? `"${next.id}"` : String(Number(segment) + 1);
      parts.push(`${noun} ${id}`);
    } else if (container === 'levels' && !Array.isArray(value)) {
      parts.push(`level "${segment}"`);
    } else if (container === 'ratings') {
      parts.push(`rating for level "${segment}"`);
    } else if (k === segments.length - 1 || !(segment in ITEM_NOUNS || segment === 'ratings')) {
      // A collection's name is implied by the item that follows it, unless it is the place itself.
      parts.push(`field "${segment}"`);
    }
    container = segment;
    value = next;
  });
  return parts.join(', ');
}

/** "In competency "psv", field "title": expected text, found a number." */
export function sentence(location: string, problem: string): string {
  const text = location ? `In ${location}: ${problem}` : problem.charAt(0).toUpperCase() + problem.slice(1);
  return text.endsWith('.') ? text : text + '.';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
