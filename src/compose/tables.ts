/**
 * The tables made from the catalog and the picks, each one tagged section: the matrix at a glance
 * (competencies against levels), what changes from one level to another (the career-ladder view), and the
 * competency checklist for assessing the picked responsibilities (orientation, periodic competence checks).
 */
import { compareLevels, plainWordDiff, ratingChangeText } from '../catalog/compare-levels';
import { cellText, competencyMatrix } from '../catalog/matrix';
import type { Catalog, LevelId, WorkSettingId } from '../catalog/types';
import { error, type WithMessages } from '../messages';
import type { BlockModel, Run, SectionTag, TableRow } from './blocks';
import { compose } from './compose';
import type { Selection } from './selection';

/** What turns the catalog and the picks into blocks: compose() for a job description, or one of these tables. */
export type Composer = (catalog: Catalog, selection: Selection) => WithMessages<BlockModel>;

/** The assessment methods a checklist offers when the catalog names none of its own. */
export const DEFAULT_ASSESSMENT_METHODS = ['Observation', 'Demonstration', 'Written test', 'Review of work'];
export const CHECKLIST_TITLE = 'Competency Checklist';
export const CHECKLIST_HEADER = ['Responsibility', 'Method', 'Date', 'Assessor', 'Met'];
const METHOD_COLUMN = 1;

const plain = (text: string): Run[] => (text ? [{ text }] : []);

function baseTag(catalog: Catalog, levelId: LevelId, part: SectionTag['part'], itemIds: string[]): SectionTag {
  return { catalogId: catalog.id, catalogVersion: catalog.version, levelId, part, itemIds };
}

/** Every competency against every level. levelId is the level the user is on (the tag needs one). */
export function composeMatrix(catalog: Catalog, levelId: LevelId, workSettingId?: WorkSettingId): BlockModel {
  const title = `${catalog.title}: competencies by level`;
  const rows = competencyMatrix(catalog, workSettingId);
  return {
    sections: [
      {
        title,
        tag: baseTag(
          catalog,
          levelId,
          'matrix',
          rows.map((r) => r.competency.id),
        ),
        blocks: [
          { kind: 'heading', role: 'sectionHeading', text: title },
          {
            kind: 'table',
            header: ['Competency', ...catalog.levels.map((l) => l.name)],
            rows: rows.map((r) => ({
              itemId: r.competency.id,
              cells: [plain(r.competency.title), ...r.cells.map((c) => plain(cellText(c)))],
            })),
          },
        ],
      },
    ],
  };
}

/** Per competency that changes: its rating change and the duties added, dropped or reworded. */
export function composeComparison(
  catalog: Catalog,
  fromId: LevelId,
  toId: LevelId,
  workSettingId?: WorkSettingId,
): WithMessages<BlockModel> {
  const compared = compareLevels(catalog, fromId, toId, workSettingId);
  if (!compared.ok) return { value: { sections: [] }, messages: [error('unknown-level', compared.error)] };
  const { from, to, competencies } = compared.value;
  const title = `What changes from ${from.name} to ${to.name}`;
  const lines = (items: string[]) => plain(items.join('\n'));
  const changed = competencies.filter(
    (c) => c.added.length || c.dropped.length || c.reworded.length || c.fromRating !== c.toRating,
  );
  return {
    value: {
      sections: [
        {
          title,
          tag: {
            ...baseTag(
              catalog,
              to.id,
              'comparison',
              changed.map((c) => c.competency.id),
            ),
            fromLevelId: from.id,
          },
          blocks: [
            { kind: 'heading', role: 'sectionHeading', text: title },
            {
              kind: 'table',
              header: ['Competency', 'Rating', 'Added', 'Dropped', 'Reworded'],
              rows: changed.map((c) => ({
                itemId: c.competency.id,
                cells: [
                  plain(c.competency.title),
                  plain(ratingChangeText(catalog, c)),
                  lines(c.added.map((r) => r.text)),
                  lines(c.dropped.map((r) => r.text)),
                  lines(c.reworded.map((r) => plainWordDiff(r.words))),
                ],
              })),
            },
          ],
        },
      ],
    },
    messages: [],
  };
}

export interface ChecklistOptions {
  /** Shown in the heading with the level; absent, the heading names the level only. */
  jobTitle?: string;
}

/** One row per picked responsibility, under its competency's title; the method column offers the catalog's methods. */
export function composeChecklist(
  catalog: Catalog,
  selection: Selection,
  options: ChecklistOptions = {},
): WithMessages<BlockModel> {
  // The same picks, composed as the job description would be: same order, placeholders filled, same warnings.
  const composed = compose(catalog, {
    ...selection,
    includeSummary: false,
    qualificationIds: [],
    skillIds: [],
    options: { ...selection.options, competencyLayout: 'per-competency', essentialityGroups: undefined },
  });
  const methods = catalog.assessmentMethods?.length ? catalog.assessmentMethods : DEFAULT_ASSESSMENT_METHODS;
  const level = catalog.levels.find((l) => l.id === selection.levelId);
  const title = [CHECKLIST_TITLE, options.jobTitle?.trim(), level?.name].filter(Boolean).join(': ');
  const rows: TableRow[] = [];
  const itemIds: string[] = [];
  for (const section of composed.value.sections) {
    const competency = catalog.competencies.find((c) => c.id === section.tag.competencyId);
    if (competency) rows.push({ itemId: competency.id, cells: [plain(competency.title)], group: true });
    for (const block of section.blocks) {
      if (block.kind !== 'bulletList') continue;
      for (const item of block.items) {
        itemIds.push(item.itemId);
        rows.push({ itemId: item.itemId, cells: [item.runs, plain(methods.join('\n')), [], [], []] });
      }
    }
  }
  if (!itemIds.length) return { value: { sections: [] }, messages: composed.messages };
  return {
    value: {
      sections: [
        {
          title,
          tag: baseTag(catalog, selection.levelId, 'checklist', itemIds),
          blocks: [
            { kind: 'heading', role: 'sectionHeading', text: title },
            {
              kind: 'table',
              header: CHECKLIST_HEADER,
              rows,
              choices: { column: METHOD_COLUMN, options: methods, prompt: 'Choose a method' },
            },
          ],
        },
      ],
    },
    messages: composed.messages,
  };
}
