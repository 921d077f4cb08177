/**
 * The task pane: three views under a tab list (Build: choose a level, pick, insert; In this document;
 * Catalogs and profiles), and the help area. All document access goes through the DocumentPort; all
 * decisions are in the plain modules under ../state, so this file only wires them to the screen.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  useIsomorphicLayoutEffect,
  tokens,
} from '@fluentui/react-components';
import { levelView } from '../../catalog/query';
import type { Catalog } from '../../catalog/types';
import type { Role } from '../../compose/blocks';
import type { Selection } from '../../compose/selection';
import type { StyleMapping } from '../../house-style/types';
import type { DocumentPort, DocumentSnapshot, WordError } from '../../word/port';
import {
  composeSelection,
  describeCount,
  effectivePicks,
  pickCount,
  placeholdersInUse,
  summaryOffered,
} from '../state/derived';
import { HOUSE_STYLE_SETTING, readMapping, safeSetting, withRole } from '../../workflows/settings';
import { LAYOUT_SETTING, readLayoutChoices, withCopiedLook, type LayoutChoices } from '../../workflows/layout-choices';
import { withCatalog } from '../state/catalog-sources';
import { itemsInDocument } from '../../workflows/in-document';
import type { InsertAnswers, InsertRequest } from '../../workflows/insert';
import { profileActions } from '../state/profile-actions';
import { leavesByItself, uniqueMessages, unexpectedError, type InsertStatus } from '../state/insert-status';
import type * as Pipeline from '../state/pipeline';
import {
  ESSENTIALITY_GROUPS_SETTING,
  readGrouping,
  storedGrouping,
  withGrouping,
  type Grouping,
} from '../state/essentiality-groups';
import type * as Tables from '../../compose/tables';
import type { Composer } from '../../compose/tables';
import type { ChecklistAndGroupingProps } from './ChecklistAndGrouping';
import { firstRunDone, rememberFirstRunDone, rememberLevel, rememberedLevel } from '../state/remembered';
import { initialSelection, selectionReducer, type SelectionAction } from '../state/selection';
import { BLOCK_NOT_FOUND } from '../../word/word-errors';
import { FirstRun } from './FirstRun';
import { HelpButton, HelpPanel, useHelpArea } from './HelpArea';
import type { HouseStylePanelProps } from './HouseStylePanel';
import { InsertBar } from './InsertBar';
import { InsertPreview } from './InsertPreview';
import type { LayoutChoicesFieldsProps } from './LayoutChoicesFields';
import { lazyPart, useLoaded, usePreloadWhenIdle } from './lazy-part';
import { PickSteps } from './PickSteps';
import { PlaceholderInputs } from './PlaceholderInputs';
import { Section } from './Section';
import type { ShellChoices } from '../shell/shell-choices';
import { usePaintingShell } from '../shell/painting-shell';

// The parts below the picking steps load after the first paint: importing and fetching catalogs brings the
// schema validator and the workbook reader, the block view its dialog.
const CatalogSources = lazy(() => import('./CatalogSources').then((m) => ({ default: m.CatalogSources })));
const InDocument = lazy(() => import('./InDocument').then((m) => ({ default: m.InDocument })));
const Profiles = lazy(() => import('./Profiles').then((m) => ({ default: m.Profiles })));
const SelfCheck = lazy(() => import('./SelfCheck').then((m) => ({ default: m.SelfCheck })));
// Step 3's choices sit below the first screen: their chunks load when the pane is idle, before the user scrolls.
const ChecklistAndGrouping = lazyPart<ChecklistAndGroupingProps>(() =>
  import(/* webpackChunkName: "step-3" */ './ChecklistAndGrouping').then((m) => m.ChecklistAndGrouping),
);
const LayoutChoicesFields = lazyPart<LayoutChoicesFieldsProps>(() =>
  import(/* webpackChunkName: "step-3" */ './LayoutChoicesFields').then((m) => m.LayoutChoicesFields),
);
const HouseStylePanel = lazyPart<HouseStylePanelProps>(() =>
  import(/* webpackChunkName: "step-3" */ './HouseStylePanel').then((m) => m.HouseStylePanel),
);
/** The tables' composers (matrix, comparison, checklist) come with the views that offer them, when idle. */
const TABLES = { preload: () => import(/* webpackChunkName: "tables" */ '../../compose/tables') };
/** Detection, planning, the preview and inserting: step 3 and the insert bar's action, not the first screen. */
const PIPELINE = { preload: () => import(/* webpackChunkName: "pipeline" */ '../state/pipeline') };
const IDLE_PARTS = [ChecklistAndGrouping, LayoutChoicesFields, HouseStylePanel, TABLES];

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' },
  scroll: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    // Parts keep their height: the column scrolls instead.
    '& > *': { flexShrink: 0 },
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { paddingBottom: tokens.spacingVerticalS },
  top: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // At 320 px the three tabs fit on one line with the short names; a wider font still wraps rather than cuts off.
  tabs: { flexWrap: 'wrap' },
  titleRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  /** Build: its own scrolling column above the insert bar, which stays in view. */
  view: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
});

/** What inserting needs: the loaded pipeline and the insertion the pane previews. */
interface Ready {
  p: typeof Pipeline;
  insertion: Pipeline.Insertion;
}

type View = 'build' | 'document' | 'catalogs';
const VIEWS: readonly View[] = ['build', 'document', 'catalogs'];
const VIEW_NAMES: Record<View, string> = {
  build: 'Build',
  document: 'In this document',
  catalogs: 'Catalogs and profiles',
};
/** What a tab shows where its full name (its accessible name, which starts with it) is too wide for 320 px. */
const SHORT_VIEW_NAMES: Partial<Record<View, string>> = { document: 'This document', catalogs: 'Catalogs' };

export interface PaneProps {
  port: DocumentPort;
  catalogs: Catalog[];
  shell?: ShellChoices;
  firstRun?: boolean;
}

export function Pane(props: PaneProps): JSX.Element {
  const { port } = props;
  const styles = useStyles();
  // Catalogs the user imported or loaded from a URL join the built-in ones (a same-id catalog replaces it).
  const [addedCatalogs, setAddedCatalogs] = useState<Catalog[]>([]);
  const catalogs = useMemo(() => addedCatalogs.reduce(withCatalog, props.catalogs), [props.catalogs, addedCatalogs]);
  const shellLevel = catalogs[0].levels.find((l) => l.id === props.shell?.levelId)?.id;
  const [selection, dispatch] = useReducer(selectionReducer, undefined, () =>
    initialSelection(catalogs[0].id, shellLevel ?? rememberedLevel(catalogs[0], port)),
  );
  const catalog = catalogs.find((c) => c.id === selection.catalogId) ?? catalogs[0];
  const [showFirstRun, setShowFirstRun] = useState(() => props.firstRun ?? props.shell?.firstRun ?? !firstRunDone());
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | undefined>();
  const [readError, setReadError] = useState<WordError | undefined>();
  const [mapping, setMapping] = useState<StyleMapping>(() => readMapping(safeSetting(port, HOUSE_STYLE_SETTING)));
  const [saveError, setSaveError] = useState<string | undefined>();
  const [status, setStatus] = useState<InsertStatus>({ kind: 'idle' });
  const [openIds, setOpenIds] = useState<string[]>([]);
  const levelRef = useRef<HTMLSelectElement>(null);
  const [grouping, setGrouping] = useState<Grouping>(() =>
    readGrouping(safeSetting(port, ESSENTIALITY_GROUPS_SETTING)),
  );
  const [layout, setLayout] = useState<LayoutChoices>(() => readLayoutChoices(safeSetting(port, LAYOUT_SETTING)));
  const [jobTitle, setJobTitle] = useState('');
  const pipeline = useLoaded(PIPELINE);
  // What the insertion under way composes: a table, or (none) the job description; kept across its questions.
  const composer = useRef<Composer | undefined>(undefined);

  const refreshDocument = useCallback(async (): Promise<DocumentSnapshot | undefined> => {
    try {
      const result = await port.readDocument();
      if (!result.ok) {
        setReadError(result.error);
        return undefined;
      }
      setReadError(undefined);
      setSnapshot(result.value);
      return result.value;
    } catch (e) {
      setReadError(unexpectedError(e));
      return undefined;
    }
  }, [port]);

  useEffect(() => {
    void refreshDocument();
  }, [refreshDocument]);

  // A level chosen in the painted shell is remembered like one chosen here.
  useEffect(() => {
    if (shellLevel) rememberLevel(shellLevel, port).catch(() => undefined);
  }, [shellLevel, port]);

  // Derived data, recomputed only when its inputs change.
  const levelItems = useMemo(
    () => levelView(catalog, selection.levelId, selection.workSettingId),
    [catalog, selection.levelId, selection.workSettingId],
  );
  const offeredSummary = summaryOffered(catalog, selection.levelId) ? catalog.summary : undefined;
  const picks = useMemo(() => effectivePicks(levelItems, selection, catalog), [levelItems, selection, catalog]);
  const count = pickCount(picks);
  const placeholders = useMemo(() => placeholdersInUse(catalog, levelItems, picks), [catalog, levelItems, picks]);
  const detected = useMemo(
    () => pipeline?.houseStyle(snapshot, mapping, { styleOnly: layout.styleOnly }),
    [pipeline, snapshot, mapping, layout.styleOnly],
  );
  const headingAbove = snapshot && pipeline?.headingBeforeCursor(snapshot.context);
  const insertion = useMemo(
    () =>
      pipeline &&
      detected &&
      pipeline.buildInsertion(catalog, withGrouping(composeSelection(selection, picks), grouping), detected.value, {
        choices: layout,
        underHeading: headingAbove !== undefined,
      }),
    [pipeline, catalog, selection, picks, detected, grouping, layout, headingAbove],
  );
  // Inserting waits for the pipeline (a few milliseconds after the first render): its buttons are disabled till then.
  const ready: Ready | undefined = pipeline && insertion && { p: pipeline, insertion };
  const inDocument = useMemo(() => itemsInDocument(snapshot?.blocks ?? [], catalog), [snapshot, catalog]);

  const settle = () => setStatus((s) => (s.kind === 'done' || s.kind === 'failed' ? { kind: 'idle' } : s));
  // The next action takes a success message away; warnings and errors stay until dismissed.
  const act = useCallback((action: SelectionAction) => {
    dispatch(action);
    setStatus((s) => (leavesByItself(s) ? { kind: 'idle' } : s));
  }, []);

  // Each view keeps its own scroll position while the pane is open.
  const [view, setView] = useState<View>('build');
  const scrollers = useRef(new Map<View, HTMLElement>());
  const scrollTops = useRef(new Map<View, number>());
  const scrollRef = (v: View) => (el: HTMLElement | null) => {
    if (el) scrollers.current.set(v, el);
  };
  const showView = (next: View) => {
    scrollTops.current.set(view, scrollers.current.get(view)?.scrollTop ?? 0);
    setView(next);
  };
  // Isomorphic: the pane is also rendered at build time (the painted shell), where layout effects cannot run.
  useIsomorphicLayoutEffect(() => {
    const el = scrollers.current.get(view);
    if (el) el.scrollTop = scrollTops.current.get(view) ?? 0;
  }, [view]);
  const help = useHelpArea();
  const paintingShell = usePaintingShell();
  const ids = useId();
  usePreloadWhenIdle(IDLE_PARTS);

  const changeLevel = (levelId: string) => {
    dispatch({ type: 'level', levelId });
    settle();
    rememberLevel(levelId, port).catch(() => undefined); // remembering is a convenience, never an error
  };

  const switchCatalog = (next: Catalog) => {
    const levelId = next.levels.some((l) => l.id === selection.levelId)
      ? selection.levelId
      : (next.levels[0]?.id ?? '');
    dispatch({ type: 'catalog', catalogId: next.id, levelId });
    setOpenIds([]);
    settle();
  };

  const changeCatalog = (catalogId: string) => {
    const next = catalogs.find((c) => c.id === catalogId);
    if (next) switchCatalog(next);
  };

  const applyProfile = (chosen: Selection) => {
    for (const action of profileActions(chosen)) dispatch(action);
    setOpenIds([]);
    settle();
  };

  const addCatalog = (added: Catalog, use: boolean) => {
    setAddedCatalogs((list) => withCatalog(list, added));
    if (use) switchCatalog(added);
  };

  // A forgotten catalog leaves the choice; a built-in one it stood in for (same id) comes back.
  const forgetCatalog = (catalogId: string) => {
    setAddedCatalogs((list) => list.filter((c) => c.id !== catalogId));
    if (selection.catalogId === catalogId)
      switchCatalog(props.catalogs.find((c) => c.id === catalogId) ?? props.catalogs[0]);
  };

  /** Remembers a choice in the document; if Word refuses, it still applies until the pane closes. */
  const saveSetting = (key: string, value: unknown, what: string) => {
    setSaveError(undefined);
    port
      .setDocumentSetting(key, value)
      .catch((e: unknown) =>
        setSaveError(
          `${what} could not be saved in the document (${e instanceof Error ? e.message : String(e)}). It applies until the pane closes.`,
        ),
      );
  };

  const saveMapping = (next: StyleMapping) => {
    setMapping(next);
    saveSetting(HOUSE_STYLE_SETTING, next, 'The house style');
  };

  const saveGrouping = (next: Grouping) => {
    setGrouping(next);
    saveSetting(ESSENTIALITY_GROUPS_SETTING, storedGrouping(next), 'The grouping');
  };

  const saveLayout = (next: LayoutChoices) => {
    setLayout(next);
    saveSetting(LAYOUT_SETTING, next, 'The layout choice');
  };

  /** What the insert workflow (src/workflows/insert.ts) asks about and inserts: the pane's current choices. */
  const insertRequest = (p: typeof Pipeline): InsertRequest => ({
    catalog,
    selection: withGrouping(composeSelection(selection, picks), grouping),
    mapping,
    choices: layout,
    composer: composer.current ?? p.compose,
  });

  const runInsert = async ({ p, insertion }: Ready, answers: InsertAnswers, fresh: DocumentSnapshot) => {
    // The preview holds the same sections the workflow is about to insert.
    const n = insertion.plan.sections.length;
    setStatus({ kind: 'busy', label: `Inserting ${n} section${n === 1 ? '' : 's'}…` });
    try {
      const outcome = await p.insertSelection(port, insertRequest(p), answers, fresh);
      if (outcome.kind === 'question') {
        setStatus({ ...outcome.question, snapshot: outcome.snapshot });
        return;
      }
      if (outcome.kind === 'failed') {
        setStatus({ kind: 'failed', error: outcome.error });
        return;
      }
      setStatus({
        kind: 'done',
        summary: outcome.summary,
        sections: outcome.plan.sections.map((s) => s.title),
        jobId: outcome.model.sections[0]?.tag.jobId ?? '',
        messages: uniqueMessages(outcome.messages).filter((m) => m.level !== 'info'),
      });
      void refreshDocument();
    } catch (e) {
      setStatus({ kind: 'failed', error: unexpectedError(e) });
    }
  };

  /** The workflow's next question for this snapshot, shown as today; none: the insertion goes ahead. */
  const proceed = (ready: Ready, fresh: DocumentSnapshot, answers: InsertAnswers) => {
    const question = ready.p.insertQuestion(fresh, insertRequest(ready.p), answers);
    if (question) setStatus({ ...question, snapshot: fresh });
    else void runInsert(ready, answers, fresh);
  };

  /** Inserts the job description, or the table `what` composes. */
  const startInsert = async (ready: Ready, what?: Composer) => {
    if (!what && !count) return;
    composer.current = what;
    setStatus({ kind: 'busy', label: 'Reading the document…' });
    try {
      const read = await port.readDocument();
      if (!read.ok) {
        setStatus({ kind: 'failed', error: read.error });
        return;
      }
      setSnapshot(read.value);
      proceed(ready, read.value, {});
    } catch (e) {
      setStatus({ kind: 'failed', error: unexpectedError(e) });
    }
  };

  /** Inserts one of the tables, its composer's chunk loaded first (usually there already, see TABLES). */
  const insertTable = async (ready: Ready, choose: (tables: typeof Tables) => Composer) => {
    try {
      const tables = await TABLES.preload();
      await startInsert(ready, choose(tables));
    } catch (e) {
      setStatus({ kind: 'failed', error: unexpectedError(e) });
    }
  };

  /** Selects the first section inserted with this job id, as the document lists it now. */
  const goToJob = async (jobId: string) => {
    try {
      const read = await port.readDocument();
      const first = read.ok ? read.value.blocks.find((b) => b.tag.jobId === jobId) : undefined;
      const result = first
        ? await port.selectBlock!(first.id)
        : { ok: false as const, error: read.ok ? BLOCK_NOT_FOUND : read.error };
      if (!result.ok) setStatus({ kind: 'failed', error: result.error });
    } catch (e) {
      setStatus({ kind: 'failed', error: unexpectedError(e) });
    }
  };

  const dismissFirstRun = () => {
    rememberFirstRunDone();
    setShowFirstRun(false);
    // The focused "Got it" button disappears; step 1 is where the user goes next.
    levelRef.current?.focus();
  };

  const tabId = (v: View) => `${ids}-tab-${v}`;
  const panelId = (v: View) => `${ids}-panel-${v}`;
  const panelProps = (v: View) => ({
    id: panelId(v),
    role: 'tabpanel',
    'aria-labelledby': tabId(v),
    hidden: view !== v,
    // Fluent's classes set display: the hidden attribute alone would not hide the panel.
    style: view === v ? undefined : { display: 'none' },
  });

  return (
    <div className={styles.pane}>
      <div className={styles.top}>
        <div className={styles.titleRow}>
          <h1 className={styles.title}>Job Description Builder</h1>
          <HelpButton open={help.open} panelId={help.panelId} onToggle={help.toggle} />
        </div>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={view}
          onTabSelect={(_, d) => showView(d.value as View)}
          aria-label="Views"
        >
          {VIEWS.map((v) => (
            <Tab
              key={v}
              value={v}
              id={tabId(v)}
              aria-controls={panelId(v)}
              aria-label={SHORT_VIEW_NAMES[v] && VIEW_NAMES[v]}
            >
              {SHORT_VIEW_NAMES[v] ?? VIEW_NAMES[v]}
            </Tab>
          ))}
        </TabList>
      </div>
      {help.open && (
        <HelpPanel id={help.panelId}>
          <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
            <SelfCheck port={port} />
          </Suspense>
        </HelpPanel>
      )}

      <div {...panelProps('build')} className={styles.view}>
        <div className={styles.scroll} ref={scrollRef('build')}>
          {showFirstRun && <FirstRun onDone={dismissFirstRun} />}
          {readError && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>The document could not be read</MessageBarTitle>
                {readError.message} {readError.advice}
              </MessageBarBody>
            </MessageBar>
          )}
          <PickSteps
            levelRef={levelRef}
            initialQuery={props.shell?.query}
            catalogs={catalogs}
            catalog={catalog}
            selection={selection}
            view={levelItems}
            summary={offeredSummary}
            inDocument={inDocument}
            openIds={openIds}
            onOpenIds={setOpenIds}
            onCatalog={changeCatalog}
            onLevel={changeLevel}
            dispatch={act}
            busy={status.kind === 'busy' || !ready}
            onInsertTable={(table) =>
              ready &&
              void insertTable(ready, (t) =>
                table.kind === 'matrix'
                  ? (c, s) => ({ value: t.composeMatrix(c, s.levelId, s.workSettingId), messages: [] })
                  : (c, s) => t.composeComparison(c, table.fromId, table.toId, s.workSettingId),
              )
            }
          />

          {/* Below the fold of the first screen: the painted shell leaves it out. */}
          {!paintingShell && (
            <Section
              title="3. Check and insert"
              actions={
                count > 0 ? (
                  <Button size="small" appearance="subtle" onClick={() => act({ type: 'clear' })}>
                    Clear selection
                  </Button>
                ) : undefined
              }
            >
              {placeholders.length > 0 && (
                <PlaceholderInputs
                  placeholders={placeholders}
                  values={selection.placeholderValues}
                  onChange={(id, value) => act({ type: 'placeholder', id, value })}
                />
              )}
              <Checkbox
                label="Show essentiality after competency headings"
                checked={selection.includeEssentiality}
                onChange={(_, d) => act({ type: 'essentiality', on: d.checked === true })}
              />
              <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
                <ChecklistAndGrouping.Component
                  grouping={grouping}
                  onGrouping={saveGrouping}
                  jobTitle={jobTitle}
                  onJobTitle={setJobTitle}
                  canInsertChecklist={picks.responsibility.length > 0 && status.kind !== 'busy' && !!ready}
                  onInsertChecklist={() =>
                    ready &&
                    void insertTable(
                      ready,
                      (t) => (c, s) => t.composeChecklist(c, s, { jobTitle: jobTitle.trim() || undefined }),
                    )
                  }
                />
              </Suspense>
              {snapshot?.trackChangesOn && (
                <MessageBar intent="info">
                  <MessageBarBody>
                    Track changes is on: the inserted sections will show as tracked changes.
                  </MessageBarBody>
                </MessageBar>
              )}
              {saveError && (
                <MessageBar intent="error">
                  <MessageBarBody>{saveError}</MessageBarBody>
                </MessageBar>
              )}
              {pipeline && detected && (
                <Suspense fallback={null}>
                  <LayoutChoicesFields.Component
                    choices={layout}
                    onChange={saveLayout}
                    heading={headingAbove}
                    numbered={pipeline.dutiesNumbered(detected.value)}
                  />
                </Suspense>
              )}
              <Accordion multiple collapsible defaultOpenItems={['preview']}>
                <AccordionItem value="preview">
                  <AccordionHeader>Preview</AccordionHeader>
                  <AccordionPanel className={styles.panel}>
                    {insertion ? (
                      <InsertPreview html={insertion.previewHtml} empty={count === 0} />
                    ) : (
                      <Spinner size="tiny" label="Loading…" />
                    )}
                  </AccordionPanel>
                </AccordionItem>
                <AccordionItem value="house-style">
                  <AccordionHeader>House style</AccordionHeader>
                  <AccordionPanel className={styles.panel}>
                    <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
                      {detected ? (
                        <HouseStylePanel.Component
                          sheet={snapshot?.styles ?? { styles: [] }}
                          styleMap={detected.value}
                          mapping={mapping}
                          onChange={(role: Role, styleId: string) => saveMapping(withRole(mapping, role, styleId))}
                          onReset={() => saveMapping({})}
                          onCopyLook={(role: Role, copy: boolean) => saveLayout(withCopiedLook(layout, role, copy))}
                        />
                      ) : (
                        <Spinner size="tiny" label="Loading…" />
                      )}
                    </Suspense>
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            </Section>
          )}
        </div>
        <InsertBar
          countText={describeCount(picks)}
          canInsert={count > 0 && !!ready}
          status={status}
          onInsert={() => ready && void startInsert(ready)}
          onConfirmDuplicates={() =>
            ready &&
            status.kind === 'confirm-duplicates' &&
            proceed(ready, status.snapshot, { duplicatesConfirmed: true })
          }
          onChooseMode={(mode) =>
            ready &&
            status.kind === 'choose-mode' &&
            void runInsert(ready, { duplicatesConfirmed: true, mode }, status.snapshot)
          }
          onCancel={() => setStatus({ kind: 'idle' })}
          onDismiss={() => setStatus({ kind: 'idle' })}
          onGoTo={port.selectBlock && status.kind === 'done' ? () => void goToJob(status.jobId) : undefined}
        />
      </div>

      <div {...panelProps('document')} className={styles.scroll} ref={scrollRef('document')}>
        <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
          {detected ? (
            <InDocument
              port={port}
              catalogs={catalogs}
              styleMap={detected.value}
              documentVersion={snapshot}
              onChanged={() => void refreshDocument()}
            />
          ) : (
            <Spinner size="tiny" label="Loading…" />
          )}
        </Suspense>
      </div>

      <div {...panelProps('catalogs')} className={styles.scroll} ref={scrollRef('catalogs')}>
        <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
          <Section title="Catalogs and profiles">
            <CatalogSources port={port} onCatalog={addCatalog} onForget={forgetCatalog} />
            <Profiles
              catalogs={catalogs}
              catalog={catalog}
              selection={composeSelection(selection, picks)}
              canSave={count > 0}
              onApply={applyProfile}
            />
          </Section>
        </Suspense>
      </div>
    </div>
  );
}
