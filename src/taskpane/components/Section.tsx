/**
 * A titled part of the pane: a region (a landmark screen-reader users can jump between) with its own
 * heading; the parts inside a step take the lower heading level.
 */
import { useId, type ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

export function Section(props: {
  title: string;
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
}): JSX.Element {
  const styles = useStyles();
  const id = useId();
  const nested = props.level === 3;
  const Heading = nested ? 'h3' : 'h2';
  const body = (
    <>
      <div className={styles.heading}>
        <Heading id={id} className={mergeClasses(styles.heading, nested && styles.subheading)}>
          {props.title}
        </Heading>
        {props.actions}
      </div>
      {props.children}
    </>
  );
  return (
    <section className={styles.section} aria-labelledby={id}>
      {body}
    </section>
  );
}
