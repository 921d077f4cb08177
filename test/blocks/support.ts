/** A block as a document would hold it: composed, tagged as layOut tags it, and read back as canonical text. */
import { builtinCatalog } from '../../src/catalog/builtin';
import type { Catalog } from '../../src/catalog/types';
import type { Section } from '../../src/compose/blocks';
import { compose } from '../../src/compose/compose';
import { DEFAULT_COMPOSE_OPTIONS, type Selection } from '../../src/compose/selection';
import type { BlockText } from '../../src/blocks/edits';
import { formatSectionTag, parseSectionTag } from '../../src/render/section-tag';
import { canonicalText, sectionFingerprint, sectionLines } from '../../src/render/section-text';

export const namss = builtinCatalog();

export function selection(levelId: string, picks: Partial<Selection> = {}): Selection {
  return {
    catalogId: namss.id,
    levelId,
    qualificationIds: [],
    responsibilityIds: [],
    skillIds: [],
    placeholderValues: {},
    options: DEFAULT_COMPOSE_OPTIONS,
    ...picks,
  };
}

export function inserted(section: Section): BlockText {
  const tag = parseSectionTag(formatSectionTag({ ...section.tag, fingerprint: sectionFingerprint(section.blocks) }))!;
  return { tag, text: canonicalText(sectionLines(section.blocks)) };
}

/** The sections compose makes for a selection, as inserted blocks. */
export function insertedBlocks(sel: Selection, catalog: Catalog = namss): BlockText[] {
  return compose(catalog, sel).value.sections.map(inserted);
}

export function responsibilities(competencyId: string, levelId: string, catalog: Catalog = namss): string[] {
  return catalog.competencies.find((c) => c.id === competencyId)!.levels[levelId].responsibilities.map((r) => r.id);
}
