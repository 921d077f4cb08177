/**
 * The core functions in catalog order: each with its essentiality for the level (as text, not colour),
 * expandable to the level's responsibilities, with "Select all" per competency.
 */
import { memo } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Checkbox,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { isStatedRating } from '../../catalog/honesty';
import type { LevelCompetencyView } from '../../catalog/query';
import { ratingLabel } from '../../catalog/rating-words';
import type { Range } from '../../catalog/text-match';
import type { Catalog } from '../../catalog/types';
import { competencyPickState } from '../state/derived';
import type { Highlights } from '../state/search-filter';
import type { PaneSelection } from '../state/selection';
import { Highlight } from './Highlight';
import { ratingLook } from './rating-look';
import { useCheckboxClasses, type CheckboxClasses } from './PickCheckbox';
import { PickRow } from './PickRow';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    textAlign: 'left',
  },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  count: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  panel: { display: 'flex', flexDirection: 'column', paddingBottom: tokens.spacingVerticalS },
  note: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface CompetencyListProps {
  catalog: Catalog;
  competencies: LevelCompetencyView[];
  selection: PaneSelection;
  openIds: string[];
  /** While searching, the matches open and close the panels at each keystroke. */
  searching: boolean;
  inDocument: ReadonlySet<string>;
  highlights: Highlights;
  onToggleOpen(id: string): void;
  onPick(ids: string[], on: boolean): void;
}

interface ResponsibilityRowProps {
  checkbox: CheckboxClasses;
  id: string;
  text: string;
  ranges?: Range[];
  checked: boolean;
  inDocument: boolean;
  onPick(ids: string[], on: boolean): void;
}

/** Memoized on stable props: ticking one responsibility re-renders that row, not its panel's rows. */
const ResponsibilityRow = memo(function ResponsibilityRow(props: ResponsibilityRowProps): JSX.Element {
  const { id, onPick } = props;
  return (
    <PickRow
      checkbox={props.checkbox}
      label={<Highlight text={props.text} ranges={props.ranges} />}
      checked={props.checked}
      inDocument={props.inDocument}
      onChange={(on) => onPick([id], on)}
    />
  );
});

export const CompetencyList = memo(function CompetencyList(props: CompetencyListProps): JSX.Element {
  const styles = useStyles();
  const checkbox = useCheckboxClasses();
  return (
    // A new accordion when searching starts or ends: otherwise every panel the search had opened would play its
    // closing animation at once (each one measured: a forced layout) when the search box is cleared.
    <Accordion
      key={props.searching ? 'search' : 'browse'}
      multiple
      collapsible
      openItems={props.openIds}
      onToggle={(_, d) => props.onToggleOpen(String(d.value))}
    >
      {props.competencies.map((c) => {
        const { competency, rating } = c;
        const { state, count } = competencyPickState(c, props.selection);
        const ids = c.responsibilities.map((r) => r.id);
        return (
          <AccordionItem key={competency.id} value={competency.id}>
            <AccordionHeader expandIconPosition="end">
              <span className={styles.header}>
                <span>
                  <Highlight text={competency.title} ranges={props.highlights.get(competency.id, 'title')} />
                </span>
                <span className={styles.meta}>
                  {isStatedRating(rating) && (
                    <Badge size="small" {...ratingLook(props.catalog, rating)}>
                      {ratingLabel(props.catalog, rating)}
                    </Badge>
                  )}
                  <span className={styles.count}>
                    {count} of {c.responsibilities.length} selected
                  </span>
                </span>
              </span>
            </AccordionHeader>
            {/* Panels the search opens appear at once: the collapse animation measures each panel (a forced
                layout) and then re-lays the list out at every frame, which made typing lag. */}
            <AccordionPanel className={styles.panel} collapseMotion={props.searching ? null : undefined}>
              {c.notes.map((n) => (
                <p key={n.id} className={styles.note}>
                  {n.text}
                </p>
              ))}
              <Checkbox
                label="Select all"
                aria-label={`Select all in ${competency.title}`}
                checked={state === 'all' ? true : state === 'some' ? 'mixed' : false}
                onChange={() => props.onPick(ids, state !== 'all')}
              />
              {c.responsibilities.map((r) => (
                <ResponsibilityRow
                  key={r.id}
                  checkbox={checkbox}
                  id={r.id}
                  text={r.text}
                  ranges={props.highlights.get(r.id, 'text')}
                  checked={props.selection.picks.responsibility.has(r.id)}
                  inDocument={props.inDocument.has(r.id)}
                  onPick={props.onPick}
                />
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
});
