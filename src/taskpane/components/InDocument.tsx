/**
 * "In this document": the job descriptions already in the document (the sections inserted together), each
 * with Go to, Re-level, Refresh from catalog and Remove for all its sections at once (one review, one change
 * in Word) and each section's own actions under More; sections inserted on their own show as blocks with the
 * same actions. A change is shown as a line diff before it is applied, and a block holding the user's own
 * text is never overwritten or removed without a confirmation listing that text, section by section.
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
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { lostLines, type LineChange } from '../../blocks/line-diff';
import type { Catalog } from '../../catalog/types';
import type { StyleMap } from '../../house-style/types';
import type { SectionCommand } from '../../render/commands';
import type { DocumentPort, ListedBlock, PortResult, WordError } from '../../word/port';
import { groupBlocks, type JobDescription } from '../../blocks/jobs';
import { describeBlock, describeJob } from '../state/block-actions';
import {
  applyChange,
  applyJobChange,
  linesLostByRemoval,
  prepareJobChange,
  removalOf,
  removeBlock,
  type BlockChange,
} from '../../workflows/blocks';
import { unexpectedError } from '../state/insert-status';
import { ChangeControls, type ChangeControlsProps, type ReviewedChange } from './ChangeControls';
import { Section } from './Section';
import { useSectionStyles } from './section-styles';

const useStyles = makeStyles({
  lost: { whiteSpace: 'pre-wrap' },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface InDocumentProps {
  port: DocumentPort;
  catalogs: readonly Catalog[];
  /** The document's house style, so rebuilt blocks look like inserted ones. */
  styleMap: StyleMap;
  /** A new value whenever the pane has re-read the document (e.g. after an insertion): the list is read again. */
  documentVersion?: unknown;
  /** Called after this view changed the document. */
  onChanged?: () => void;
}

/** A block's change waiting to be written: what replaces it (nothing for Remove). */
interface OperationItem {
  block: ListedBlock;
  section?: SectionCommand;
  changes?: LineChange[];
}

/** One block's change, or a whole job description's (written in one change: every section or none). */
interface Operation {
  items: OperationItem[];
  job: boolean;
  done: string;
}

/** What is being reviewed: one block's change, or a job description's (its id), before Apply. */
interface Review extends ReviewedChange {
  key: string;
}

interface Loss {
  title: string;
  lines: string[];
}

type Outcome = { intent: 'success'; text: string } | { intent: 'error'; title: string; text: string };

export function InDocument(props: InDocumentProps): JSX.Element | null {
  const { port, catalogs, styleMap, documentVersion, onChanged } = props;
  const styles = useStyles();
  const section = useSectionStyles();
  const [blocks, setBlocks] = useState<ListedBlock[] | undefined>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [relevelKey, setRelevelKey] = useState<string | undefined>();
  const [review, setReview] = useState<Review | undefined>();
  const [confirm, setConfirm] = useState<{ operation: Operation; lost: Loss[] } | undefined>();

  const failed = (title: string, error: WordError) =>
    setOutcome({ intent: 'error', title, text: `${error.message} ${error.advice}`.trim() });

  const list = useCallback(async () => {
    if (!port.listBlocks) return;
    try {
      const result = await port.listBlocks();
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

  /** A job description goes to Word as one change; a single block through the single-block calls. */
  const write = (operation: Operation, overwriteEdits: boolean): Promise<PortResult<unknown>> => {
    const [{ block, section }] = operation.items;
    if (operation.job) return applyJobChange(port, operation.items, overwriteEdits);
    return section ? applyChange(port, block, { section }, overwriteEdits) : removeBlock(port, block, overwriteEdits);
  };

  const apply = async (operation: Operation, overwriteEdits: boolean) => {
    // Known edits are confirmed before anything is written; the port re-checks and refuses edits made since.
    const edited = operation.items.filter((i) => i.block.edits !== 'unchanged');
    if (!overwriteEdits && edited.length) {
      setConfirm({
        operation,
        lost: edited.map((i) => ({
          title: i.block.title,
          lines: i.changes ? lostLines(i.changes) : linesLostByRemoval(i.block),
        })),
      });
      return;
    }
    setConfirm(undefined);
    const removing = operation.items.every((i) => !i.section);
    const what = operation.job ? 'job description' : 'block';
    const title = removing ? `The ${what} could not be removed` : `The ${what} could not be changed`;
    const result = await call<unknown>(title, () => write(operation, overwriteEdits));
    if (!result) return;
    if (!result.ok) {
      if (result.error.code === 'block-edited') {
        const lost = result.error.edited?.map((e) => ({ title: e.title, lines: e.lost })) ?? [
          { title: operation.items[0].block.title, lines: result.error.lost ?? [] },
        ];
        setConfirm({ operation, lost });
      }
      return;
    }
    setReview(undefined);
    setRelevelKey(undefined);
    setOutcome({ intent: 'success', text: operation.done });
    await list();
    onChanged?.();
  };

  const goTo = async (block: ListedBlock) => {
    setOutcome(undefined);
    await call('The block could not be selected', () => port.selectBlock!(block.id));
  };

  const showChanges = (key: string, target: readonly ListedBlock[], catalog: Catalog, change: BlockChange) => {
    setOutcome(undefined);
    const ready = prepareJobChange(catalog, target, change, styleMap);
    if (!ready.ok) {
      setReview(undefined);
      const [first] = ready.problems;
      const title =
        target.length === 1 ? `“${first.block.title}” cannot be rebuilt` : 'The job description cannot be rebuilt';
      const text =
        target.length === 1
          ? first.text
          : `${ready.problems.map((p) => `“${p.block.title}”: ${p.text}`).join(' ')} Nothing was changed; More shows each section's own actions.`;
      setOutcome({ intent: 'error', title, text });
      return;
    }
    setReview({ key, change, sections: ready.value });
  };

  const toggleRelevel = (key: string) => {
    setReview(undefined);
    setRelevelKey(relevelKey === key ? undefined : key);
  };

  const refreshButton = (
    <Button size="small" appearance="subtle" disabled={busy} onClick={() => void list()}>
      Refresh list
    </Button>
  );

  const blockItem = (block: ListedBlock) => (
    <BlockItem
      key={block.id}
      block={block}
      catalogs={catalogs}
      busy={busy}
      relevelOpen={relevelKey === block.id}
      review={review?.key === block.id ? review : undefined}
      onGoTo={() => void goTo(block)}
      onToggleRelevel={() => toggleRelevel(block.id)}
      onShowChanges={(catalog, change) => showChanges(block.id, [block], catalog, change)}
      onApply={(r) => void apply(operationFor(r, false, blockDoneText(block, r)), false)}
      onCancelReview={() => setReview(undefined)}
      onRemove={() => void apply({ items: [{ block }], job: false, done: `Removed “${block.title}”.` }, false)}
    />
  );

  const groups = blocks ? groupBlocks(blocks) : [];
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
      {groups.length > 0 && (
        <ul className={section.cards} aria-label="Blocks in this document">
          {groups.map((group) =>
            group.kind === 'block' ? (
              blockItem(group.block)
            ) : (
              <JobItem
                key={group.job.jobId}
                job={group.job}
                catalogs={catalogs}
                busy={busy}
                relevelOpen={relevelKey === jobKey(group.job)}
                review={review?.key === jobKey(group.job) ? review : undefined}
                onGoTo={() => void goTo(group.job.blocks[0])}
                onToggleRelevel={() => toggleRelevel(jobKey(group.job))}
                onShowChanges={(catalog, change) => showChanges(jobKey(group.job), group.job.blocks, catalog, change)}
                onRemove={() => {
                  setOutcome(undefined);
                  setRelevelKey(undefined);
                  setReview({
                    key: jobKey(group.job),
                    change: { kind: 'remove' },
                    sections: group.job.blocks.map(removalOf),
                  });
                }}
                onApply={(r) => void apply(operationFor(r, true, jobDoneText(group.job, r)), false)}
                onCancelReview={() => setReview(undefined)}
                sectionItem={blockItem}
              />
            ),
          )}
        </ul>
      )}
      {confirm && (
        <ConfirmLoss
          job={confirm.operation.job}
          replacing={confirm.operation.items.some((i) => !!i.section)}
          lost={confirm.lost}
          onConfirm={() => void apply(confirm.operation, true)}
          onSkipEdited={skipEdited(confirm.operation, (op) => void apply(op, false))}
          onCancel={() => setConfirm(undefined)}
        />
      )}
    </Section>
  );
}

function jobKey(job: JobDescription<ListedBlock>): string {
  return `job:${job.jobId}`;
}

function operationFor(review: Review, job: boolean, done: string): Operation {
  return {
    items: review.sections.map((s) => ({
      block: s.block,
      ...(s.section ? { section: s.section } : {}),
      changes: s.changes,
    })),
    job,
    done,
  };
}

/** For a job description with edited and unedited sections: the change to the unedited ones only. */
function skipEdited(operation: Operation, run: (op: Operation) => void): (() => void) | undefined {
  const unedited = operation.items.filter((i) => i.block.edits === 'unchanged');
  if (!operation.job || !unedited.length || unedited.length === operation.items.length) return undefined;
  return () => run({ ...operation, items: unedited, job: unedited.length > 1 || !!operation.job });
}

/** Mounted only while asking: a closed Fluent dialog would still leave focus traps in the page. */
function ConfirmLoss(props: {
  job: boolean;
  replacing: boolean;
  lost: Loss[];
  onConfirm: () => void;
  onSkipEdited?: () => void;
  onCancel: () => void;
}): JSX.Element {
  const styles = useStyles();
  const section = useSectionStyles();
  const action = props.replacing ? 'Applying the change' : 'Removing it';
  const lines = (loss: Loss) =>
    loss.lines.length > 0 ? (
      <ul
        className={mergeClasses(section.lines, styles.lost)}
        aria-label={`Text that would be lost from ${loss.title}`}
      >
        {loss.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    ) : (
      <p>The block's current text (it could not be listed line by line).</p>
    );
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Your edits in this {props.job ? 'job description' : 'block'} would be lost</DialogTitle>
          <DialogContent>
            {props.job ? (
              <>
                <p>
                  {props.lost.length === 1 ? 'One section has' : `${props.lost.length} sections have`} text that differs
                  from what was inserted. {action} takes away:
                </p>
                {props.lost.map((loss, i) => (
                  <div key={i}>
                    <p className={section.name}>{loss.title}</p>
                    {lines(loss)}
                  </div>
                ))}
              </>
            ) : (
              <>
                <p>
                  “{props.lost[0]?.title}” has text that differs from what was inserted. {action} takes away:
                </p>
                {props.lost[0] && lines(props.lost[0])}
              </>
            )}
            <p>You can undo in Word afterwards (Ctrl+Z).</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.replacing ? 'Overwrite my edits' : 'Remove anyway'}
            </Button>
            {props.onSkipEdited && <Button onClick={props.onSkipEdited}>Skip edited sections</Button>}
            <Button onClick={props.onCancel}>Keep my edits</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function blockDoneText(block: ListedBlock, review: Review): string {
  if (review.change.kind === 'refresh') return `Refreshed “${block.title}” from the catalog.`;
  return `Re-levelled “${block.title}”.`;
}

function jobDoneText(job: JobDescription<ListedBlock>, review: Review): string {
  const n = `${job.blocks.length} sections`;
  switch (review.change.kind) {
    case 'refresh':
      return `Refreshed job description ${job.number} from the catalog (${n}).`;
    case 'remove':
      return `Removed job description ${job.number} (${n}).`;
    default:
      return `Re-levelled job description ${job.number} (${n}).`;
  }
}

/** What an item passes on to its ChangeControls as is; the rest it works out from its block or job. */
type ItemControls = Omit<ChangeControlsProps<Review>, 'catalog' | 'canRelevel' | 'currentLevelIds' | 'labelledBy'>;

function JobItem(
  props: ItemControls & {
    job: JobDescription<ListedBlock>;
    catalogs: readonly Catalog[];
    sectionItem: (block: ListedBlock) => JSX.Element;
  },
): JSX.Element {
  const { job } = props;
  const section = useSectionStyles();
  const nameId = useId();
  const moreId = useId();
  const [more, setMore] = useState(false);
  const info = describeJob(job.blocks, props.catalogs);
  const { catalog } = info;
  const levelIds = [...new Set(job.blocks.map((b) => b.tag.levelId))];
  const canRelevel = catalog && catalog.levels.some((l) => levelIds.length > 1 || !levelIds.includes(l.id));
  return (
    <li className={section.card} aria-labelledby={nameId}>
      <div id={nameId} className={section.name}>
        Job description {job.number}{' '}
        {info.editedCount > 0 && (
          <Badge appearance="tint" color="warning">
            {info.editedCount === 1 ? '1 section edited' : `${info.editedCount} sections edited`}
          </Badge>
        )}
      </div>
      <p className={section.note}>
        {info.levelNames.join(' + ')} · catalog version {info.catalogVersions.join(' + ')} · {info.sectionCount}{' '}
        sections
      </p>
      {info.newerCatalogVersion && (
        <p className={section.note}>
          The catalog is now at version {info.newerCatalogVersion}: Refresh from catalog shows what would change.
        </p>
      )}
      {!catalog && <p className={section.note}>Its catalog is not loaded, so it can only be removed.</p>}
      <ChangeControls
        {...props}
        catalog={catalog}
        canRelevel={!!canRelevel}
        currentLevelIds={levelIds}
        labelledBy={nameId}
      >
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={more}
          aria-controls={more ? moreId : undefined}
          onClick={() => setMore(!more)}
        >
          More
        </Button>
      </ChangeControls>
      {more && (
        <ul id={moreId} className={section.cards} aria-label={`Sections of job description ${job.number}`}>
          {job.blocks.map(props.sectionItem)}
        </ul>
      )}
    </li>
  );
}

function BlockItem(props: ItemControls & { block: ListedBlock; catalogs: readonly Catalog[] }): JSX.Element {
  const { block } = props;
  const section = useSectionStyles();
  const nameId = useId();
  const info = describeBlock(block, props.catalogs);
  const { catalog } = info;
  const hasOtherLevels = !!catalog?.levels.some((l) => l.id !== block.tag.levelId);
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
      <ChangeControls
        {...props}
        catalog={catalog}
        canRelevel={hasOtherLevels}
        currentLevelIds={[block.tag.levelId]}
        labelledBy={nameId}
      />
    </li>
  );
}
