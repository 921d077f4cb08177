/** A tiny hand-built catalog, shaped like the NAMSS one, for compose and render tests. */
import type { Catalog } from '../../src/catalog/types';
import { DEFAULT_COMPOSE_OPTIONS, type Selection } from '../../src/compose/selection';

export const fixtureCatalog: Catalog = {
  schemaVersion: 1,
  id: 'fixture',
  version: '1.0.0',
  title: 'Fixture builder',
  source: { title: 'Fixture', publisher: 'Tests', date: '2021-10' },
  ratingLegend: [
    { rating: 'very-essential', label: 'Very Essential for Hospitals', workSetting: 'hospital' },
    { rating: 'very-essential', label: 'Very Essential' },
    { rating: 'essential', label: 'Essential' },
    { rating: 'somewhat-essential', label: 'Somewhat Essential' },
    { rating: 'unrated', label: 'Not rated in the source' },
  ],
  levels: [
    { id: 'entry', name: 'Entry', yearsOfExperience: '0-4' },
    { id: 'mid-career', name: 'Mid-Career', yearsOfExperience: '5-14' },
  ],
  workSettings: [{ id: 'hospital', name: 'Hospital' }],
  placeholders: [
    { id: 'work-setting', token: '[insert work setting]', label: 'Work setting' },
    { id: 'facility-platform', token: '[insert facility platform]', label: 'Facility platform' },
  ],
  summary: {
    id: 'summary-1',
    title: 'Summary',
    text: 'Leads credentialing in the [insert work setting].',
    levels: ['entry'],
  },
  qualifications: [
    { id: 'q-edu', kind: 'education', text: "Bachelor's Degree", levels: ['entry'] },
    {
      id: 'q-exp',
      kind: 'experience',
      text: 'Experience in [insert work setting]',
      qualifier: 'preferred',
      levels: ['entry'],
    },
    { id: 'q-cert', kind: 'certification', text: 'CPCS', qualifier: 'within-five-years', levels: ['entry'] },
  ],
  competencies: [
    {
      id: 'c-cred',
      title: 'Credentialing',
      levels: {
        entry: {
          rating: 'very-essential',
          responsibilities: [
            { id: 'r-cred-1', text: 'Verifies licenses.' },
            { id: 'r-cred-2', text: 'Uses [insert facility platform] daily.' },
          ],
        },
        'mid-career': { rating: 'essential', responsibilities: [{ id: 'r-cred-mid', text: 'Audits files.' }] },
      },
    },
    {
      id: 'c-priv',
      title: 'Privileging',
      levels: {
        entry: { rating: 'unrated', responsibilities: [{ id: 'r-priv-1', text: 'Drafts privilege forms.' }] },
      },
    },
    {
      id: 'c-enroll',
      title: 'Provider Enrollment',
      levels: {
        entry: {
          rating: 'somewhat-essential',
          responsibilities: [{ id: 'r-enr-1', text: 'Submits payer applications.' }],
        },
      },
    },
  ],
  skills: [
    { id: 's-comm', name: 'Communication', description: 'Writes clearly.', ratings: { entry: 'essential' } },
    {
      id: 's-data',
      name: 'Databases',
      description: 'Queries the [insert facility platform].',
      ratings: { entry: 'very-essential' },
    },
  ],
  errata: [],
};

export function fixtureSelection(overrides: Partial<Selection> = {}): Selection {
  return {
    catalogId: 'fixture',
    levelId: 'entry',
    qualificationIds: [],
    responsibilityIds: [],
    skillIds: [],
    placeholderValues: {},
    options: DEFAULT_COMPOSE_OPTIONS,
    ...overrides,
  };
}
