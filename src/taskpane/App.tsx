/**
 * The task pane application: Fluent theme, error boundary, and the pane. Against the in-browser
 * preview document it also shows that document beside the pane, clearly labelled as a preview.
 */
import { Suspense, useMemo } from 'react';
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { builtinCatalogs } from '../catalog/builtin';
import type { Catalog } from '../catalog/types';
import type { DocumentPort } from '../word/port';
import { PaneErrorBoundary } from './components/ErrorBoundary';
import { Pane } from './components/Pane';
import { FLUENT_THEMES, PaneThemeContext, type PaneTheme } from './components/theme';
import { lazyPart } from './components/lazy-part';
import { isPreviewPort, type PreviewPort } from './preview';

// Only the standalone preview shows the sample document (never Word): its chunk loads as the pane renders.
const PreviewDocument = lazyPart<{ port: PreviewPort }>(() =>
  import(/* webpackChunkName: "preview-document" */ './preview/PreviewDocument').then((m) => m.PreviewDocument),
);
import type { ShellChoices } from './shell/shell-choices';

const useStyles = makeStyles({
  root: {
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  standalone: {
    display: 'flex',
    alignItems: 'stretch',
    gap: tokens.spacingHorizontalXXL,
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    '@media (max-width: 56rem)': { flexDirection: 'column', height: 'auto' },
  },
  paneColumn: {
    width: '26rem',
    minWidth: '300px',
    maxWidth: '500px',
    flexShrink: 0,
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 56rem)': { width: 'auto', height: '80vh' },
  },
  documentColumn: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalL} 0`,
    '@media (max-width: 56rem)': { padding: tokens.spacingHorizontalL },
  },
});

export interface AppProps {
  port: DocumentPort;
  theme: PaneTheme;
  catalogs?: Catalog[];
  /** What the user already chose in the painted shell (src/taskpane/shell). */
  shell?: ShellChoices;
  /** Show the first-run explanation: by default as the painted shell did, else until the user has dismissed it. */
  firstRun?: boolean;
}

export function App(props: AppProps): JSX.Element {
  const styles = useStyles();
  const catalogs = useMemo(() => (props.catalogs?.length ? props.catalogs : builtinCatalogs()), [props.catalogs]);
  const { port } = props;
  const pane = (
    <PaneErrorBoundary>
      <Pane port={port} catalogs={catalogs} shell={props.shell} firstRun={props.firstRun} />
    </PaneErrorBoundary>
  );
  return (
    <PaneThemeContext.Provider value={props.theme}>
      <FluentProvider theme={FLUENT_THEMES[props.theme]}>
        {isPreviewPort(port) ? (
          <main className={styles.standalone}>
            <div className={styles.paneColumn}>{pane}</div>
            <div className={styles.documentColumn}>
              <Suspense fallback={null}>
                <PreviewDocument.Component port={port} />
              </Suspense>
            </div>
          </main>
        ) : (
          <main className={styles.root}>{pane}</main>
        )}
      </FluentProvider>
    </PaneThemeContext.Provider>
  );
}
