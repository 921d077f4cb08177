/** Insert plans for the adapter tests and the benchmark, built the way src/render resolves them. */
import type { ContentCommand, InsertPlan, SectionCommand, StyleRef } from '../../src/render/commands';
import { formatSectionTag } from '../../src/render/section-tag';

export const HEADING_2: StyleRef = { id: 'Heading2', localName: 'Heading 2', builtInKey: 'heading 2' };
export const HEADING_3: StyleRef = { id: 'Heading3', localName: 'Heading 3', builtInKey: 'heading 3' };
export const LIST_BULLET: StyleRef = { id: 'ListBullet', localName: 'List Bullet', builtInKey: 'list bullet' };
export const LIST_PARAGRAPH: StyleRef = {
  id: 'ListParagraph',
  localName: 'List Paragraph',
  builtInKey: 'list paragraph',
};
export const NORMAL: StyleRef = { id: 'Normal', localName: 'Normal', builtInKey: 'normal' };
export const TABLE_GRID: StyleRef = { id: 'TableGrid', localName: 'Table Grid', builtInKey: 'table grid' };
export const STRONG: StyleRef = { id: 'Strong', localName: 'Strong', builtInKey: 'strong' };

export function tagFor(competencyId: string, itemIds: string[]): string {
  return formatSectionTag({
    catalogId: 'namss-jd-builder',
    catalogVersion: '2021-10',
    levelId: 'mid-career',
    part: 'competency',
    competencyId,
    itemIds,
  });
}

/** One section per competency: a heading, then its responsibilities as bullets. */
export function bulletPlan(itemCount: number, sectionSize = 10, bullet: StyleRef = LIST_BULLET): InsertPlan {
  const sections: SectionCommand[] = [];
  for (let start = 0; start < itemCount; start += sectionSize) {
    const ids = Array.from({ length: Math.min(sectionSize, itemCount - start) }, (_, i) => `r${start + i + 1}`);
    const n = sections.length + 1;
    const content: ContentCommand[] = [
      { kind: 'paragraph', style: HEADING_3, runs: [{ text: `Competency ${n}` }] },
      ...ids.map((id): ContentCommand => ({
        kind: 'paragraph',
        style: bullet,
        runs: [{ text: `Responsibility ${id}` }],
      })),
    ];
    sections.push({ title: `Competency ${n}`, tag: tagFor(`c${n}`, ids), content });
  }
  return { sections };
}

/**
 * bulletPlan as rendered for a document whose bullet style has no numbering of its own: every
 * responsibility is a bullet the adapter makes, and ends in an unfilled placeholder.
 */
export function directBulletPlan(itemCount: number, sectionSize = 10): InsertPlan {
  const plan = bulletPlan(itemCount, sectionSize, LIST_PARAGRAPH);
  for (const section of plan.sections) {
    section.content = section.content.map((item) =>
      item.kind === 'paragraph' && item.style === LIST_PARAGRAPH
        ? {
            ...item,
            bullet: true,
            runs: [...item.runs, { text: ' in the ' }, { text: '[insert work setting]', placeholder: true }],
          }
        : item,
    );
  }
  return plan;
}
