/**
 * A valid synthetic catalog of about `items` selectable items (responsibilities, skills,
 * qualifications), for tests and benchmarks that need something bigger than NAMSS.
 * Deterministic: the same size always gives the same catalog.
 */
import type {
  Catalog,
  Competency,
  LevelId,
  Qualification,
  QualificationKind,
  Rating,
  Skill,
} from '../../src/catalog/types';

const LEVEL_IDS: LevelId[] = ['entry', 'mid-career', 'managerial', 'executive'];
const RATINGS: Rating[] = ['very-essential', 'essential', 'somewhat-essential', 'unrated'];
const KINDS: QualificationKind[] = ['job-title', 'education', 'experience', 'certification', 'skill', 'knowledge'];
const VERBS = [
  'Coordinate',
  'Review',
  'Verify',
  'Maintain',
  'Oversee',
  'Analyze',
  'Prepare',
  'Résumé-check',
  'Evaluate',
  'Document',
];
const OBJECTS = [
  'credentialing files',
  'privileging requests',
  'peer review data',
  'café meeting notes',
  'payer enrollment',
  'bylaws',
  'committee minutes',
  'naïve data sets',
  'expirables',
  'provider numbers',
];
const PURPOSES = [
  'for accreditation surveys',
  'to ensure compliance',
  'in a timely manner',
  'for the medical executive committee',
  'across all sites',
  'using [insert facility platform]',
];

/** Responsibilities per competency level: about the size of the largest NAMSS lists. */
const PER_LEVEL = 25;

export function generateCatalog(items: number): Catalog {
  let state = 42;
  const pick = <T>(list: T[]): T => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return list[state % list.length];
  };
  const sentence = () => `${pick(VERBS)} ${pick(OBJECTS)} ${pick(PURPOSES)}.`;

  const skillCount = Math.round(items * 0.1);
  const qualificationCount = Math.round(items * 0.1);
  const responsibilityCount = items - skillCount - qualificationCount;

  const qualifications: Qualification[] = Array.from({ length: qualificationCount }, (_, i) => ({
    id: `q${i}`,
    kind: KINDS[i % KINDS.length],
    text: `${pick(OBJECTS)} qualification ${i}`,
    levels: [LEVEL_IDS[i % LEVEL_IDS.length]],
  }));

  const competencies: Competency[] = [];
  for (let made = 0, c = 0; made < responsibilityCount; c++) {
    const competency: Competency = { id: `c${c}`, title: `Competency ${c}: ${pick(OBJECTS)}`, levels: {} };
    for (const [l, levelId] of LEVEL_IDS.entries()) {
      const count = Math.min(PER_LEVEL, responsibilityCount - made);
      if (count <= 0) break;
      competency.levels[levelId] = {
        rating: RATINGS[(c + l) % 3],
        responsibilities: Array.from({ length: count }, (_, r) => ({
          id: `c${c}.${levelId}.r${r}`,
          text: sentence(),
          // Every 20th item is specific to one work setting, like the NAMSS locum tenens line.
          ...(r % 20 === 19 ? { workSettings: ['locum-tenens'] } : {}),
        })),
      };
      made += count;
    }
    if (c % 4 === 0) {
      competency.notes = [
        {
          id: `c${c}.note`,
          workSetting: 'provider-enrollment',
          effect: 'essential-at-all-levels',
          text: 'Essential for all levels in provider enrollment.',
        },
      ];
    }
    competencies.push(competency);
  }

  const skills: Skill[] = Array.from({ length: skillCount }, (_, i) => ({
    id: `s${i}`,
    name: `Skill ${i}`,
    description: sentence(),
    ratings: Object.fromEntries(LEVEL_IDS.map((l, k) => [l, RATINGS[(i + k) % RATINGS.length]])),
  }));

  return {
    schemaVersion: 1,
    id: `generated-${items}`,
    version: '1.0.0',
    title: `Generated catalog of ${items} items`,
    source: { title: 'Synthetic', publisher: 'test/support/generate-catalog.ts', date: 'undated' },
    ratingLegend: RATINGS.map((rating) => ({ rating, label: rating })),
    levels: LEVEL_IDS.map((id, i) => ({ id, name: id, yearsOfExperience: ['0-4', '5-14', '15-24', '25+'][i] })),
    workSettings: [
      { id: 'medical-staff-office', name: 'Medical staff office' },
      { id: 'provider-enrollment', name: 'Provider enrollment' },
      { id: 'locum-tenens', name: 'Locum tenens' },
    ],
    placeholders: [{ id: 'facility-platform', token: '[insert facility platform]', label: 'Facility platform' }],
    qualifications,
    competencies,
    skills,
    errata: [],
  };
}
