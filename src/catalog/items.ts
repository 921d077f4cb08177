/**
 * One walk over every item of a catalog that has an id, in catalog order. The reference
 * checks, the errata check and the search index all read the catalog through this walk, so
 * they agree on what an item is and where it sits.
 */
import type {
  Catalog,
  CatalogSummary,
  Competency,
  LevelId,
  Qualification,
  Responsibility,
  Skill,
  WorkSettingNote,
} from './types';

export type ItemKind = 'summary' | 'qualification' | 'competency' | 'responsibility' | 'skill' | 'note';
export type TextField = 'title' | 'text' | 'name' | 'description' | 'footnote';

export interface ItemText {
  field: TextField;
  text: string;
}

interface VisitBase {
  id: string;
  /** JSON pointer segments from the catalog root to the item. */
  path: (string | number)[];
  texts: ItemText[];
  /** The levels at which the item is offered. */
  levelIds: LevelId[];
}

export type ItemVisit =
  | (VisitBase & { kind: 'summary'; item: CatalogSummary })
  | (VisitBase & { kind: 'qualification'; item: Qualification })
  | (VisitBase & { kind: 'competency'; item: Competency })
  | (VisitBase & { kind: 'responsibility'; item: Responsibility; competency: Competency; levelId: LevelId })
  | (VisitBase & { kind: 'skill'; item: Skill })
  | (VisitBase & { kind: 'note'; item: WorkSettingNote; owner: Competency | Skill });

export function forEachItem(catalog: Catalog, visit: (v: ItemVisit) => void): void {
  const { summary } = catalog;
  if (summary) {
    visit({
      kind: 'summary',
      id: summary.id,
      path: ['summary'],
      texts: texts(summary, 'title', 'text'),
      levelIds: summary.levels,
      item: summary,
    });
  }
  catalog.qualifications.forEach((q, i) => {
    visit({
      kind: 'qualification',
      id: q.id,
      path: ['qualifications', i],
      texts: texts(q, 'text'),
      levelIds: q.levels,
      item: q,
    });
  });
  catalog.competencies.forEach((c, ci) => {
    const path = ['competencies', ci];
    visit({ kind: 'competency', id: c.id, path, texts: texts(c, 'title'), levelIds: Object.keys(c.levels), item: c });
    for (const [levelId, level] of Object.entries(c.levels)) {
      level.responsibilities.forEach((r, ri) => {
        visit({
          kind: 'responsibility',
          id: r.id,
          path: [...path, 'levels', levelId, 'responsibilities', ri],
          texts: texts(r, 'text', 'footnote'),
          levelIds: [levelId],
          item: r,
          competency: c,
          levelId,
        });
      });
    }
    visitNotes(c, path, Object.keys(c.levels), visit);
  });
  catalog.skills.forEach((s, i) => {
    const path = ['skills', i];
    const levelIds = Object.keys(s.ratings);
    visit({ kind: 'skill', id: s.id, path, texts: texts(s, 'name', 'description'), levelIds, item: s });
    visitNotes(s, path, levelIds, visit);
  });
}

function visitNotes(
  owner: Competency | Skill,
  path: (string | number)[],
  levelIds: LevelId[],
  visit: (v: ItemVisit) => void,
) {
  owner.notes?.forEach((n, i) => {
    visit({ kind: 'note', id: n.id, path: [...path, 'notes', i], texts: texts(n, 'text'), levelIds, item: n, owner });
  });
}

function texts<T extends object>(item: T, ...fields: (keyof T & TextField)[]): ItemText[] {
  const out: ItemText[] = [];
  for (const field of fields) {
    const text = item[field];
    if (typeof text === 'string') out.push({ field, text });
  }
  return out;
}
