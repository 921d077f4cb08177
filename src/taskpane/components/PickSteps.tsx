/**
 * Steps 1 and 2: choose the level, search, pick (competencies first, then the position summary, qualifications
 * and skills). The search box's text is state of this part alone, so a
 * keystroke re-renders these two steps and not the rest of the pane (preview, house style, inserting). When
 * and how step 2 follows the box: use-search-view.ts.
 */
import { memo, Suspense, useCallback, useEffect, useMemo, useState, type Dispatch, type RefObject } from 'react';
import { Button, Spinner, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { LOST_SKILL_RATINGS_NOTE, skillRatingsLost } from '../../catalog/honesty';
import type { LevelView } from '../../catalog/query';
import type { Catalog, CatalogSummary } from '../../catalog/types';
import { essentialResponsibilityIds } from '../state/derived';
import type { FilteredView } from '../state/search-filter';
import type { PaneSelection, PickGroup, SelectionAction } from '../state/selection';
import type { CompareLevelsProps } from './CompareLevels';
import { CompetencyList } from './CompetencyList';
import type { CompetencyMatrixProps } from './CompetencyMatrix';
import { Highlight } from './Highlight';
import { lazyPart, usePreloadWhenIdle } from './lazy-part';
import { LevelControls } from './LevelControls';
import { useCheckboxClasses } from './PickCheckbox';
import { PickRow } from './PickRow';
import { QualificationList } from './QualificationList';
import { Section } from './Section';
import { SkillList } from './SkillList';
import { useSearchView } from './use-search-view';
import { usePaintingShell } from '../shell/painting-shell';

// The matrix and the comparison are a click away from the first screen: their chunks load when the pane is idle.
const CompetencyMatrix = lazyPart<CompetencyMatrixProps>(() =>
  import(/* webpackChunkName: "matrix" */ './CompetencyMatrix').then((m) => m.CompetencyMatrix),
);
const CompareLevels = lazyPart<CompareLevelsProps>(() =>
  import(/* webpackChunkName: "compare-levels" */ './CompareLevels').then((m) => m.CompareLevels),
);
const OTHER_VIEWS = [CompetencyMatrix, CompareLevels];

const useStyles = makeStyles({
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  note: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  quickPicks: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // The three views wrap onto two lines rather than widen a 320 px pane.
  views: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalS },
  legend: {
    margin: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

/** How the competencies show: the level's list, the matrix of every level, or two levels compared. */
type CompetencyView = 'list' | 'matrix' | 'compare';
const VIEW_NAMES: ReadonlyArray<[CompetencyView, string]> = [
  ['list', 'List'],
  ['matrix', 'Matrix'],
  ['compare', 'Compare levels'],
];

/** Compared by default: the current level and the next one up (the one below, at the top level). */
function defaultComparison(catalog: Catalog, levelId: string): [string, string] {
  const ids = catalog.levels.map((l) => l.id);
  const i = Math.max(0, ids.indexOf(levelId));
  return i + 1 < ids.length ? [ids[i], ids[i + 1]] : [ids[Math.max(0, i - 1)], ids[i]];
}

export interface PickStepsProps {
  levelRef: RefObject<HTMLSelectElement>;
  /** Search text typed before the pane took over (the painted shell). */
  initialQuery?: string;
  catalogs: Catalog[];
  catalog: Catalog;
  selection: PaneSelection;
  view: LevelView;
  /** The position summary, when the catalog offers one at this level. */
  summary?: CatalogSummary;
  inDocument: ReadonlySet<string>;
  /** The competencies the user opened (outside a search). */
  openIds: string[];
  onOpenIds: Dispatch<(ids: string[]) => string[]>;
  onCatalog(id: string): void;
  onLevel(id: string): void;
  dispatch: Dispatch<SelectionAction>;
  /** Puts the matrix, or the comparison of two levels, into the document. */
  onInsertTable(table: { kind: 'matrix' } | { kind: 'comparison'; fromId: string; toId: string }): void;
  /** An insertion is under way: the insert buttons wait. */
  busy: boolean;
}

interface SearchToggles {
  query: string;
  ids: string[];
}

const NO_TOGGLES: SearchToggles = { query: '', ids: [] };

export function PickSteps(props: PickStepsProps): JSX.Element {
  const { catalog, view, selection, dispatch, inDocument, openIds, onOpenIds } = props;
  usePreloadWhenIdle(OTHER_VIEWS);
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const filtered = useSearchView(catalog, view, query, props.summary);
  // The query the lists show (behind the box's while a broad search waits for its deferred render).
  const shownQuery = filtered.query;
  // The user's opening and closing of competencies during a search, for the query they were made under.
  const [toggled, setToggled] = useState<SearchToggles>(NO_TOGGLES);

  // While searching, competencies with matches open by themselves; the user's toggles flip that.
  const searching = filtered.searching;
  // A new query starts from the matches alone. Reset during render, not in an effect: an effect's reset was
  // a second render of the whole step after each search render.
  if (toggled.ids.length > 0 && toggled.query !== shownQuery) setToggled(NO_TOGGLES);
  const searchToggles = toggled.query === shownQuery ? toggled.ids : NO_TOGGLES.ids;
  const shownOpenIds = useMemo(() => {
    if (!searching) return openIds;
    const matchedIds = filtered.competencies.map((c) => c.competency.id);
    return [
      ...matchedIds.filter((id) => !searchToggles.includes(id)),
      ...searchToggles.filter((id) => !matchedIds.includes(id)),
    ];
  }, [searching, openIds, filtered, searchToggles]);
  const toggleOpen = useCallback(
    (id: string) => {
      const flip = (ids: string[]) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
      if (searching) setToggled((t) => ({ query: shownQuery, ids: flip(t.query === shownQuery ? t.ids : []) }));
      else onOpenIds(flip);
    },
    [searching, shownQuery, onOpenIds],
  );

  // Stable callbacks let the memoized lists skip re-rendering while only the search box changes.
  const pickers = useMemo((): Pickers => {
    const many = (group: PickGroup) => (ids: string[], on: boolean) => dispatch({ type: 'pick', group, ids, on });
    const one = (group: PickGroup) => (id: string, on: boolean) => dispatch({ type: 'pick', group, ids: [id], on });
    return { responsibilities: many('responsibility'), qualification: one('qualification'), skill: one('skill') };
  }, [dispatch]);

  const [competencyView, setCompetencyView] = useState<CompetencyView>('list');
  const [compared, setCompared] = useState<[string, string]>(() => defaultComparison(catalog, selection.levelId));
  // Another catalog's levels: compare its own.
  useEffect(() => setCompared(defaultComparison(catalog, selection.levelId)), [catalog]);
  const chooseFromMatrix = useCallback(
    (levelId: string, competencyId: string) => {
      props.onLevel(levelId);
      onOpenIds((ids) => (ids.includes(competencyId) ? ids : [...ids, competencyId]));
      setCompetencyView('list');
    },
    [props, onOpenIds],
  );

  return (
    <>
      <Section title="1. Choose the level">
        <LevelControls
          levelRef={props.levelRef}
          catalogs={props.catalogs}
          catalog={catalog}
          levelId={selection.levelId}
          workSettingId={selection.workSettingId}
          query={query}
          matchCount={shownQuery === query ? filtered.matchCount : undefined}
          onCatalog={props.onCatalog}
          onLevel={props.onLevel}
          onWorkSetting={(id) => dispatch({ type: 'work-setting', workSettingId: id })}
          onQuery={setQuery}
        />
      </Section>

      <PickStep
        catalog={catalog}
        view={view}
        selection={selection}
        dispatch={dispatch}
        inDocument={inDocument}
        filtered={filtered}
        openIds={shownOpenIds}
        onToggleOpen={toggleOpen}
        pickers={pickers}
        competencyView={competencyView}
        onCompetencyView={setCompetencyView}
        compared={compared}
        onCompared={setCompared}
        onChooseFromMatrix={chooseFromMatrix}
        onInsertTable={props.onInsertTable}
        busy={props.busy}
      />
    </>
  );
}

interface Pickers {
  responsibilities(ids: string[], on: boolean): void;
  qualification(id: string, on: boolean): void;
  skill(id: string, on: boolean): void;
}

interface PickStepProps {
  catalog: Catalog;
  view: LevelView;
  selection: PaneSelection;
  dispatch: Dispatch<SelectionAction>;
  inDocument: ReadonlySet<string>;
  filtered: FilteredView;
  /** The competencies shown open. */
  openIds: string[];
  onToggleOpen(id: string): void;
  pickers: Pickers;
  competencyView: CompetencyView;
  onCompetencyView(view: CompetencyView): void;
  compared: [string, string];
  onCompared(levels: [string, string]): void;
  onChooseFromMatrix(levelId: string, competencyId: string): void;
  onInsertTable: PickStepsProps['onInsertTable'];
  busy: boolean;
}

/**
 * Step 2, memoized: a render that changes only the search box's text (a broad keystroke, before its deferred
 * render) re-renders step 1 only.
 */
const PickStep = memo(function PickStep(props: PickStepProps): JSX.Element {
  const { catalog, selection, dispatch, inDocument, filtered, pickers, competencyView, compared } = props;
  const styles = useStyles();
  const checkbox = useCheckboxClasses();
  const paintingShell = usePaintingShell();
  const searching = filtered.searching;
  const quickPickIds = essentialResponsibilityIds(props.view);
  const { highlights } = filtered;
  return (
    <Section title="2. Pick what the job needs">
      {searching && filtered.matchCount === 0 && (
        <p className={styles.empty}>Nothing matches “{filtered.query}” at this level.</p>
      )}
      {/* Competencies first: they are most of a job description, and the first screen shows them. */}
      {catalog.competencies.length > 0 && (
        <Section title="Competencies" level={3}>
          {/* Toggle buttons, not a second tab list: nested tab lists make Fluent add focusable guards axe flags. */}
          <div role="group" aria-label="How to show the competencies" className={styles.views}>
            {VIEW_NAMES.map(([value, name]) => (
              <ToggleButton
                key={value}
                size="small"
                appearance={competencyView === value ? 'primary' : 'subtle'}
                checked={competencyView === value}
                onClick={() => props.onCompetencyView(value)}
              >
                {name}
              </ToggleButton>
            ))}
          </div>
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            {competencyView === 'matrix' && (
              <>
                <p className={styles.legend}>
                  Each cell: the rating at that level and the number of responsibilities. Choose a cell to pick from
                  that competency at that level.
                </p>
                <CompetencyMatrix.Component
                  catalog={catalog}
                  levelId={selection.levelId}
                  workSettingId={selection.workSettingId}
                  onChoose={props.onChooseFromMatrix}
                />
                <Button size="small" disabled={props.busy} onClick={() => props.onInsertTable({ kind: 'matrix' })}>
                  Insert matrix
                </Button>
              </>
            )}
            {competencyView === 'compare' && (
              <CompareLevels.Component
                catalog={catalog}
                fromId={compared[0]}
                toId={compared[1]}
                workSettingId={selection.workSettingId}
                onLevels={(fromId, toId) => props.onCompared([fromId, toId])}
                onInsert={() => props.onInsertTable({ kind: 'comparison', fromId: compared[0], toId: compared[1] })}
                busy={props.busy}
              />
            )}
          </Suspense>
          {competencyView === 'list' && quickPickIds.length > 0 && !searching && (
            <div className={styles.quickPicks}>
              <Button size="small" onClick={() => pickers.responsibilities(quickPickIds, true)}>
                Select all Very Essential and Essential
              </Button>
            </div>
          )}
          {competencyView === 'list' && (
            <CompetencyList
              catalog={catalog}
              competencies={filtered.competencies}
              picked={selection.picks.responsibility}
              openIds={props.openIds}
              searching={searching}
              inDocument={inDocument}
              highlights={highlights}
              onToggleOpen={props.onToggleOpen}
              onPick={pickers.responsibilities}
            />
          )}
        </Section>
      )}
      {/* Below the competencies, under the fold of the first screen: the painted shell leaves them out. */}
      {!paintingShell && filtered.summary && (
        <Section title="Position summary" level={3}>
          <PickRow
            checkbox={checkbox}
            label={<Highlight text={filtered.summary.title} ranges={highlights.get(filtered.summary.id, 'title')} />}
            description={
              <Highlight text={filtered.summary.text} ranges={highlights.get(filtered.summary.id, 'text')} />
            }
            checked={selection.includeSummary}
            inDocument={inDocument.has(filtered.summary.id)}
            onChange={(on) => dispatch({ type: 'summary', on })}
          />
        </Section>
      )}
      {!paintingShell && filtered.qualifications.length > 0 && (
        <Section title="Qualifications" level={3}>
          <QualificationList
            qualifications={filtered.qualifications}
            picked={selection.picks.qualification}
            inDocument={inDocument}
            highlights={highlights}
            onPick={pickers.qualification}
          />
        </Section>
      )}
      {!paintingShell && filtered.skills.length > 0 && (
        <Section title="Knowledge and skills" level={3}>
          {skillRatingsLost(catalog, selection.levelId) && (
            <p className={styles.note} data-testid="lost-skill-ratings">
              {LOST_SKILL_RATINGS_NOTE}
            </p>
          )}
          <SkillList
            skills={filtered.skills}
            picked={selection.picks.skill}
            inDocument={inDocument}
            highlights={highlights}
            onPick={pickers.skill}
          />
        </Section>
      )}
    </Section>
  );
});
