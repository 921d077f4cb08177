/** The first-run explanation of the three steps; "Got it" hides it for good (remembered per user). */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FIRST_RUN_NOTE } from '../shell/shell-choices';

const useStyles = makeStyles({
  steps: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function FirstRun(props: { onDone: () => void }): JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent="info" layout="multiline" aria-labelledby="jdb-first-run-title" {...{ [FIRST_RUN_NOTE]: '' }}>
      <MessageBarBody>
        <MessageBarTitle id="jdb-first-run-title">Three steps</MessageBarTitle>
        <ol className={styles.steps}>
          <li>Choose the experience level of the job.</li>
          <li>Tick the responsibilities, qualifications and skills it needs.</li>
          <li>Put the cursor in your template, then select Insert at cursor.</li>
        </ol>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onDone}>Got it</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
