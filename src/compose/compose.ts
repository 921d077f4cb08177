/**
 * Selection -> block model. The order follows the NAMSS builder's steps (qualifications, then
 * competencies in catalog order with their responsibilities, then knowledge and skills), with the
 * profile summary first when asked for, unless the options give another part order (a sample's own). Problems (unknown ids, unfilled placeholders) become
 * messages; compose never throws on a bad selection.
 */
import type {
  Catalog,
  Competency,
  QualificationKind,
  QualificationQualifier,
  Rating,
  Responsibility,
} from '../catalog/types';
import { isEssentialRating, ratingLabel } from '../catalog/rating-words';
import { warning, type Message, type WithMessages } from '../messages';
import type { Block, BlockModel, Section, SectionPart, SectionTag } from './blocks';
import { placeholderFiller } from './placeholders';
import { COMPOSE_PARTS, type ComposePart, type Selection } from './selection';

export const QUALIFICATION_TABLE_HEADER = ['Qualification', 'Requirement'];

/** Row labels as the NAMSS qualifications table names them. */
const KIND_LABELS: Record<QualificationKind, string> = {
  'job-title': 'Job Title',
  education: 'Education',
  experience: 'Work Experience',
  certification: 'Certification',
  skill: 'Skills',
  knowledge: 'Knowledge',
};
/** The NAMSS table's education and experience rows are minimums; an ideal qualification (Greeley's) is not one. */
const MINIMUM_KINDS: ReadonlySet<QualificationKind> = new Set(['education', 'experience']);
const rowLabel = (kind: QualificationKind, qualifier?: QualificationQualifier) =>
  MINIMUM_KINDS.has(kind) && qualifier !== 'ideal' ? `Minimum ${KIND_LABELS[kind]}` : KIND_LABELS[kind];

const QUALIFIER_LABELS: Record<QualificationQualifier, string | undefined> = {
  required: 'Required',
  preferred: 'Preferred',
  encouraged: 'Encouraged',
  'within-five-years': 'Within five years on the job',
  ideal: 'Ideal',
  none: undefined,
};

export function compose(catalog: Catalog, selection: Selection): WithMessages<BlockModel> {
  const messages: Message[] = [];
  const fill = placeholderFiller(catalog.placeholders, selection.placeholderValues);
  const { levelId, options } = selection;
  const tag = (part: SectionPart, itemIds: string[], competencyId?: string): SectionTag => ({
    catalogId: catalog.id,
    catalogVersion: catalog.version,
    levelId,
    part,
    ...(competencyId ? { competencyId } : {}),
    itemIds,
  });
  const withRating = (text: string, rating: Rating | undefined) => {
    const label = options.includeEssentiality && rating ? ratingLabel(catalog, rating) : undefined;
    return label ? `${text} (${label})` : text;
  };

  if (selection.catalogId && selection.catalogId !== catalog.id) {
    messages.push(
      warning(
        'catalog-mismatch',
        `The selection was made for catalog "${selection.catalogId}" but "${catalog.id}" is loaded.`,
      ),
    );
  }
  if (!catalog.levels.some((l) => l.id === levelId)) {
    messages.push(
      warning('unknown-level', `The catalog has no experience level "${levelId}"; no responsibilities can be chosen.`),
    );
  }

  const parts: Record<ComposePart, Section[]> = { summary: [], qualifications: [], competencies: [], skills: [] };
  const heading = (role: 'sectionHeading' | 'competencyHeading', text: string): Block => ({
    kind: 'heading',
    role,
    text,
  });

  if (selection.includeSummary && catalog.summary) {
    const s = catalog.summary;
    parts.summary.push({
      title: options.headings.summary,
      tag: tag('summary', [s.id]),
      blocks: [
        heading('sectionHeading', options.headings.summary),
        { kind: 'paragraph', role: 'body', runs: fill.toRuns(s.text) },
      ],
    });
  }

  const chosenQualifications = pick(catalog.qualifications, selection.qualificationIds, 'qualification', messages);
  if (chosenQualifications.length) {
    parts.qualifications.push({
      title: options.headings.qualifications,
      tag: tag(
        'qualifications',
        chosenQualifications.map((q) => q.id),
      ),
      blocks: [
        heading('sectionHeading', options.headings.qualifications),
        {
          kind: 'table',
          header: QUALIFICATION_TABLE_HEADER,
          rows: chosenQualifications.map((q) => {
            const qualifier = q.qualifier && QUALIFIER_LABELS[q.qualifier];
            const runs = fill.toRuns(q.text);
            return {
              itemId: q.id,
              cells: [
                [{ text: rowLabel(q.kind, q.qualifier) }],
                qualifier ? [...runs, { text: ` (${qualifier})` }] : runs,
              ],
            };
          }),
        },
      ],
    });
  }

  const competencySections = composeCompetencies(catalog, selection, messages).map(
    ({ competency, rating, chosen }) => ({
      competency,
      rating,
      blocks: [
        heading('competencyHeading', withRating(competency.title, rating)),
        {
          kind: 'bulletList',
          role: 'responsibility',
          items: chosen.map((r) => ({ itemId: r.id, runs: fill.toRuns(r.text) })),
        } as Block,
      ],
      itemIds: chosen.map((r) => r.id),
    }),
  );
  // Each group of competencies opens with its part heading: one, or the essential and the other duties.
  const groups = options.essentialityGroups
    ? [
        {
          heading: options.essentialityGroups.essential,
          members: competencySections.filter((c) => isEssentialRating(catalog, c.rating)),
        },
        {
          heading: options.essentialityGroups.other,
          members: competencySections.filter((c) => !isEssentialRating(catalog, c.rating)),
        },
      ]
    : [{ heading: options.headings.competencies, members: competencySections }];
  for (const group of groups.filter((g) => g.members.length)) {
    if (options.competencyLayout === 'combined') {
      parts.competencies.push({
        title: group.heading,
        tag: tag(
          'competency',
          group.members.flatMap((c) => c.itemIds),
        ),
        blocks: [heading('sectionHeading', group.heading), ...group.members.flatMap((c) => c.blocks)],
      });
      continue;
    }
    // Per competency: the part heading opens the group's first section so each section stays one content control.
    group.members.forEach((c, i) =>
      parts.competencies.push({
        title: c.competency.title,
        tag: tag('competency', c.itemIds, c.competency.id),
        blocks: i === 0 ? [heading('sectionHeading', group.heading), ...c.blocks] : c.blocks,
      }),
    );
  }

  const chosenSkills = pick(catalog.skills, selection.skillIds, 'skill', messages);
  if (chosenSkills.length) {
    parts.skills.push({
      title: options.headings.skills,
      tag: tag(
        'skills',
        chosenSkills.map((s) => s.id),
      ),
      blocks: [
        heading('sectionHeading', options.headings.skills),
        {
          kind: 'termList',
          items: chosenSkills.map((s) => ({
            itemId: s.id,
            term: withRating(s.name, s.ratings[levelId]),
            definition: fill.toRuns(s.description),
          })),
        },
      ],
    });
  }

  for (const token of fill.unfilled) {
    messages.push(
      warning('placeholder-unfilled', `"${token}" has no value yet; it stays in the text, marked, for you to fill in.`),
    );
  }
  const sections = (options.partOrder ?? COMPOSE_PARTS).flatMap((part) => parts[part]);
  return { value: { sections }, messages };
}

interface ChosenCompetency {
  competency: Competency;
  rating?: Rating;
  chosen: Responsibility[];
}

/** Responsibilities grouped by competency, in catalog order; ids at another level or unknown are reported. */
function composeCompetencies(catalog: Catalog, selection: Selection, messages: Message[]): ChosenCompetency[] {
  const wanted = new Set(selection.responsibilityIds);
  const result: ChosenCompetency[] = [];
  for (const competency of catalog.competencies) {
    const level = competency.levels[selection.levelId];
    const chosen = (level?.responsibilities ?? []).filter((r) => wanted.delete(r.id));
    if (chosen.length) result.push({ competency, rating: level?.rating, chosen });
  }
  for (const id of wanted) {
    const elsewhere = catalog.competencies.find((c) =>
      Object.values(c.levels).some((l) => l.responsibilities.some((r) => r.id === id)),
    );
    messages.push(
      elsewhere
        ? warning(
            'item-not-at-level',
            `The responsibility "${id}" (${elsewhere.title}) is not listed for level "${selection.levelId}"; it was left out.`,
          )
        : warning('unknown-item', `The catalog has no responsibility "${id}"; it was left out.`),
    );
  }
  return result;
}

/** Items chosen by id, in catalog order; unknown ids become a warning each. */
function pick<T extends { id: string }>(items: T[], ids: string[], what: string, messages: Message[]): T[] {
  const wanted = new Set(ids);
  const chosen = items.filter((item) => wanted.delete(item.id));
  for (const id of wanted)
    messages.push(warning('unknown-item', `The catalog has no ${what} "${id}"; it was left out.`));
  return chosen;
}
