/**
 * The command line's choices (--level, --select, --skills, --qualifications, --work-setting, --fill) as a
 * Selection for compose(). Every name the user types is checked against the catalog, so a typo is an error
 * that names the valid choices instead of a silently shorter job description.
 */
import type { Catalog, Level } from '../catalog/types';
import { levelView } from '../catalog/query';
import { DEFAULT_COMPOSE_OPTIONS, type EssentialityGroups, type Selection } from '../compose/selection';
import { splitList } from './args';

export class SelectionError extends Error {}

export interface SelectionArgs {
  /** Absent: the catalog's first level (the matrix and comparison need no level of their own). */
  level?: string;
  /** all | essential | comma-separated responsibility or competency ids. */
  select: string;
  /** all | none | comma-separated skill ids. */
  skills: string;
  qualifications: boolean;
  workSetting?: string;
  /** Placeholder (id, token or label) -> value. */
  fills: Array<[string, string]>;
  essentiality: boolean;
  combined: boolean;
  /** Essential and other competencies under two part headings (--group-by-essentiality). */
  groups?: EssentialityGroups;
}

export function findLevel(catalog: Catalog, name: string): Level {
  const wanted = name.trim().toLowerCase();
  const level = catalog.levels.find(
    (l) =>
      l.id.toLowerCase() === wanted ||
      l.name.toLowerCase() === wanted ||
      (l.aliases ?? []).some((a) => a.toLowerCase() === wanted),
  );
  if (!level) {
    throw new SelectionError(
      `Unknown level "${name}". Levels in this catalog: ${catalog.levels.map((l) => `${l.name} (${l.id})`).join(', ')}.`,
    );
  }
  return level;
}

export function selectionFromArgs(catalog: Catalog, args: SelectionArgs): Selection {
  const level = args.level === undefined ? catalog.levels[0] : findLevel(catalog, args.level);
  const workSettingId = args.workSetting === undefined ? undefined : findWorkSetting(catalog, args.workSetting);
  const view = levelView(catalog, level.id, workSettingId);
  return {
    catalogId: catalog.id,
    levelId: level.id,
    ...(workSettingId ? { workSettingId } : {}),
    qualificationIds: args.qualifications ? view.qualifications.map((q) => q.id) : [],
    responsibilityIds: chooseResponsibilities(view.competencies, args.select, level.id),
    skillIds: chooseSkills(view.skills, args.skills, level.id),
    placeholderValues: placeholderValues(catalog, args.fills),
    options: {
      ...DEFAULT_COMPOSE_OPTIONS,
      includeEssentiality: args.essentiality,
      competencyLayout: args.combined ? 'combined' : 'per-competency',
      ...(args.groups ? { essentialityGroups: args.groups } : {}),
    },
  };
}

type CompetencyView = ReturnType<typeof levelView>['competencies'][number];

function chooseResponsibilities(competencies: CompetencyView[], select: string, levelId: string): string[] {
  const all = (list: CompetencyView[]) => list.flatMap((c) => c.responsibilities.map((r) => r.id));
  if (select === 'all') return all(competencies);
  if (select === 'essential') return all(competencies.filter((c) => c.essential));
  const ids: string[] = [];
  for (const id of splitList(select)) {
    const competency = competencies.find((c) => c.competency.id === id);
    const found = competency
      ? competency.responsibilities.map((r) => r.id)
      : competencies.some((c) => c.responsibilities.some((r) => r.id === id))
        ? [id]
        : undefined;
    if (!found) {
      throw new SelectionError(
        `Unknown responsibility or competency "${id}" at level "${levelId}". Run "jd-builder list --level ${levelId}" to see the ids.`,
      );
    }
    ids.push(...found.filter((f) => !ids.includes(f)));
  }
  if (ids.length === 0)
    throw new SelectionError('--select names no ids; use all, essential, or a comma-separated list of ids.');
  return ids;
}

function chooseSkills(skills: Array<{ id: string }>, choice: string, levelId: string): string[] {
  if (choice === 'all') return skills.map((s) => s.id);
  if (choice === 'none') return [];
  return splitList(choice).map((id) => {
    if (!skills.some((s) => s.id === id)) {
      throw new SelectionError(
        `Unknown skill "${id}" at level "${levelId}". Run "jd-builder list --level ${levelId}" to see the ids.`,
      );
    }
    return id;
  });
}

export function findWorkSetting(catalog: Catalog, name: string): string {
  const wanted = name.trim().toLowerCase();
  const setting = catalog.workSettings.find((w) => w.id.toLowerCase() === wanted || w.name.toLowerCase() === wanted);
  if (!setting) {
    const known = catalog.workSettings.map((w) => `${w.id} ("${w.name}")`).join(', ');
    throw new SelectionError(
      `Unknown work setting "${name}".${known ? ` Work settings: ${known}.` : ' The catalog has none.'}`,
    );
  }
  return setting.id;
}

/** --fill accepts a placeholder's id, token or label; values are keyed by the placeholder id. */
export function placeholderValues(catalog: Catalog, fills: Array<[string, string]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of fills) {
    const wanted = name.toLowerCase();
    const p = catalog.placeholders.find((x) => [x.id, x.token, x.label].some((k) => k.toLowerCase() === wanted));
    if (!p) {
      const known = catalog.placeholders.map((x) => x.id).join(', ');
      throw new SelectionError(
        `--fill ${name}: the catalog has no such placeholder.${known ? ` Placeholders: ${known}.` : ''}`,
      );
    }
    values[p.id] = value;
  }
  return values;
}
