/**
 * The pane's help and about area: a "Help" button in the pane's title row opens it below the title, above
 * the views, whichever view is showing. Tools about the add-in itself (rather than the job description)
 * belong here.
 */
import { useId, useState, type ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    maxHeight: '40vh',
    overflowY: 'auto',
  },
  text: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

/** The button that opens and closes the area; `panelId` ties it to HelpPanel for screen readers. */
export function HelpButton(props: { open: boolean; panelId: string; onToggle: () => void }): JSX.Element {
  return (
    <Button
      size="small"
      appearance="subtle"
      aria-expanded={props.open}
      aria-controls={props.panelId}
      onClick={props.onToggle}
    >
      Help
    </Button>
  );
}

export function HelpPanel(props: { id: string; children?: ReactNode }): JSX.Element {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section id={props.id} className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.text}>
        <strong>Help</strong>
      </h2>
      <p className={styles.text}>
        <strong>Build</strong>: choose the level, tick what the job needs, then Insert at cursor. The sections inserted
        together form one job description.
      </p>
      <p className={styles.text}>
        <strong>In this document</strong>: each job description with Re-level, Refresh from catalog and Remove for all
        its sections at once; More shows each section on its own. Word's Undo (Ctrl+Z) reverts any change.
      </p>
      <p className={styles.text}>
        <strong>Catalogs and profiles</strong>: your organization's own catalog, and saved selections.
      </p>
      {props.children}
    </section>
  );
}

/** Open/closed state and the id that ties button and panel together. */
export function useHelpArea(): { open: boolean; panelId: string; toggle: () => void } {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return { open, panelId, toggle: () => setOpen((o) => !o) };
}
