/** Knowledge and skills: a checkbox named by each skill, its description below. Long lists are virtual. */
import { memo, useCallback } from 'react';
import type { Skill } from '../../catalog/types';
import type { Range } from '../../catalog/text-match';
import type { Highlights } from '../state/search-filter';
import { Highlight } from './Highlight';
import { useCheckboxClasses, type CheckboxClasses } from './PickCheckbox';
import { PickRow } from './PickRow';
import { VirtualRows } from './VirtualRows';

export interface SkillListProps {
  skills: Skill[];
  picked: ReadonlySet<string>;
  inDocument: ReadonlySet<string>;
  highlights: Highlights;
  onPick(id: string, on: boolean): void;
}

interface SkillRowProps {
  skill: Skill;
  nameRanges?: Range[];
  descriptionRanges?: Range[];
  checked: boolean;
  inDocument: boolean;
  checkbox: CheckboxClasses;
  onPick(id: string, on: boolean): void;
}

/** Memoized on stable props: ticking one skill re-renders that row only. */
const SkillRow = memo(function SkillRow(props: SkillRowProps): JSX.Element {
  const { skill, onPick } = props;
  return (
    <PickRow
      checkbox={props.checkbox}
      label={<Highlight text={skill.name} ranges={props.nameRanges} />}
      description={<Highlight text={skill.description} ranges={props.descriptionRanges} />}
      checked={props.checked}
      inDocument={props.inDocument}
      onChange={(on) => onPick(skill.id, on)}
    />
  );
});

export const SkillList = memo(function SkillList(props: SkillListProps): JSX.Element {
  const checkbox = useCheckboxClasses();
  const { picked, inDocument, highlights, onPick } = props;
  const renderItem = useCallback(
    (s: Skill) => (
      <SkillRow
        skill={s}
        nameRanges={highlights.get(s.id, 'name')}
        descriptionRanges={highlights.get(s.id, 'description')}
        checked={picked.has(s.id)}
        inDocument={inDocument.has(s.id)}
        checkbox={checkbox}
        onPick={onPick}
      />
    ),
    [picked, inDocument, highlights, checkbox, onPick],
  );
  return <VirtualRows items={props.skills} itemKey={skillKey} renderItem={renderItem} estimateHeight={skillHeight} />;
});

function skillKey(s: Skill): string {
  return s.id;
}

/** A skill row before it is measured: its name and a line of description, in px. */
function skillHeight(): number {
  return 56;
}
