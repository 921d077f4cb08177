/**
 * In the Help area: the "Run Word checks" self-check. It runs the contract scenarios where the pane is (see
 * state/self-check.ts) and shows each one, passed or failed with what Word actually did, the line
 * "N of M checks passed", and "Copy report".
 */
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ScenarioResult } from '../../contract/types';
import type { DocumentPort } from '../../word/port';
import type { SelfCheckOutcome } from '../state/self-check';
import { Section } from './Section';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '2px' },
  failed: { color: tokens.colorPaletteRedForeground1 },
  detail: { display: 'block', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

type Done = Extract<SelfCheckOutcome, { kind: 'done' }>;

function ScenarioLine(props: { scenario: ScenarioResult }): JSX.Element {
  const styles = useStyles();
  const { scenario } = props;
  if (scenario.status === 'not-run') {
    return (
      <li>
        {scenario.title}: not run here ({(scenario.missing ?? []).join(', ')})
      </li>
    );
  }
  const failed = scenario.checks.filter((c) => !c.passed);
  return (
    <li className={failed.length ? styles.failed : undefined}>
      {scenario.title}: {failed.length ? 'failed' : 'passed'}
      {failed.map((c) => (
        <span key={c.name} className={styles.detail}>
          {c.name}: expected {c.expected}; Word did {c.actual}
        </span>
      ))}
    </li>
  );
}

export function SelfCheck(props: { port: DocumentPort }): JSX.Element {
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<SelfCheckOutcome>();
  const [error, setError] = useState<string>();
  /** 'copied', or the report to copy by hand when the clipboard is blocked. */
  const [copy, setCopy] = useState<{ copied: true } | { copied: false; json: string }>();
  const inWord = props.port.kind === 'word';

  const run = async () => {
    setRunning(true);
    setOutcome(undefined);
    setError(undefined);
    setCopy(undefined);
    try {
      // Loaded on demand: the scenarios are not needed to write job descriptions.
      const { runSelfCheck } = await import('../state/self-check');
      setOutcome(await runSelfCheck(props.port));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  };

  const copyReport = async (done: Done) => {
    const { reportJson } = await import('../state/self-check');
    const json = reportJson(done);
    try {
      await navigator.clipboard.writeText(json);
      setCopy({ copied: true });
    } catch {
      // Some Office web views block the clipboard: the report is then shown to copy by hand.
      setCopy({ copied: false, json });
    }
  };

  return (
    <Section title="Word checks" level={3}>
      <Text>
        {inWord
          ? 'Run Word checks tries, in this Word, each situation JD Builder is built for. Run it in a new blank document: it writes there and removes everything it wrote.'
          : 'Run Word checks tries each situation JD Builder is built for, here on preview documents of its own (the sample stays as it is). In Word, run it in a new blank document.'}
      </Text>
      <div className={styles.row}>
        <Button appearance="secondary" disabled={running} onClick={() => void run()}>
          Run Word checks
        </Button>
        {outcome?.kind === 'done' && (
          <Button appearance="secondary" onClick={() => void copyReport(outcome)}>
            Copy report
          </Button>
        )}
        {running && <Spinner size="tiny" label="Running checks…" />}
      </div>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'not-empty' && (
          <MessageBar intent="warning">
            <MessageBarBody>
              This document is not empty, so nothing was run. Open a blank document (File › New › Blank document), open
              JD Builder there and run the checks again.
            </MessageBarBody>
          </MessageBar>
        )}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>The checks stopped: {error}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'done' && (
          <Text weight="semibold">
            {outcome.report.summary} ({outcome.seconds} s)
          </Text>
        )}
        {copy?.copied && <Text> The report is on the clipboard.</Text>}
      </div>
      {outcome?.kind === 'done' && (
        <ul className={styles.list} aria-label="Checks, one per situation">
          {outcome.report.scenarios.map((s) => (
            <ScenarioLine key={s.id} scenario={s} />
          ))}
        </ul>
      )}
      {copy && !copy.copied && (
        <Textarea
          aria-label="Report (select all and copy)"
          readOnly
          value={copy.json}
          resize="vertical"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </Section>
  );
}
