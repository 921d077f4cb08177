/**
 * Steps 1 and 2: choose the level, search, pick. The search box's text is state of this part alone, so a
 * keystroke re-renders these two steps and not the rest of the pane (preview, house style, inserting).
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState, type Dispatch, type RefObject } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LOST_SKILL_RATINGS_NOTE, skillRatingsLost } from '../../catalog/honesty';
import type { LevelView } from '../../catalog/query';
import type { Catalog, CatalogSummary } from '../../catalog/types';
import { essentialResponsibilityIds } from '../state/derived';
import { filterView } from '../state/search-filter';
import type { PaneSelection, PickGroup, SelectionAction } from '../state/selection';
import { CompetencyList } from './CompetencyList';
import { Highlight } from './Highlight';
import { LevelControls } from './LevelControls';
import { useCheckboxClasses } from './PickCheckbox';
import { PickRow } from './PickRow';
import { QualificationList } from './QualificationList';
import { Section } from './Section';
import { SkillList } from './SkillList';

const useStyles = makeStyles({
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  note: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  quickPicks: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface PickStepsProps {
  levelRef: RefObject<HTMLSelectElement>;
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
}

export function PickSteps(props: PickStepsProps): JSX.Element {
  const { catalog, view, selection, dispatch, inDocument, openIds, onOpenIds } = props;
  const styles = useStyles();
  const checkbox = useCheckboxClasses();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [searchToggles, setSearchToggles] = useState<string[]>([]);
  const filtered = useMemo(
    () => filterView(catalog, view, deferredQuery, props.summary),
    [catalog, view, deferredQuery, props.summary],
  );

  // While searching, competencies with matches open by themselves; the user's toggles flip that.
  const searching = filtered.searching;
  useEffect(() => setSearchToggles([]), [deferredQuery]);
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
      if (searching) setSearchToggles(flip);
      else onOpenIds(flip);
    },
    [searching, onOpenIds],
  );

  // Stable callbacks let the memoized lists skip re-rendering while only the search box changes.
  const pickers = useMemo(() => {
    const many = (group: PickGroup) => (ids: string[], on: boolean) => dispatch({ type: 'pick', group, ids, on });
    const one = (group: PickGroup) => (id: string, on: boolean) => dispatch({ type: 'pick', group, ids: [id], on });
    return { responsibilities: many('responsibility'), qualification: one('qualification'), skill: one('skill') };
  }, [dispatch]);

  const quickPickIds = essentialResponsibilityIds(view);
  const { highlights } = filtered;

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
          matchCount={filtered.matchCount}
          onCatalog={props.onCatalog}
          onLevel={props.onLevel}
          onWorkSetting={(id) => dispatch({ type: 'work-setting', workSettingId: id })}
          onQuery={setQuery}
        />
      </Section>

      <Section title="2. Pick what the job needs">
        {searching && filtered.matchCount === 0 && (
          <p className={styles.empty}>Nothing matches “{deferredQuery}” at this level.</p>
        )}
        {filtered.summary && (
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
        {filtered.qualifications.length > 0 && (
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
        {filtered.competencies.length > 0 && (
          <Section title="Competencies" level={3}>
            {quickPickIds.length > 0 && !searching && (
              <div className={styles.quickPicks}>
                <Button size="small" onClick={() => pickers.responsibilities(quickPickIds, true)}>
                  Select all Very Essential and Essential
                </Button>
              </div>
            )}
            <CompetencyList
              catalog={catalog}
              competencies={filtered.competencies}
              selection={selection}
              openIds={shownOpenIds}
              searching={searching}
              inDocument={inDocument}
              highlights={highlights}
              onToggleOpen={toggleOpen}
              onPick={pickers.responsibilities}
            />
          </Section>
        )}
        {filtered.skills.length > 0 && (
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
    </>
  );
}
