/**
 * The part heading ("Essential Functions and Responsibilities") left out where the document already has
 * one: a block inserted right under a heading (or in place of a placeholder right under one) belongs to
 * that heading, which names the part, so a second heading would repeat it. Only the first part's heading
 * goes: the parts after it (e.g. knowledge and skills) keep theirs.
 */
import type { BlockModel, Section } from './blocks';

export type PartHeadingChoice = 'auto' | 'always' | 'never';
export const PART_HEADING_CHOICES: readonly PartHeadingChoice[] = ['auto', 'always', 'never'];

export function withPartHeading(model: BlockModel, choice: PartHeadingChoice, underHeading: boolean): BlockModel {
  const drop = choice === 'never' || (choice === 'auto' && underHeading);
  const [first, ...rest] = model.sections;
  if (!drop || !first) return model;
  return { sections: [withoutPartHeading(first), ...rest] };
}

/** The section without the part heading it opens with (a section that opens otherwise is returned as is). */
export function withoutPartHeading(section: Section): Section {
  const opening = section.blocks[0];
  if (opening?.kind !== 'heading' || opening.role !== 'sectionHeading') return section;
  return { ...section, blocks: section.blocks.slice(1) };
}
