/**
 * What the pane shows about a selection, computed from the level view: the picks that count at
 * this level, the running count, per-competency state, the quick pick, the placeholders in use,
 * and the compose() input.
 */
import type { LevelCompetencyView, LevelView } from '../../catalog/query';
import type { Catalog, Placeholder } from '../../catalog/types';
import { DEFAULT_COMPOSE_OPTIONS, type Selection } from '../../compose/selection';
import type { PaneSelection, PickGroup } from './selection';

export type EffectivePicks = Record<PickGroup, string[]> & { summary: boolean };

/** The picks visible at the current level and setting, in catalog order. */
export function effectivePicks(view: LevelView, selection: PaneSelection, catalog: Catalog): EffectivePicks {
  const { picks } = selection;
  return {
    qualification: view.qualifications.filter((q) => picks.qualification.has(q.id)).map((q) => q.id),
    responsibility: view.competencies.flatMap((c) =>
      c.responsibilities.filter((r) => picks.responsibility.has(r.id)).map((r) => r.id),
    ),
    skill: view.skills.filter((s) => picks.skill.has(s.id)).map((s) => s.id),
    summary: selection.includeSummary && summaryOffered(catalog, selection.levelId),
  };
}

export function summaryOffered(catalog: Catalog, levelId: string): boolean {
  return !!catalog.summary && catalog.summary.levels.includes(levelId);
}

export function pickCount(picks: EffectivePicks): number {
  return picks.qualification.length + picks.responsibility.length + picks.skill.length + (picks.summary ? 1 : 0);
}

/** "5 items selected: 1 qualification, 4 responsibilities" — the running count in words. */
export function describeCount(picks: EffectivePicks): string {
  const total = pickCount(picks);
  if (!total) return 'Nothing selected yet';
  const parts = [
    plural(picks.qualification.length, 'qualification'),
    plural(picks.responsibility.length, 'responsibility', 'responsibilities'),
    plural(picks.skill.length, 'skill'),
    picks.summary ? 'summary' : '',
  ].filter(Boolean);
  return `${plural(total, 'item')} selected: ${parts.join(', ')}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n ? `${n} ${n === 1 ? one : many}` : '';
}

export type PickState = 'all' | 'some' | 'none';

export function competencyPickState(
  competency: LevelCompetencyView,
  picked: ReadonlySet<string>,
): { state: PickState; count: number } {
  const count = competency.responsibilities.filter((r) => picked.has(r.id)).length;
  const state = count === 0 ? 'none' : count === competency.responsibilities.length ? 'all' : 'some';
  return { state, count };
}

/** Responsibilities of every competency rated Very Essential or Essential (or an own essential rating) at this level. */
export function essentialResponsibilityIds(view: LevelView): string[] {
  return view.competencies.filter((c) => c.essential).flatMap((c) => c.responsibilities.map((r) => r.id));
}

/** The catalog's placeholders whose token occurs in a picked item's text, in catalog order. */
export function placeholdersInUse(catalog: Catalog, view: LevelView, picks: EffectivePicks): Placeholder[] {
  const texts: string[] = [];
  const chosen = (group: PickGroup) => new Set(picks[group]);
  const q = chosen('qualification');
  const r = chosen('responsibility');
  const s = chosen('skill');
  for (const item of view.qualifications) if (q.has(item.id)) texts.push(item.text);
  for (const c of view.competencies) for (const item of c.responsibilities) if (r.has(item.id)) texts.push(item.text);
  for (const item of view.skills) if (s.has(item.id)) texts.push(item.description);
  if (picks.summary && catalog.summary) texts.push(catalog.summary.text);
  const all = texts.join('\n').toLowerCase();
  return catalog.placeholders.filter((p) => p.token && all.includes(p.token.toLowerCase()));
}

/** "[insert facility platform]" -> "Facility platform": the words the user sees in the text. */
export function placeholderLabel(p: Placeholder): string {
  const words = p.token
    .replace(/^\[\s*(insert\s+)?/i, '')
    .replace(/\s*\]$/, '')
    .trim();
  return words ? words[0].toUpperCase() + words.slice(1) : p.label;
}

/** The compose() input for the current picks. */
export function composeSelection(selection: PaneSelection, picks: EffectivePicks): Selection {
  return {
    catalogId: selection.catalogId,
    levelId: selection.levelId,
    ...(selection.workSettingId ? { workSettingId: selection.workSettingId } : {}),
    includeSummary: picks.summary,
    qualificationIds: picks.qualification,
    responsibilityIds: picks.responsibility,
    skillIds: picks.skill,
    placeholderValues: selection.placeholderValues,
    options: { ...DEFAULT_COMPOSE_OPTIONS, ...selection.layout, includeEssentiality: selection.includeEssentiality },
  };
}
