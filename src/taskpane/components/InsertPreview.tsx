/** What will be inserted, drawn by the HTML renderer with an approximation of the mapped styles. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Paper } from './Paper';

const useStyles = makeStyles({
  page: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    maxHeight: '24rem',
    overflowY: 'auto',
    fontFamily: 'Calibri, Carlito, sans-serif',
    '& h2, & h3, & p, & ul': { marginTop: 0 },
    '& ul': { paddingLeft: tokens.spacingHorizontalXL },
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function InsertPreview(props: { html: string; empty: boolean }): JSX.Element {
  const styles = useStyles();
  if (props.empty) return <p className={styles.empty}>Tick items above to see what will be inserted.</p>;
  return (
    <Paper className={styles.page}>
      <div
        tabIndex={0}
        role="document"
        aria-label="Preview of the sections to insert"
        dangerouslySetInnerHTML={{ __html: asGroups(props.html) }}
      />
    </Paper>
  );
}

/**
 * The renderer escapes every piece of catalog and document text, so its HTML is safe to show as is, and
 * no "<section" in it can come from text. Its sections are named like the pane's own parts
 * ("Qualifications"), so inside the pane they become groups rather than duplicate page landmarks.
 */
function asGroups(html: string): string {
  return html.replace(/<section /g, '<div role="group" ').replace(/<\/section>/g, '</div>');
}
