/**
 * Group by essentiality, as the template remembers it in its document settings next to the house style:
 * on or off, and the two part headings (editable). Read defensively: anything else stored is ignored.
 */
import { DEFAULT_ESSENTIALITY_GROUPS, type EssentialityGroups, type Selection } from '../../compose/selection';

export const ESSENTIALITY_GROUPS_SETTING = 'essentialityGroups';

export interface Grouping {
  on: boolean;
  headings: EssentialityGroups;
}

export const NO_GROUPING: Grouping = { on: false, headings: DEFAULT_ESSENTIALITY_GROUPS };

export function readGrouping(stored: unknown): Grouping {
  if (!stored || typeof stored !== 'object') return NO_GROUPING;
  const s = stored as Record<string, unknown>;
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v : fallback);
  return {
    on: s.on === true,
    headings: {
      essential: text(s.essential, DEFAULT_ESSENTIALITY_GROUPS.essential),
      other: text(s.other, DEFAULT_ESSENTIALITY_GROUPS.other),
    },
  };
}

/** What is stored: the flag and the headings side by side. */
export function storedGrouping(grouping: Grouping): Record<string, unknown> {
  return { on: grouping.on, ...grouping.headings };
}

/** The selection with the grouping applied; an empty heading falls back to its default. */
export function withGrouping(selection: Selection, grouping: Grouping): Selection {
  if (!grouping.on) return selection;
  const heading = (text: string, fallback: string) => text.trim() || fallback;
  return {
    ...selection,
    options: {
      ...selection.options,
      essentialityGroups: {
        essential: heading(grouping.headings.essential, DEFAULT_ESSENTIALITY_GROUPS.essential),
        other: heading(grouping.headings.other, DEFAULT_ESSENTIALITY_GROUPS.other),
      },
    },
  };
}
