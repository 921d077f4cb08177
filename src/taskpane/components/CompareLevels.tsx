/**
 * Compare levels: what changes from one level to another, per competency (the career-ladder view): the
 * rating change and the responsibilities added, dropped or reworded, rewording shown as a word diff.
 */
import { useMemo } from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { compareLevels, ratingChangeText, type CompetencyChange, type WordChange } from '../../catalog/compare-levels';
import type { Catalog, LevelId, WorkSettingId } from '../../catalog/types';

const useStyles = makeStyles({
  choices: { display: 'flex', gap: tokens.spacingHorizontalS, '& > *': { flex: '1 1 0', minWidth: 0 } },
  select: { minWidth: 0 },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  competency: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  rating: { margin: `${tokens.spacingVerticalXXS} 0`, color: tokens.colorNeutralForeground2 },
  group: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2, textDecoration: 'none' },
  removed: { backgroundColor: tokens.colorPaletteRedBackground2 },
  none: { color: tokens.colorNeutralForeground2 },
});

export interface CompareLevelsProps {
  catalog: Catalog;
  fromId: LevelId;
  toId: LevelId;
  workSettingId?: WorkSettingId;
  onLevels(fromId: LevelId, toId: LevelId): void;
  onInsert(): void;
  busy: boolean;
}

export function CompareLevels(props: CompareLevelsProps): JSX.Element {
  const { catalog, fromId, toId } = props;
  const styles = useStyles();
  const compared = useMemo(
    () => compareLevels(catalog, fromId, toId, props.workSettingId),
    [catalog, fromId, toId, props.workSettingId],
  );
  const changes = compared.ok
    ? compared.value.competencies.filter(
        (c) => c.added.length || c.dropped.length || c.reworded.length || c.fromRating !== c.toRating,
      )
    : [];
  const levelSelect = (label: string, value: LevelId, onChange: (id: LevelId) => void) => (
    <Field label={label}>
      <Select className={styles.select} value={value} onChange={(_, d) => onChange(d.value)}>
        {catalog.levels.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <>
      <div className={styles.choices}>
        {levelSelect('From', fromId, (id) => props.onLevels(id, toId))}
        {levelSelect('To', toId, (id) => props.onLevels(fromId, id))}
      </div>
      {!compared.ok && <p className={styles.none}>{compared.error}</p>}
      {compared.ok && fromId === toId && <p className={styles.none}>Choose two different levels to compare.</p>}
      {compared.ok && fromId !== toId && (
        <>
          <Button size="small" disabled={props.busy} onClick={props.onInsert}>
            Insert comparison
          </Button>
          {changes.length === 0 && <p className={styles.none}>Nothing changes between these levels.</p>}
          <ul
            className={styles.list}
            aria-label={`What changes from ${compared.value.from.name} to ${compared.value.to.name}`}
          >
            {changes.map((c) => (
              <li key={c.competency.id} className={styles.competency}>
                <h4 className={styles.title}>{c.competency.title}</h4>
                <p className={styles.rating}>Rating: {ratingChangeText(catalog, c)}</p>
                <Changes change={c} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Changes({ change }: { change: CompetencyChange }): JSX.Element {
  const styles = useStyles();
  const group = (title: string, items: JSX.Element[]) =>
    items.length > 0 && (
      <>
        <p className={styles.group}>
          {title} ({items.length})
        </p>
        <ul className={styles.items}>{items}</ul>
      </>
    );
  return (
    <>
      {group(
        'Added',
        change.added.map((r) => <li key={r.id}>{r.text}</li>),
      )}
      {group(
        'Dropped',
        change.dropped.map((r) => <li key={r.id}>{r.text}</li>),
      )}
      {group(
        'Reworded',
        change.reworded.map((r) => (
          <li key={r.to.id}>
            <WordDiff words={r.words} />
          </li>
        )),
      )}
    </>
  );
}

/** Removed words struck through (<del>), added ones marked (<ins>): screen readers announce both. */
function WordDiff({ words }: { words: WordChange[] }): JSX.Element {
  const styles = useStyles();
  return (
    <>
      {words.map((w, i) =>
        w.change === 'same' ? (
          <span key={i}>{w.text}</span>
        ) : w.change === 'added' ? (
          <ins key={i} className={styles.added}>
            {w.text}
          </ins>
        ) : (
          <del key={i} className={styles.removed}>
            {w.text}
          </del>
        ),
      )}
    </>
  );
}
