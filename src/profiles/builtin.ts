/**
 * Profiles that ship with the add-in: the Greeley Company's sample job description for a Director
 * of Medical Staff Services, i.e. every item of its catalog, laid out as the sample is (summary, "Major
 * Responsibilities", additional responsibilities, then the ideal qualifications). The sample names no
 * level; the profile uses Managerial, and its name says that is our choice.
 */
import { builtinCatalog } from '../catalog/builtin';
import { levelView } from '../catalog/query';
import { DEFAULT_COMPOSE_OPTIONS, type ComposeOptions } from '../compose/selection';
import type { Profile } from './profile';

const GREELEY_CATALOG_ID = 'greeley-dmss-sample';
const GREELEY_LEVEL_ID = 'managerial';
/** Fixed, so a built-in profile exports the same way every time. */
const BUILTIN_CREATED_AT = '2026-01-01T00:00:00.000Z';

/** The sample's own headings and part order ("Summary" is the sample's word for its opening paragraph). */
export const GREELEY_LAYOUT: ComposeOptions = {
  ...DEFAULT_COMPOSE_OPTIONS,
  competencyLayout: 'per-competency',
  headings: {
    ...DEFAULT_COMPOSE_OPTIONS.headings,
    summary: 'Summary',
    competencies: 'Major Responsibilities',
    qualifications: 'Ideal qualifications',
  },
  partOrder: ['summary', 'competencies', 'qualifications', 'skills'],
};

export function builtinProfiles(): Profile[] {
  const catalog = builtinCatalog(GREELEY_CATALOG_ID);
  const view = levelView(catalog, GREELEY_LEVEL_ID);
  return [
    {
      name: `Director, Medical Staff Services – Greeley sample (level ${view.level?.name ?? GREELEY_LEVEL_ID}: our choice, not the sample's)`,
      catalogId: catalog.id,
      catalogVersion: catalog.version,
      createdAt: BUILTIN_CREATED_AT,
      selection: {
        catalogId: catalog.id,
        levelId: GREELEY_LEVEL_ID,
        includeSummary: true,
        qualificationIds: view.qualifications.map((q) => q.id),
        responsibilityIds: view.competencies.flatMap((c) => c.responsibilities.map((r) => r.id)),
        skillIds: view.skills.map((s) => s.id),
        placeholderValues: {},
        options: GREELEY_LAYOUT,
      },
    },
  ];
}
