/**
 * A page of a document: light like paper in the light and dark themes (a template's own colours are
 * chosen for a white page), the high-contrast theme's colours in high contrast, where the document's
 * own colours are dropped so text stays readable.
 */
import type { ReactNode } from 'react';
import { FluentProvider, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { FLUENT_THEMES, usePaneTheme } from './theme';

const useStyles = makeStyles({
  paper: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    overflowWrap: 'anywhere',
  },
  highContrast: {
    '& *': { color: 'inherit !important', backgroundColor: 'transparent !important' },
  },
});

export function Paper(props: { className?: string; children: ReactNode }): JSX.Element {
  const theme = usePaneTheme();
  const styles = useStyles();
  const highContrast = theme === 'high-contrast';
  return (
    <FluentProvider
      theme={highContrast ? FLUENT_THEMES['high-contrast'] : FLUENT_THEMES.light}
      className={mergeClasses(styles.paper, highContrast && styles.highContrast, props.className)}
    >
      {props.children}
    </FluentProvider>
  );
}
