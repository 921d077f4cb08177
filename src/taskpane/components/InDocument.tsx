/**
 * "In this document": the job-description blocks already in the document, each with Go to, Re-level,
 * Refresh from catalog and Remove. A change is shown as a line diff before it is applied, and a block
 * holding the user's own text is never overwritten or removed without a confirmation listing that text.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { lostLines, type LineChange } from '../../blocks/line-diff';
import type { Catalog } from '../../catalog/types';
import type { StyleMapping } from '../../house-style/types';
import type { SectionCommand } from '../../render/commands';
import type { DocumentPort, ListedBlock, PortResult, WordError } from '../../word/port';
import {
  applyChange,
  linesLostByRemoval,
  listBlocks,
  prepareChange,
  removeBlock,
  unchangedText,
  type BlockChange,
  type ReadyChange,
} from '../../workflows/blocks';
import { describeBlock } from '../state/block-actions';
import { unexpectedError } from '../state/insert-status';
import { Section } from './Section';
import { useSectionStyles } from './section-styles';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  review: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  added: { color: tokens.colorPaletteGreenForeground1 },
  removed: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  lost: { whiteSpace: 'pre-wrap' },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface InDocumentProps {
  port: DocumentPort;
  catalogs: readonly Catalog[];
  /** The user's house-style choices, so rebuilt blocks look like inserted ones. */
  mapping: StyleMapping;
  /** A new value whenever the pane has re-read the document (e.g. after an insertion): the list is read again. */
  documentVersion?: unknown;
  /** Called after this view changed the document. */
  onChanged?: () => void;
}

/** A change waiting to be written: the block, and what replaces it (nothing for Remove). */
interface Operation {
  block: ListedBlock;
  section?: SectionCommand;
  changes?: LineChange[];
  done: string;
}

interface Review {
  blockId: string;
  change: BlockChange;
  ready: ReadyChange;
}

type Outcome = { intent: 'success'; text: string } | { intent: 'error'; title: string; text: string };

export function InDocument(props: InDocumentProps): JSX.Element | null {
  const { port, catalogs, mapping, documentVersion, onChanged } = props;
  const styles = useStyles();
  const section = useSectionStyles();
  const [blocks, setBlocks] = useState<ListedBlock[] | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [relevelId, setRelevelId] = useState<string | undefined>();
  const [review, setReview] = useState<Review | undefined>();
  const [confirm, setConfirm] = useState<{ operation: Operation; lost: string[] } | undefined>();

  const failed = (title: string, error: WordError) =>
    setOutcome({ intent: 'error', title, text: `${error.message} ${error.advice}`.trim() });

  const list = useCallback(async () => {
    if (!port.listBlocks) return;
    try {
      const result = await listBlocks(port);
      if (result.ok) setBlocks(result.value);
      else failed('The blocks could not be listed', result.error);
    } catch (e) {
      failed('The blocks could not be listed', unexpectedError(e));
    }
  }, [port]);

  useEffect(() => {
    void list();
  }, [list, documentVersion]);

  if (!port.listBlocks) return null;

  const call = async <T,>(title: string, run: () => Promise<PortResult<T>>): Promise<PortResult<T> | undefined> => {
    setBusy(true);
    try {
      const result = await run();
      if (!result.ok && result.error.code !== 'block-edited') failed(title, result.error);
      return result;
    } catch (e) {
      failed(title, unexpectedError(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const apply = async (operation: Operation, overwriteEdits: boolean) => {
    const { block, section, changes } = operation;
    // Known edits are confirmed before anything is written; the port re-checks and refuses edits made since.
    if (!overwriteEdits && block.edits !== 'unchanged') {
      setConfirm({ operation, lost: changes ? lostLines(changes) : linesLostByRemoval(block) });
      return;
    }
    setConfirm(undefined);
    const title = section ? 'The block could not be changed' : 'The block could not be removed';
    const result = await call<unknown>(title, () =>
      section
        ? applyChange(port, block, { section, changes: changes ?? [], messages: [] }, overwriteEdits)
        : removeBlock(port, block, overwriteEdits),
    );
    if (!result) return;
    if (!result.ok) {
      if (result.error.code === 'block-edited') setConfirm({ operation, lost: result.error.lost ?? [] });
      return;
    }
    setReview(undefined);
    setRelevelId(undefined);
    setOutcome({ intent: 'success', text: operation.done });
    await list();
    onChanged?.();
  };

  const goTo = async (block: ListedBlock) => {
    setOutcome(undefined);
    await call('The block could not be selected', () => port.selectBlock!(block.id));
  };

  const showChanges = async (block: ListedBlock, catalog: Catalog, change: BlockChange) => {
    setOutcome(undefined);
    const ready = await prepareChange(port, catalog, block, change, mapping);
    if (!ready.ok) {
      setReview(undefined);
      setOutcome({ intent: 'error', title: `“${block.title}” cannot be rebuilt`, text: ready.message });
      return;
    }
    setReview({ blockId: block.id, change, ready: ready.value });
  };

  const refreshButton = (
    <Button size="small" appearance="subtle" disabled={busy} onClick={() => void list()}>
      Refresh list
    </Button>
  );

  return (
    <Section title="In this document" actions={refreshButton}>
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline">
          <MessageBarBody>
            {outcome.intent === 'error' && <MessageBarTitle>{outcome.title}</MessageBarTitle>}
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {blocks && blocks.length === 0 && (
        <p className={styles.empty}>No job-description blocks yet. Blocks you insert are listed here.</p>
      )}
      {blocks && blocks.length > 0 && (
        <ul className={section.cards} aria-label="Blocks in this document">
          {blocks.map((block) => (
            <BlockItem
              key={block.id}
              block={block}
              catalogs={catalogs}
              busy={busy}
              relevelOpen={relevelId === block.id}
              review={review?.blockId === block.id ? review : undefined}
              onGoTo={() => void goTo(block)}
              onToggleRelevel={() => {
                setReview(undefined);
                setRelevelId(relevelId === block.id ? undefined : block.id);
              }}
              onShowChanges={(catalog, change) => void showChanges(block, catalog, change)}
              onApply={(r) =>
                void apply(
                  { block, section: r.ready.section, changes: r.ready.changes, done: doneText(block, r) },
                  false,
                )
              }
              onCancelReview={() => setReview(undefined)}
              onRemove={() => void apply({ block, done: `Removed “${block.title}”.` }, false)}
            />
          ))}
        </ul>
      )}
      {confirm && (
        <ConfirmLoss
          title={confirm.operation.block.title}
          replacing={!!confirm.operation.section}
          lost={confirm.lost}
          onConfirm={() => void apply(confirm.operation, true)}
          onCancel={() => setConfirm(undefined)}
        />
      )}
    </Section>
  );
}

/** Mounted only while asking: a closed Fluent dialog would still leave focus traps in the page. */
function ConfirmLoss(props: {
  title: string;
  replacing: boolean;
  lost: string[];
  onConfirm: () => void;
  onCancel: () => void;
}): JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Your edits in this block would be lost</DialogTitle>
          <DialogContent>
            <p>
              “{props.title}” has text that differs from what was inserted.{' '}
              {props.replacing ? 'Applying the change' : 'Removing it'} takes away:
            </p>
            {props.lost.length > 0 ? (
              <ul className={mergeClasses(section.lines, styles.lost)} aria-label="Text that would be lost">
                {props.lost.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : (
              <p>The block's current text (it could not be listed line by line).</p>
            )}
            <p>You can undo in Word afterwards (Ctrl+Z).</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.replacing ? 'Overwrite my edits' : 'Remove anyway'}
            </Button>
            <Button onClick={props.onCancel}>Keep my edits</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function doneText(block: ListedBlock, review: Review): string {
  if (review.change.kind === 'refresh') return `Refreshed “${block.title}” from the catalog.`;
  return `Re-levelled “${block.title}”.`;
}

function BlockItem(props: {
  block: ListedBlock;
  catalogs: readonly Catalog[];
  busy: boolean;
  relevelOpen: boolean;
  review?: Review;
  onGoTo: () => void;
  onToggleRelevel: () => void;
  onShowChanges: (catalog: Catalog, change: BlockChange) => void;
  onApply: (review: Review) => void;
  onCancelReview: () => void;
  onRemove: () => void;
}): JSX.Element {
  const { block, busy, review } = props;
  const styles = useStyles();
  const section = useSectionStyles();
  const nameId = useId();
  const info = describeBlock(block, props.catalogs);
  const { catalog } = info;
  const otherLevels = catalog?.levels.filter((l) => l.id !== block.tag.levelId) ?? [];
  const [levelId, setLevelId] = useState(otherLevels[0]?.id ?? '');
  const items = `${info.itemCount} item${info.itemCount === 1 ? '' : 's'}`;

  return (
    <li className={section.card} aria-labelledby={nameId}>
      <div id={nameId} className={section.name}>
        {info.title}{' '}
        {info.edited && (
          <Badge appearance="tint" color="warning">
            {block.edits === 'edited' ? 'Edited' : 'May be edited'}
          </Badge>
        )}
      </div>
      <p className={section.note}>
        {info.levelName} · catalog version {info.catalogVersion} · {items}
      </p>
      {info.newerCatalogVersion && (
        <p className={section.note}>
          The catalog is now at version {info.newerCatalogVersion}: Refresh from catalog shows what would change.
        </p>
      )}
      {!catalog && (
        <p className={section.note}>Its catalog ({block.tag.catalogId}) is not loaded, so it can only be removed.</p>
      )}
      <div className={styles.actions} role="group" aria-labelledby={nameId}>
        <Button size="small" disabled={busy} onClick={props.onGoTo}>
          Go to
        </Button>
        {catalog && otherLevels.length > 0 && (
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
      </div>
      {catalog && props.relevelOpen && (
        <div className={styles.actions}>
          <Field label="New level">
            <Select value={levelId} onChange={(_, d) => setLevelId(d.value)}>
              {otherLevels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            size="small"
            disabled={busy || !levelId}
            onClick={() => props.onShowChanges(catalog, { kind: 'relevel', levelId })}
          >
            Show changes
          </Button>
        </div>
      )}
      {review && (
        <ChangeReview
          review={review}
          busy={busy}
          onApply={() => props.onApply(review)}
          onCancel={props.onCancelReview}
        />
      )}
    </li>
  );
}

function ChangeReview(props: {
  review: Review;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}): JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  const { changes, messages } = props.review.ready;
  const same = changes.filter((c) => c.kind === 'same').length;
  const nothing = unchangedText(changes);
  return (
    <div className={styles.review} role="group" aria-label="Changes to apply">
      {nothing ? (
        <p className={section.note}>Nothing would change: the block already matches the catalog.</p>
      ) : (
        <ul className={section.lines} aria-label="What would change">
          {changes.flatMap((c, i) => {
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
      )}
      {!nothing && same > 0 && (
        <p className={section.note}>
          {same} line{same === 1 ? '' : 's'} stay{same === 1 ? 's' : ''} the same.
        </p>
      )}
      {messages
        .filter((m) => m.level !== 'info' || !nothing)
        .map((m, i) => (
          <p key={i} className={section.note}>
            {m.text}
          </p>
        ))}
      <div className={styles.actions}>
        {!nothing && (
          <Button size="small" appearance="primary" disabled={props.busy} onClick={props.onApply}>
            Apply
          </Button>
        )}
        <Button size="small" disabled={props.busy} onClick={props.onCancel}>
          {nothing ? 'Close' : 'Cancel'}
        </Button>
      </div>
    </div>
  );
}
