/**
 * A section's identity, stored in its content control's tag so later features can find and rebuild it.
 * Word limits a tag to 255 characters, so items are stored as short keys, not as their ids:
 * "jdb2|catalog|version|level|part|competency|fingerprint|JOB|KEYS", where KEYS is every item's key
 * (itemKey: a 5-character hash of its id) written back to back, fingerprint is a hash of the section's
 * plain text as inserted (section-text.ts), for telling whether the user edited it since, and JOB names the
 * insertion the section came from (the sections inserted together form one job description, src/blocks/jobs.ts).
 * Tags written before JOB existed have one field fewer and are read as sections on their own.
 * A key is resolved back to an id by hashing the ids of a catalog (resolveSectionItems); a key that no
 * catalog id gives is an item no longer in the catalog.
 */
import type { Catalog } from '../catalog/types';
import type { SectionPart, SectionTag } from '../compose/blocks';
import { shortHash } from './short-hash';

const PREFIX = 'jdb2';
const MAX_TAG = 255;
export const ITEM_KEY_WIDTH = 5;
const PARTS: readonly SectionPart[] = [
  'summary',
  'qualifications',
  'competency',
  'skills',
  'matrix',
  'comparison',
  'checklist',
];
/** Marks a key list cut short (more items than a tag holds: about 35). */
const CUT = '+';

export function itemKey(itemId: string): string {
  return shortHash(itemId, ITEM_KEY_WIDTH);
}

export interface ParsedSectionTag extends SectionTag {
  /** Some items did not fit in the tag; the section's own paragraphs still hold every item. */
  truncated: boolean;
}

/** The tag text. The fingerprint is the one the tag carries (layOut computes it from the section's text). */
export function formatSectionTag(tag: SectionTag): string {
  // A comparison has no competency of its own: that field holds the level it compares from.
  const detail = tag.part === 'comparison' ? tag.fromLevelId : tag.competencyId;
  const head = [PREFIX, tag.catalogId, tag.catalogVersion, tag.levelId, tag.part, detail ?? '']
    .map(clean)
    .concat(clean(tag.fingerprint ?? ''), ...(tag.jobId ? [clean(tag.jobId)] : []))
    .join('|');
  let keys = (tag.itemKeys ?? tag.itemIds.map(itemKey)).join('');
  const room = MAX_TAG - head.length - 1;
  if (keys.length > room) keys = keys.slice(0, Math.floor((room - 1) / ITEM_KEY_WIDTH) * ITEM_KEY_WIDTH) + CUT;
  return `${head}|${keys}`;
}

/**
 * The tag of one of our sections, or undefined for any other content control.
 * It gives item keys; itemIds stays empty until resolveSectionItems.
 */
export function parseSectionTag(text: string): ParsedSectionTag | undefined {
  const fields = text.split('|');
  if (fields[0] !== PREFIX || (fields.length !== 8 && fields.length !== 9)) return undefined;
  const [, catalogId, catalogVersion, levelId, part, competencyId, fingerprint] = fields;
  const jobId = fields.length === 9 ? fields[7] : '';
  const keys = fields[fields.length - 1];
  if (!PARTS.includes(part as SectionPart) || !catalogId || !levelId) return undefined;
  const truncated = keys.endsWith(CUT);
  const packed = truncated ? keys.slice(0, -1) : keys;
  if (packed.length % ITEM_KEY_WIDTH !== 0 || !/^[0-9a-z]*$/.test(packed)) return undefined;
  const itemKeys = packed.match(new RegExp(`.{${ITEM_KEY_WIDTH}}`, 'g')) ?? [];
  return {
    catalogId,
    catalogVersion,
    levelId,
    part: part as SectionPart,
    ...(competencyId ? (part === 'comparison' ? { fromLevelId: competencyId } : { competencyId }) : {}),
    itemIds: [],
    itemKeys,
    ...(fingerprint ? { fingerprint } : {}),
    ...(jobId ? { jobId } : {}),
    truncated,
  };
}

export interface ResolvedItems {
  /** Ids of the section's items that the catalog still has, in the tag's order. */
  itemIds: string[];
  /** How many of the section's items the catalog no longer has. */
  missing: number;
}

/** The catalog ids of a section's items, its keys matched by hashing the catalog's ids (a composed tag's ids as keys). */
export function resolveSectionItems(catalog: Catalog, tag: SectionTag): ResolvedItems {
  const ids = catalogItemIds(catalog, tag.part);
  const byKey = new Map<string, string>();
  // First id wins on the (unlikely) clash of two keys within one part.
  for (const id of ids) {
    const key = itemKey(id);
    if (!byKey.has(key)) byKey.set(key, id);
  }
  const itemIds: string[] = [];
  let missing = 0;
  for (const key of tag.itemKeys ?? tag.itemIds.map(itemKey)) {
    const id = byKey.get(key);
    if (id) itemIds.push(id);
    else missing++;
  }
  return { itemIds, missing };
}

/** The ids an item of this part can have. */
function catalogItemIds(catalog: Catalog, part: SectionPart): string[] {
  switch (part) {
    case 'summary':
      return catalog.summary ? [catalog.summary.id] : [];
    case 'qualifications':
      return catalog.qualifications.map((q) => q.id);
    case 'skills':
      return catalog.skills.map((s) => s.id);
    case 'competency':
    case 'checklist':
      return catalog.competencies.flatMap((c) =>
        Object.values(c.levels).flatMap((l) => l.responsibilities.map((r) => r.id)),
      );
    case 'matrix':
    case 'comparison':
      return catalog.competencies.map((c) => c.id);
  }
}

/** Separators cannot appear inside a field. */
function clean(s: string): string {
  return s.replace(/[|,…]/g, '_');
}
