/** Applying a saved profile: its selection replayed as the pane's own selection actions, so one reducer stays in charge. */
import type { Selection } from '../../compose/selection';
import type { SelectionAction } from './selection';

export function profileActions(selection: Selection): SelectionAction[] {
  const { includeEssentiality, ...layout } = selection.options;
  return [
    { type: 'catalog', catalogId: selection.catalogId, levelId: selection.levelId },
    { type: 'work-setting', workSettingId: selection.workSettingId },
    { type: 'pick', group: 'qualification', ids: selection.qualificationIds, on: true },
    { type: 'pick', group: 'responsibility', ids: selection.responsibilityIds, on: true },
    { type: 'pick', group: 'skill', ids: selection.skillIds, on: true },
    { type: 'summary', on: selection.includeSummary === true },
    { type: 'essentiality', on: includeEssentiality },
    { type: 'layout', layout },
    ...Object.entries(selection.placeholderValues).map(([id, value]): SelectionAction => ({
      type: 'placeholder',
      id,
      value,
    })),
  ];
}
