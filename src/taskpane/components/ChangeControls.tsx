/**
 * The controls a job description and a single block share in "In this document": the action row (Go to,
 * Re-level, Refresh from catalog, Remove), Re-level's level choice, and the review of a change before Apply.
 */
import { useState, type ReactNode } from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Catalog } from '../../catalog/types';
import { unchangedText, type BlockChange, type ReadySection } from '../../workflows/blocks';
import { useSectionStyles } from './section-styles';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  review: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  added: { color: tokens.colorPaletteGreenForeground1 },
  removed: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
});

/** A change shown for review: what it is, and each section it rebuilds or removes. */
export interface ReviewedChange {
  change: BlockChange | { kind: 'remove' };
  sections: ReadySection[];
}

export interface ChangeControlsProps<R extends ReviewedChange> {
  /** The catalog the block or job came from; without it only Go to and Remove are offered. */
  catalog?: Catalog;
  canRelevel: boolean;
  /** The levels the sections are at now (Re-level offers the others, or all of them for mixed levels). */
  currentLevelIds: readonly string[];
  busy: boolean;
  relevelOpen: boolean;
  review?: R;
  /** The id of the element naming the block or job, so the action row reads as its actions. */
  labelledBy: string;
  onGoTo: () => void;
  onToggleRelevel: () => void;
  onShowChanges: (catalog: Catalog, change: BlockChange) => void;
  onRemove: () => void;
  onApply: (review: R) => void;
  onCancelReview: () => void;
  /** Extra buttons at the end of the action row (a job description's More). */
  children?: ReactNode;
}

export function ChangeControls<R extends ReviewedChange>(props: ChangeControlsProps<R>): JSX.Element {
  const { catalog, busy, review } = props;
  const styles = useStyles();
  return (
    <>
      <div className={styles.actions} role="group" aria-labelledby={props.labelledBy}>
        <Button size="small" disabled={busy} onClick={props.onGoTo}>
          Go to
        </Button>
        {catalog && props.canRelevel && (
          <Button size="small" disabled={busy} aria-expanded={props.relevelOpen} onClick={props.onToggleRelevel}>
            Re-level
          </Button>
        )}
        {catalog && (
          <Button size="small" disabled={busy} onClick={() => props.onShowChanges(catalog, { kind: 'refresh' })}>
            Refresh from catalog
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={props.onRemove}>
          Remove
        </Button>
        {props.children}
      </div>
      {catalog && props.relevelOpen && (
        <RelevelChoice
          catalog={catalog}
          currentLevelIds={props.currentLevelIds}
          busy={busy}
          onShowChanges={(change) => props.onShowChanges(catalog, change)}
        />
      )}
      {review && (
        <ChangeReview
          review={review}
          busy={busy}
          onApply={() => props.onApply(review)}
          onCancel={props.onCancelReview}
        />
      )}
    </>
  );
}

/** Re-level's level choice and its Show changes button. */
function RelevelChoice(props: {
  catalog: Catalog;
  currentLevelIds: readonly string[];
  busy: boolean;
  onShowChanges: (change: BlockChange) => void;
}): JSX.Element {
  const styles = useStyles();
  const levels = props.catalog.levels.filter(
    (l) => props.currentLevelIds.length > 1 || !props.currentLevelIds.includes(l.id),
  );
  const [levelId, setLevelId] = useState(levels[0]?.id ?? '');
  return (
    <div className={styles.actions}>
      <Field label="New level">
        <Select value={levelId} onChange={(_, d) => setLevelId(d.value)}>
          {levels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        size="small"
        disabled={props.busy || !levelId}
        onClick={() => props.onShowChanges({ kind: 'relevel', levelId })}
      >
        Show changes
      </Button>
    </div>
  );
}

/** The lines a change adds and removes; for a job description, section by section. */
function ChangeReview(props: {
  review: ReviewedChange;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}): JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  const { sections, change } = props.review;
  const removing = change.kind === 'remove';
  const several = sections.length > 1;
  const changed = sections.filter((s) => !unchangedText(s.changes));
  const nothing = changed.length === 0;
  const same = sections.reduce((n, s) => n + s.changes.filter((c) => c.kind === 'same').length, 0);
  const diff = (s: ReadySection) => (
    <ul className={section.lines} aria-label={several ? `What would change in ${s.block.title}` : 'What would change'}>
      {s.changes.flatMap((c, i) => {
        const removed = c.kind === 'removed' || c.kind === 'changed' ? c.old : undefined;
        const added = c.kind === 'added' || c.kind === 'changed' ? c.new : undefined;
        return [
          removed !== undefined && (
            <li key={`r${i}`} className={styles.removed}>
              Removed: {removed}
            </li>
          ),
          added !== undefined && (
            <li key={`a${i}`} className={styles.added}>
              Added: {added}
            </li>
          ),
        ].filter(Boolean);
      })}
    </ul>
  );
  return (
    <div className={styles.review} role="group" aria-label="Changes to apply">
      {nothing ? (
        <p className={section.note}>
          Nothing would change: the {several ? 'sections already match' : 'block already matches'} the catalog.
        </p>
      ) : removing ? (
        <>
          <p className={section.text}>Remove these {sections.length} sections from the document?</p>
          <ul className={section.lines} aria-label="Sections to remove">
            {sections.map((s) => (
              <li key={s.block.id}>{s.block.title}</li>
            ))}
          </ul>
        </>
      ) : several ? (
        changed.map((s) => (
          <div key={s.block.id} className={styles.review}>
            <p className={section.name}>{s.block.title}</p>
            {diff(s)}
          </div>
        ))
      ) : (
        diff(sections[0])
      )}
      {!nothing && !removing && several && changed.length < sections.length && (
        <p className={section.note}>
          {sections.length - changed.length} of the {sections.length} sections stay as they are.
        </p>
      )}
      {!nothing && !removing && same > 0 && (
        <p className={section.note}>
          {same} line{same === 1 ? '' : 's'} stay{same === 1 ? 's' : ''} the same.
        </p>
      )}
      {sections
        .flatMap((s) => s.messages)
        .filter((m) => m.level !== 'info' || !nothing)
        .map((m, i) => (
          <p key={i} className={section.note}>
            {m.text}
          </p>
        ))}
      <div className={styles.actions}>
        {!nothing && (
          <Button size="small" appearance="primary" disabled={props.busy} onClick={props.onApply}>
            {removing ? 'Remove all' : 'Apply'}
          </Button>
        )}
        <Button size="small" disabled={props.busy} onClick={props.onCancel}>
          {nothing ? 'Close' : 'Cancel'}
        </Button>
      </div>
    </div>
  );
}
