/**
 * Step 1: the level (with its years of experience) and the search box first; the catalog and the work-setting
 * filter, set once and rarely changed, as a one-line summary whose Change button shows their choices. At Word's
 * default pane size (320 x 600) this leaves room for the first competencies on the first screen.
 */
import { useId, useState, type Ref } from 'react';
import { Button, Field, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import { SHELL_FIELDS } from '../shell/shell-choices';
import { NOT_IN_SOURCE, shownLevelName } from '../../catalog/honesty';
import type { Catalog, Level, WorkSetting } from '../../catalog/types';

const useStyles = makeStyles({
  // A grid item's minimum is its content: without this, a long option text widens the whole pane.
  select: { minWidth: 0 },
  grid: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summaryRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  summary: {
    margin: 0,
    flexGrow: 1,
    minWidth: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  change: { flexShrink: 0 },
});

export interface LevelControlsProps {
  catalogs: Catalog[];
  catalog: Catalog;
  levelId: string;
  workSettingId?: string;
  query: string;
  /** Matches of the query in the box, once the lists show them (none while they are still being drawn). */
  matchCount?: number;
  onCatalog(id: string): void;
  onLevel(id: string): void;
  onWorkSetting(id: string): void;
  onQuery(query: string): void;
  levelRef?: Ref<HTMLSelectElement>;
}

/** "Entry Level · 0–4 years": years as the source writes them, with a proper en dash; a level the source does not state says so. */
export function levelLabel(level: Level): string {
  const years = level.yearsOfExperience ? ` · ${level.yearsOfExperience.replace('-', '–')} years` : '';
  return `${shownLevelName(level)}${years}`;
}

/** A work setting's name, marked when the source does not state it. */
function workSettingName(setting: WorkSetting): string {
  return setting.notInSource ? `${setting.name} (${NOT_IN_SOURCE})` : setting.name;
}

export function LevelControls(props: LevelControlsProps): JSX.Element {
  const styles = useStyles();
  const { catalog } = props;
  const [choosing, setChoosing] = useState(false);
  const choicesId = useId();
  const summaryId = useId();
  const canChooseCatalog = props.catalogs.length > 1;
  const canChooseSetting = catalog.workSettings.length > 1;
  const setting = catalog.workSettings.find((w) => w.id === props.workSettingId);
  const changeWhat = [canChooseCatalog && 'catalog', canChooseSetting && 'work setting'].filter(Boolean).join(' or ');
  return (
    <div className={styles.grid}>
      <Field label="Level">
        <Select
          className={styles.select}
          ref={props.levelRef}
          name={SHELL_FIELDS.level}
          value={props.levelId}
          onChange={(_, d) => props.onLevel(d.value)}
        >
          {catalog.levels.map((l) => (
            <option key={l.id} value={l.id}>
              {levelLabel(l)}
            </option>
          ))}
        </Select>
      </Field>
      {/* The magnifier and the placeholder say what the box is: no visible label, one line less. */}
      <Field
        validationState="none"
        validationMessage={props.query.trim() ? matchesMessage(props.matchCount) : undefined}
      >
        <SearchBox
          aria-label="Search"
          name={SHELL_FIELDS.search}
          value={props.query}
          placeholder="Search responsibilities and skills"
          onChange={(_, d) => props.onQuery(d.value)}
        />
      </Field>
      <div className={styles.summaryRow}>
        <p id={summaryId} className={styles.summary}>
          {catalog.title}
          {canChooseSetting && ` · ${setting ? workSettingName(setting) : 'All work settings'}`}
        </p>
        {changeWhat && (
          <Button
            className={styles.change}
            size="small"
            aria-label={`Change ${changeWhat}`}
            aria-describedby={summaryId}
            aria-expanded={choosing}
            aria-controls={choosing ? choicesId : undefined}
            onClick={() => setChoosing(!choosing)}
          >
            Change
          </Button>
        )}
      </div>
      {choosing && (
        <div id={choicesId} className={styles.grid}>
          {canChooseCatalog && (
            <Field label="Catalog">
              <Select className={styles.select} value={catalog.id} onChange={(_, d) => props.onCatalog(d.value)}>
                {props.catalogs.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {canChooseSetting && (
            <Field label="Filter by setting" hint="Hides responsibilities that apply to other work settings only.">
              <Select
                className={styles.select}
                value={props.workSettingId ?? ''}
                onChange={(_, d) => props.onWorkSetting(d.value)}
              >
                <option value="">All work settings</option>
                {catalog.workSettings.map((w) => (
                  <option key={w.id} value={w.id}>
                    {workSettingName(w)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
      )}
    </div>
  );
}

/** The line under the search box: the count of what the lists show, never a count of another query. */
function matchesMessage(count: number | undefined): string {
  if (count === undefined) return 'Searching…';
  return `${count} matching ${count === 1 ? 'item' : 'items'}`;
}
