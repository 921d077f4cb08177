/**
 * What the user has ticked, as plain data with a reducer. Picks are kept by id even when a level,
 * setting or search hides them, so switching back restores them; what counts (and what is inserted)
 * is always the picks visible at the current level: see effectivePicks().
 */
import type { LevelId, WorkSettingId } from '../../catalog/types';
import type { ComposeOptions } from '../../compose/selection';

export type PickGroup = 'qualification' | 'responsibility' | 'skill';

export interface PaneSelection {
  catalogId: string;
  levelId: LevelId;
  workSettingId?: WorkSettingId;
  includeSummary: boolean;
  includeEssentiality: boolean;
  picks: Record<PickGroup, ReadonlySet<string>>;
  /** Placeholder id -> the user's value. */
  placeholderValues: Record<string, string>;
  /** Headings, part order and competency layout from an applied profile (a sample's own); absent = the defaults. */
  layout?: PaneLayout;
}

export type PaneLayout = Omit<ComposeOptions, 'includeEssentiality'>;

export type SelectionAction =
  | { type: 'catalog'; catalogId: string; levelId: LevelId }
  | { type: 'level'; levelId: LevelId }
  | { type: 'work-setting'; workSettingId?: WorkSettingId }
  | { type: 'pick'; group: PickGroup; ids: readonly string[]; on: boolean }
  | { type: 'summary'; on: boolean }
  | { type: 'essentiality'; on: boolean }
  | { type: 'layout'; layout: PaneLayout }
  | { type: 'placeholder'; id: string; value: string }
  | { type: 'clear' };

const NO_PICKS: Record<PickGroup, ReadonlySet<string>> = {
  qualification: new Set(),
  responsibility: new Set(),
  skill: new Set(),
};

export function initialSelection(catalogId: string, levelId: LevelId): PaneSelection {
  return {
    catalogId,
    levelId,
    includeSummary: false,
    includeEssentiality: false,
    picks: NO_PICKS,
    placeholderValues: {},
  };
}

export function selectionReducer(state: PaneSelection, action: SelectionAction): PaneSelection {
  switch (action.type) {
    case 'catalog':
      // Another catalog's ids mean nothing here; placeholder values are the user's text and stay.
      return { ...initialSelection(action.catalogId, action.levelId), placeholderValues: state.placeholderValues };
    case 'level':
      return { ...state, levelId: action.levelId };
    case 'work-setting':
      return { ...state, workSettingId: action.workSettingId || undefined };
    case 'pick': {
      const next = new Set(state.picks[action.group]);
      for (const id of action.ids) {
        if (action.on) next.add(id);
        else next.delete(id);
      }
      return { ...state, picks: { ...state.picks, [action.group]: next } };
    }
    case 'summary':
      return { ...state, includeSummary: action.on };
    case 'essentiality':
      return { ...state, includeEssentiality: action.on };
    case 'layout':
      return { ...state, layout: action.layout };
    case 'placeholder':
      return { ...state, placeholderValues: { ...state.placeholderValues, [action.id]: action.value } };
    case 'clear':
      return { ...state, includeSummary: false, picks: NO_PICKS };
  }
}
