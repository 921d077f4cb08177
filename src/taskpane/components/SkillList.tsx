/** Knowledge and skills: a checkbox named by each skill, its description below. */
import { memo } from 'react';
import type { Skill } from '../../catalog/types';
import type { Highlights } from '../state/search-filter';
import { Highlight } from './Highlight';
import { useCheckboxClasses } from './PickCheckbox';
import { PickRow } from './PickRow';

export interface SkillListProps {
  skills: Skill[];
  picked: ReadonlySet<string>;
  inDocument: ReadonlySet<string>;
  highlights: Highlights;
  onPick(id: string, on: boolean): void;
}

export const SkillList = memo(function SkillList(props: SkillListProps): JSX.Element {
  const checkbox = useCheckboxClasses();
  return (
    <>
      {props.skills.map((s) => (
        <PickRow
          checkbox={checkbox}
          key={s.id}
          label={<Highlight text={s.name} ranges={props.highlights.get(s.id, 'name')} />}
          description={<Highlight text={s.description} ranges={props.highlights.get(s.id, 'description')} />}
          checked={props.picked.has(s.id)}
          inDocument={props.inDocument.has(s.id)}
          onChange={(on) => props.onPick(s.id, on)}
        />
      ))}
    </>
  );
});
