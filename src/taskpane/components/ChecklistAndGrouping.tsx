/**
 * Two things done with the same picks: group the competencies by essentiality when inserting (the two
 * part headings editable, remembered in the document), and insert a competency checklist for assessing
 * the picked responsibilities (orientation, periodic competence assessment).
 */
import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Grouping } from '../state/essentiality-groups';

const useStyles = makeStyles({
  headings: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  checklist: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  input: { width: '100%' },
});

export interface ChecklistAndGroupingProps {
  grouping: Grouping;
  onGrouping(next: Grouping): void;
  jobTitle: string;
  onJobTitle(title: string): void;
  canInsertChecklist: boolean;
  onInsertChecklist(): void;
}

export function ChecklistAndGrouping(props: ChecklistAndGroupingProps): JSX.Element {
  const styles = useStyles();
  const { grouping } = props;
  const heading = (key: 'essential' | 'other', label: string) => (
    <Field label={label} size="small">
      <Input
        size="small"
        className={styles.input}
        value={grouping.headings[key]}
        onChange={(_, d) => props.onGrouping({ ...grouping, headings: { ...grouping.headings, [key]: d.value } })}
      />
    </Field>
  );
  return (
    <>
      <Checkbox
        label="Group by essentiality: Very Essential and Essential under one heading, Somewhat Essential under another"
        checked={grouping.on}
        onChange={(_, d) => props.onGrouping({ ...grouping, on: d.checked === true })}
      />
      {grouping.on && (
        <div className={styles.headings}>
          {heading('essential', 'Heading for Very Essential and Essential')}
          {heading('other', 'Heading for Somewhat Essential')}
        </div>
      )}
      <div className={styles.checklist}>
        <Field
          label="Job title for the checklist"
          hint="Shown with the level in the checklist's heading; optional."
          size="small"
        >
          <Input
            size="small"
            className={styles.input}
            value={props.jobTitle}
            onChange={(_, d) => props.onJobTitle(d.value)}
          />
        </Field>
        <Button size="small" disabled={!props.canInsertChecklist} onClick={props.onInsertChecklist}>
          Insert competency checklist
        </Button>
      </div>
    </>
  );
}
