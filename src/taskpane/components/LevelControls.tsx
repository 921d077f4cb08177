/** Step 1: the catalog, the level (with its years of experience), the work-setting filter and the search box. */
import type { Ref } from 'react';
import { Field, SearchBox, Select, makeStyles, tokens } from '@fluentui/react-components';
import { NOT_IN_SOURCE, shownLevelName } from '../../catalog/honesty';
import type { Catalog, Level } from '../../catalog/types';

const useStyles = makeStyles({
  // A grid item's minimum is its content: without this, a long option text widens the whole pane.
  select: { minWidth: 0 },
  grid: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface LevelControlsProps {
  catalogs: Catalog[];
  catalog: Catalog;
  levelId: string;
  workSettingId?: string;
  query: string;
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

export function LevelControls(props: LevelControlsProps): JSX.Element {
  const styles = useStyles();
  const { catalog } = props;
  return (
    <div className={styles.grid}>
      {props.catalogs.length > 1 && (
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
      <Field label="Level">
        <Select
          className={styles.select}
          ref={props.levelRef}
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
      {catalog.workSettings.length > 1 && (
        <Field label="Filter by setting" hint="Hides responsibilities that apply to other work settings only.">
          <Select
            className={styles.select}
            value={props.workSettingId ?? ''}
            onChange={(_, d) => props.onWorkSetting(d.value)}
          >
            <option value="">All work settings</option>
            {catalog.workSettings.map((w) => (
              <option key={w.id} value={w.id}>
                {w.notInSource ? `${w.name} (${NOT_IN_SOURCE})` : w.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field
        label="Search"
        validationState="none"
        validationMessage={props.query.trim() ? `${props.matchCount ?? 0} matching items` : undefined}
      >
        <SearchBox
          value={props.query}
          placeholder="Competencies, responsibilities, skills"
          onChange={(_, d) => props.onQuery(d.value)}
        />
      </Field>
    </div>
  );
}
