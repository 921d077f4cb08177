/**
 * Step 3, always in view: the running count, "Insert at cursor" (disabled with the reason when nothing
 * is selected), progress, the questions asked before inserting, and the outcome.
 */
import { useRef } from 'react';
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
import type { InsertStatus } from '../state/insert-status';

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
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  why: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface InsertBarProps {
  countText: string;
  canInsert: boolean;
  status: InsertStatus;
  onInsert(): void;
  onConfirmDuplicates(): void;
  onChooseMode(mode: InsertMode): void;
  onCancel(): void;
  onDismiss(): void;
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
          Select at least one qualification, responsibility or skill to insert.
        </p>
      )}
      <div aria-live="polite">
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
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Done</MessageBarTitle>
              <span>{status.summary}</span>
              {status.messages.length > 0 && (
                <ul className={styles.list}>
                  {status.messages.map((m) => (
                    <li key={m.text}>{m.text}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={thenBack(props.onDismiss)}>Dismiss</Button>
            </MessageBarActions>
          </MessageBar>
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
