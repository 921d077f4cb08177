/**
 * A section's identity, stored in its content control's tag so later features can find it.
 * Word limits a tag to 255 characters, so long item lists are kept in a compact form:
 * "jdb1|catalog|version|level|part|competency|id,id,...", cut with a trailing "…" when too long
 * (the section's own paragraphs still hold every item).
 */
import type { SectionPart, SectionTag } from '../compose/blocks';

const PREFIX = 'jdb1';
const MAX_TAG = 255;
const PARTS: readonly SectionPart[] = ['summary', 'qualifications', 'competency', 'skills'];

export function formatSectionTag(tag: SectionTag): string {
  const head = [PREFIX, tag.catalogId, tag.catalogVersion, tag.levelId, tag.part, tag.competencyId ?? '']
    .map(clean)
    .join('|');
  let ids = tag.itemIds.map(clean).join(',');
  if (head.length + 1 + ids.length > MAX_TAG) {
    ids = ids.slice(0, MAX_TAG - head.length - 2);
    ids = ids.slice(0, Math.max(0, ids.lastIndexOf(','))) + '…';
  }
  return `${head}|${ids}`;
}

/** The tag of one of our sections, or undefined for any other content control. */
export function parseSectionTag(text: string): (SectionTag & { truncated: boolean }) | undefined {
  const fields = text.split('|');
  if (fields.length !== 7 || fields[0] !== PREFIX) return undefined;
  const [, catalogId, catalogVersion, levelId, part, competencyId, ids] = fields;
  if (!PARTS.includes(part as SectionPart) || !catalogId || !levelId) return undefined;
  const truncated = ids.endsWith('…');
  const itemIds = (truncated ? ids.slice(0, -1) : ids).split(',').filter(Boolean);
  return {
    catalogId,
    catalogVersion,
    levelId,
    part: part as SectionPart,
    ...(competencyId ? { competencyId } : {}),
    itemIds,
    truncated,
  };
}

/** Separators cannot appear inside a field. */
function clean(s: string): string {
  return s.replace(/[|,…]/g, '_');
}
