/**
 * Step 3, always in view: the running count, "Insert at cursor" (disabled with the reason when nothing
 * is selected), progress, the questions asked before inserting, and the outcome in a line or two.
 */
import { useEffect, useRef } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { InsertMode } from '../../word/port';
import { leavesByItself, SUCCESS_SECONDS, type InsertStatus } from '../state/insert-status';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  // The count wraps beside the button rather than pushing it onto a row of its own at 320 px.
  count: { flex: '1 1 0', minWidth: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  insert: { flexShrink: 0 },
  why: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // A message never covers the pane: a third of a 600 px pane at most, scrolling inside beyond that.
  status: { maxHeight: '200px', overflowY: 'auto' },
  details: { marginTop: tokens.spacingVerticalXXS },
  summary: { cursor: 'pointer' },
});

/**
 * "Inserted 8 sections: 41 responsibilities." with Go to, Word's Undo, and the section names on request. Without
 * warnings it leaves by itself after a few seconds, but not while the pointer or focus is on it.
 */
function DoneMessage(props: {
  status: Extract<InsertStatus, { kind: 'done' }>;
  onGoTo?: () => void;
  onDismiss: () => void;
  /** Leaving by itself: focus is elsewhere, so it stays where it is. */
  onExpire: () => void;
}): JSX.Element {
  const styles = useStyles();
  const { status } = props;
  const ref = useRef<HTMLDivElement>(null);
  const expire = useRef(props.onExpire);
  expire.current = props.onExpire;
  const warned = status.messages.length > 0;
  useEffect(() => {
    if (!leavesByItself(status)) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const wait = () => {
      timer = setTimeout(() => {
        const el = ref.current;
        if (el && (el.matches(':hover') || el.contains(document.activeElement))) wait();
        else expire.current();
      }, SUCCESS_SECONDS * 1000);
    };
    wait();
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <MessageBar ref={ref} intent={warned ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{status.summary}</MessageBarTitle>
        <span>Word's Undo (Ctrl+Z) takes it out again.</span>
        {warned && (
          <ul className={styles.list}>
            {status.messages.map((m) => (
              <li key={m.text}>{m.text}</li>
            ))}
          </ul>
        )}
        <details className={styles.details}>
          <summary className={styles.summary}>Sections inserted</summary>
          <ul className={styles.list}>
            {status.sections.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ul>
        </details>
      </MessageBarBody>
      <MessageBarActions>
        {props.onGoTo && <Button onClick={props.onGoTo}>Go to</Button>}
        <Button onClick={props.onDismiss}>Dismiss</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export interface InsertBarProps {
  countText: string;
  canInsert: boolean;
  status: InsertStatus;
  onInsert(): void;
  onConfirmDuplicates(): void;
  onChooseMode(mode: InsertMode): void;
  onCancel(): void;
  onDismiss(): void;
  /** Selects the first inserted section in the document (absent where the document cannot select blocks). */
  onGoTo?(): void;
}

export function InsertBar(props: InsertBarProps): JSX.Element {
  const styles = useStyles();
  const { status } = props;
  const insertRef = useRef<HTMLButtonElement>(null);
  // Answering a question removes its buttons: focus goes back to "Insert at cursor" instead of being lost.
  const thenBack =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      handler(...args);
      insertRef.current?.focus();
    };
  const busy = status.kind === 'busy' || status.kind === 'confirm-duplicates' || status.kind === 'choose-mode';
  return (
    <div className={styles.bar}>
      <div className={styles.row}>
        <span className={styles.count} role="status" aria-live="polite">
          {props.countText}
        </span>
        <Button
          ref={insertRef}
          className={styles.insert}
          appearance="primary"
          disabledFocusable={!props.canInsert || busy}
          aria-describedby={!props.canInsert ? 'jdb-insert-why' : undefined}
          onClick={props.onInsert}
        >
          Insert at cursor
        </Button>
      </div>
      {!props.canInsert && (
        <p id="jdb-insert-why" className={styles.why}>
          Pick at least one item above to insert it.
        </p>
      )}
      <div aria-live="polite" className={styles.status}>
        {status.kind === 'busy' && <Spinner size="tiny" label={status.label} />}
        {status.kind === 'confirm-duplicates' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Already in the document</MessageBarTitle>
              {status.count === 1 ? 'One selected item is' : `${status.count} selected items are`} already in this
              document (marked “In document”). Insert again?
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={thenBack(props.onConfirmDuplicates)}>Insert again</Button>
              <Button onClick={thenBack(props.onCancel)}>Cancel</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {status.kind === 'choose-mode' && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Text is selected in the document</MessageBarTitle>
              Insert after it, or replace it?
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={thenBack(() => props.onChooseMode('after-selection'))}>Insert after selection</Button>
              <Button onClick={thenBack(() => props.onChooseMode('replace-selection'))}>Replace selection</Button>
              <Button onClick={thenBack(props.onCancel)}>Cancel</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {status.kind === 'done' && (
          <DoneMessage
            status={status}
            onGoTo={props.onGoTo && thenBack(props.onGoTo)}
            onDismiss={thenBack(props.onDismiss)}
            onExpire={props.onDismiss}
          />
        )}
        {status.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Nothing was inserted</MessageBarTitle>
              {status.error.message} {status.error.advice}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={thenBack(props.onDismiss)}>Dismiss</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
