/**
 * The core functions in catalog order: each with its essentiality for the level (as text, not colour),
 * expandable to the level's responsibilities, with "Select all" per competency.
 */
import { memo, useEffect, useRef } from 'react';
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
import { Highlight } from './Highlight';
import { ratingLook } from './rating-look';
import { useCheckboxClasses, type CheckboxClasses } from './PickCheckbox';
import { NearView } from './NearView';
import { PickRow } from './PickRow';
import { VIRTUAL_FROM, VirtualRows } from './VirtualRows';

/** A responsibility row's height before it is drawn, in px (one line at 320 px is 32). */
const ROW_HEIGHT = 40;
/** A competency's header before it is drawn, in px (a line of title, a line of rating and count). */
const HEADER_HEIGHT = 44;
/**
 * Levels with more competencies than this draw only those in and near view (an organization's long catalog: the
 * eighty headers of a 10,000-item one were most of a keystroke's work); the bundled catalogs' ten draw whole.
 */
const COMPETENCIES_VIRTUAL_FROM = 30;

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
  /** The responsibilities ticked (at any level). */
  picked: ReadonlySet<string>;
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

/** The same highlight ranges, by value (a search builds new arrays at each keystroke). */
function sameRanges(a: Range[] | undefined, b: Range[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every(([start, end], i) => start === b[i][0] && end === b[i][1]);
}

/** Same header props, the title's highlight ranges compared by value. */
function sameHeader(prev: CompetencyHeaderProps, next: CompetencyHeaderProps): boolean {
  const keys = Object.keys(next) as Array<keyof CompetencyHeaderProps>;
  return sameRanges(prev.ranges, next.ranges) && keys.every((k) => k === 'ranges' || prev[k] === next[k]);
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
  const checkbox = useCheckboxClasses();
  // The render that ends a search draws its panels as the search did (at once, only the open ones), so those
  // the search had opened vanish instead of all playing their closing animation (each one a forced layout).
  const ended = useRef(false);
  const instant = props.searching || ended.current;
  useEffect(() => {
    ended.current = props.searching;
  });
  const open = new Set(props.openIds);
  const openRows = props.competencies.reduce(
    (n, c) => n + (open.has(c.competency.id) ? c.responsibilities.length : 0),
    0,
  );
  const nearViewOnly = openRows > VIRTUAL_FROM;
  return (
    <Accordion multiple collapsible openItems={props.openIds} onToggle={(_, d) => props.onToggleOpen(String(d.value))}>
      <VirtualRows
        items={props.competencies}
        itemKey={competencyKey}
        sizeKey={(c) =>
          open.has(c.competency.id) ? `${c.competency.id} ${c.responsibilities.length}` : c.competency.id
        }
        virtualFrom={COMPETENCIES_VIRTUAL_FROM}
        estimateHeight={(c) =>
          HEADER_HEIGHT + (open.has(c.competency.id) ? ROW_HEIGHT * (c.responsibilities.length + 1) : 0)
        }
        renderItem={(c) => (
          <CompetencyItem
            catalog={props.catalog}
            view={c}
            open={open.has(c.competency.id)}
            picked={props.picked}
            instant={instant}
            nearViewOnly={nearViewOnly}
            inDocument={props.inDocument}
            highlights={props.highlights}
            checkbox={checkbox}
            onPick={props.onPick}
          />
        )}
      />
    </Accordion>
  );
});

function competencyKey(c: LevelCompetencyView): string {
  return c.competency.id;
}

interface CompetencyItemProps {
  catalog: Catalog;
  view: LevelCompetencyView;
  open: boolean;
  picked: ReadonlySet<string>;
  /** While searching, panels open and close at once, and only the open ones are drawn. */
  instant: boolean;
  /** Open panels hold many rows in all (a search over a long catalog): each draws its rows only near the view. */
  nearViewOnly: boolean;
  inDocument: ReadonlySet<string>;
  highlights: Highlights;
  checkbox: CheckboxClasses;
  onPick(ids: string[], on: boolean): void;
}

/** Same props, except a new set of picks that ticks or unticks none of this competency's responsibilities. */
function sameItem(prev: CompetencyItemProps, next: CompetencyItemProps): boolean {
  const keys = Object.keys(next) as Array<keyof CompetencyItemProps>;
  return (
    keys.every((k) => k === 'picked' || prev[k] === next[k]) &&
    next.view.responsibilities.every((r) => prev.picked.has(r.id) === next.picked.has(r.id))
  );
}

interface CompetencyHeaderProps {
  catalog: Catalog;
  title: string;
  ranges?: Range[];
  rating: LevelCompetencyView['rating'];
  count: number;
  total: number;
}

/**
 * A competency's header, memoized apart from its panel: a keystroke re-renders the panels whose matching rows
 * change, and most headers (title highlight, rating and counts as they were) are skipped.
 */
const CompetencyHeader = memo(function CompetencyHeader(props: CompetencyHeaderProps): JSX.Element {
  const styles = useStyles();
  const { rating } = props;
  return (
    <AccordionHeader expandIconPosition="end">
      <span className={styles.header}>
        <span>
          <Highlight text={props.title} ranges={props.ranges} />
        </span>
        <span className={styles.meta}>
          {isStatedRating(rating) && (
            <Badge size="small" {...ratingLook(props.catalog, rating)}>
              {ratingLabel(props.catalog, rating)}
            </Badge>
          )}
          <span className={styles.count}>
            {props.count} of {props.total} selected
          </span>
        </span>
      </span>
    </AccordionHeader>
  );
}, sameHeader);

/** Memoized with sameItem: ticking a responsibility re-renders its competency (the count) and that row only. */
const CompetencyItem = memo(function CompetencyItem(props: CompetencyItemProps): JSX.Element {
  const styles = useStyles();
  const { view: c, picked, highlights } = props;
  const { competency, rating } = c;
  const { state, count } = competencyPickState(c, picked);
  const ids = c.responsibilities.map((r) => r.id);
  const body = (
    <>
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
          checkbox={props.checkbox}
          id={r.id}
          text={r.text}
          ranges={highlights.get(r.id, 'text')}
          checked={picked.has(r.id)}
          inDocument={props.inDocument.has(r.id)}
          onPick={props.onPick}
        />
      ))}
    </>
  );
  return (
    <AccordionItem value={competency.id}>
      <CompetencyHeader
        catalog={props.catalog}
        title={competency.title}
        ranges={highlights.get(competency.id, 'title')}
        rating={rating}
        count={count}
        total={c.responsibilities.length}
      />
      {/* Panels the search opens appear at once: the collapse animation measures each panel (a forced
          layout) and then re-lays the list out at every frame, which made typing lag. Without the animation a
          closed panel would still show, so a search draws only the open ones. */}
      {(props.open || !props.instant) && (
        <AccordionPanel className={styles.panel} collapseMotion={props.instant ? null : undefined}>
          {props.nearViewOnly ? (
            <NearView className={styles.panel} estimatedHeight={ROW_HEIGHT * (c.responsibilities.length + 1)}>
              {body}
            </NearView>
          ) : (
            body
          )}
        </AccordionPanel>
      )}
    </AccordionItem>
  );
}, sameItem);
