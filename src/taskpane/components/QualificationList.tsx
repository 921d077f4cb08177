/** The level's qualifications (job titles, education, experience, certifications), grouped by kind. */
import { memo } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Range } from '../../catalog/text-match';
import type { Qualification, QualificationKind } from '../../catalog/types';
import type { Highlights } from '../state/search-filter';
import { Highlight } from './Highlight';
import { useCheckboxClasses, type CheckboxClasses } from './PickCheckbox';
import { NearView } from './NearView';
import { PickRow } from './PickRow';
import { VIRTUAL_FROM } from './VirtualRows';

/** A row's height before it is drawn, in px (one line at 320 px). */
const ROW_HEIGHT = 32;

const KIND_HEADINGS: Record<QualificationKind, string> = {
  'job-title': 'Job titles',
  education: 'Education',
  experience: 'Experience',
  certification: 'Certifications',
  skill: 'Skills',
  knowledge: 'Knowledge',
};

const QUALIFIERS: Partial<Record<NonNullable<Qualification['qualifier']>, string>> = {
  required: 'required',
  preferred: 'preferred',
  encouraged: 'encouraged',
  'within-five-years': 'within five years on the job',
  ideal: 'ideal',
};

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalS },
  rows: { display: 'flex', flexDirection: 'column' },
  groupTitle: {
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
});

export interface QualificationListProps {
  qualifications: Qualification[];
  picked: ReadonlySet<string>;
  inDocument: ReadonlySet<string>;
  highlights: Highlights;
  onPick(id: string, on: boolean): void;
}

interface QualificationRowProps {
  checkbox: CheckboxClasses;
  qualification: Qualification;
  ranges?: Range[];
  checked: boolean;
  inDocument: boolean;
  onPick(id: string, on: boolean): void;
}

/** Memoized on stable props: ticking one qualification re-renders that row only. */
const QualificationRow = memo(function QualificationRow(props: QualificationRowProps): JSX.Element {
  const { qualification: q, onPick } = props;
  const qualifier = q.qualifier && QUALIFIERS[q.qualifier];
  return (
    <PickRow
      checkbox={props.checkbox}
      label={
        <>
          <Highlight text={q.text} ranges={props.ranges} />
          {qualifier && ` (${qualifier})`}
        </>
      }
      checked={props.checked}
      inDocument={props.inDocument}
      onChange={(on) => onPick(q.id, on)}
    />
  );
});

export const QualificationList = memo(function QualificationList(props: QualificationListProps): JSX.Element {
  const styles = useStyles();
  const checkbox = useCheckboxClasses();
  const kinds = [...new Set(props.qualifications.map((q) => q.kind))];
  // A long catalog's groups (hundreds of rows at a level) draw their rows only near the view.
  const nearViewOnly = props.qualifications.length > VIRTUAL_FROM;
  return (
    <>
      {kinds.map((kind) => {
        const rows = props.qualifications
          .filter((q) => q.kind === kind)
          .map((q) => (
            <QualificationRow
              key={q.id}
              checkbox={checkbox}
              qualification={q}
              ranges={props.highlights.get(q.id, 'text')}
              checked={props.picked.has(q.id)}
              inDocument={props.inDocument.has(q.id)}
              onPick={props.onPick}
            />
          ));
        return (
          <div key={kind} role="group" aria-labelledby={`jdb-q-${kind}`} className={styles.group}>
            <h4 id={`jdb-q-${kind}`} className={styles.groupTitle}>
              {KIND_HEADINGS[kind]}
            </h4>
            {nearViewOnly ? (
              <NearView className={styles.rows} estimatedHeight={ROW_HEIGHT * rows.length}>
                {rows}
              </NearView>
            ) : (
              rows
            )}
          </div>
        );
      })}
    </>
  );
});
