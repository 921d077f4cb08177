/**
 * The task pane: choose a level, pick, insert. All document access goes through the DocumentPort;
 * all decisions are in the plain modules under ../state, so this file only wires them to the screen.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
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
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { levelView } from '../../catalog/query';
import type { Catalog } from '../../catalog/types';
import type { Role } from '../../compose/blocks';
import type { Selection } from '../../compose/selection';
import type { StyleMapping } from '../../house-style/types';
import type { DocumentSnapshot, DocumentPort, WordError } from '../../word/port';
import { houseStyle } from '../../workflows/house-style';
import { insertSelection, type InsertAnswers } from '../../workflows/insert';
import { itemsInDocument } from '../../workflows/in-document';
import { HOUSE_STYLE_SETTING, readMapping, safeSetting, withRole } from '../../workflows/settings';
import {
  composeSelection,
  describeCount,
  effectivePicks,
  pickCount,
  placeholdersInUse,
  summaryOffered,
} from '../state/derived';
import { withCatalog } from '../state/catalog-sources';
import { profileActions } from '../state/profile-actions';
import { statusOfQuestion, uniqueMessages, unexpectedError, type InsertStatus } from '../state/insert-status';
import { buildPreview } from '../state/pipeline';
import { firstRunDone, rememberFirstRunDone, rememberLevel, rememberedLevel } from '../state/remembered';
import { initialSelection, selectionReducer } from '../state/selection';
import { FirstRun } from './FirstRun';
import { HouseStylePanel } from './HouseStylePanel';
import { InsertBar } from './InsertBar';
import { InsertPreview } from './InsertPreview';
import { PickSteps } from './PickSteps';
import { PlaceholderInputs } from './PlaceholderInputs';
import { Section } from './Section';

// The parts below the picking steps load after the first paint: importing and fetching catalogs brings the
// schema validator and the workbook reader, the block view its dialog.
const CatalogSources = lazy(() => import('./CatalogSources').then((m) => ({ default: m.CatalogSources })));
const InDocument = lazy(() => import('./InDocument').then((m) => ({ default: m.InDocument })));
const Profiles = lazy(() => import('./Profiles').then((m) => ({ default: m.Profiles })));
const SelfCheck = lazy(() => import('./SelfCheck').then((m) => ({ default: m.SelfCheck })));

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%' },
  scroll: {
    flexGrow: 1,
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
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { paddingBottom: tokens.spacingVerticalS },
});

export interface PaneProps {
  port: DocumentPort;
  catalogs: Catalog[];
}

export function Pane(props: PaneProps): JSX.Element {
  const { port } = props;
  const styles = useStyles();
  // Catalogs the user imported or loaded from a URL join the built-in ones (a same-id catalog replaces it).
  const [addedCatalogs, setAddedCatalogs] = useState<Catalog[]>([]);
  const catalogs = useMemo(() => addedCatalogs.reduce(withCatalog, props.catalogs), [props.catalogs, addedCatalogs]);
  const [selection, dispatch] = useReducer(selectionReducer, undefined, () =>
    initialSelection(catalogs[0].id, rememberedLevel(catalogs[0], port)),
  );
  const catalog = catalogs.find((c) => c.id === selection.catalogId) ?? catalogs[0];
  const [showFirstRun, setShowFirstRun] = useState(() => !firstRunDone());
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | undefined>();
  const [readError, setReadError] = useState<WordError | undefined>();
  const [mapping, setMapping] = useState<StyleMapping>(() => readMapping(safeSetting(port, HOUSE_STYLE_SETTING)));
  const [saveError, setSaveError] = useState<string | undefined>();
  const [status, setStatus] = useState<InsertStatus>({ kind: 'idle' });
  const [openIds, setOpenIds] = useState<string[]>([]);
  const levelRef = useRef<HTMLSelectElement>(null);

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

  // Derived data, recomputed only when its inputs change.
  const view = useMemo(
    () => levelView(catalog, selection.levelId, selection.workSettingId),
    [catalog, selection.levelId, selection.workSettingId],
  );
  const offeredSummary = summaryOffered(catalog, selection.levelId) ? catalog.summary : undefined;
  const picks = useMemo(() => effectivePicks(view, selection, catalog), [view, selection, catalog]);
  const count = pickCount(picks);
  const placeholders = useMemo(() => placeholdersInUse(catalog, view, picks), [catalog, view, picks]);
  const detected = useMemo(() => houseStyle(snapshot, mapping), [snapshot, mapping]);
  const insertion = useMemo(
    () => buildPreview(catalog, composeSelection(selection, picks), detected.value),
    [catalog, selection, picks, detected],
  );
  const inDocument = useMemo(() => itemsInDocument(snapshot?.blocks ?? [], catalog), [snapshot, catalog]);

  const settle = () => setStatus((s) => (s.kind === 'done' || s.kind === 'failed' ? { kind: 'idle' } : s));

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

  const saveMapping = (next: StyleMapping) => {
    setMapping(next);
    setSaveError(undefined);
    port
      .setDocumentSetting(HOUSE_STYLE_SETTING, next)
      .catch((e: unknown) =>
        setSaveError(
          `The house style could not be saved in the document (${e instanceof Error ? e.message : String(e)}). It applies until the pane closes.`,
        ),
      );
  };

  /** The insert workflow: it reads the document (unless answering about `fresh`), asks, or inserts. */
  const runInsert = async (answers: InsertAnswers, fresh?: DocumentSnapshot) => {
    const n = insertion.plan.sections.length;
    setStatus({
      kind: 'busy',
      label: fresh ? `Inserting ${n} section${n === 1 ? '' : 's'}…` : 'Reading the document…',
    });
    try {
      const request = { catalog, selection: composeSelection(selection, picks), mapping };
      const outcome = await insertSelection(port, request, answers, fresh);
      if (outcome.kind === 'failed') {
        setStatus({ kind: 'failed', error: outcome.error });
        return;
      }
      if (outcome.kind === 'question') {
        setSnapshot(outcome.snapshot);
        setStatus(statusOfQuestion(outcome.question, outcome.snapshot, answers));
        return;
      }
      const notes = uniqueMessages(outcome.messages).filter((m) => m.level !== 'info');
      setStatus({ kind: 'done', summary: outcome.summary, messages: notes });
      void refreshDocument();
    } catch (e) {
      setStatus({ kind: 'failed', error: unexpectedError(e) });
    }
  };

  const startInsert = () => {
    if (count) void runInsert({});
  };

  const dismissFirstRun = () => {
    rememberFirstRunDone();
    setShowFirstRun(false);
    // The focused "Got it" button disappears; step 1 is where the user goes next.
    levelRef.current?.focus();
  };

  return (
    <div className={styles.pane}>
      <div className={styles.scroll}>
        <h1 className={styles.title}>Job Description Builder</h1>
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
          catalogs={catalogs}
          catalog={catalog}
          selection={selection}
          view={view}
          summary={offeredSummary}
          inDocument={inDocument}
          openIds={openIds}
          onOpenIds={setOpenIds}
          onCatalog={changeCatalog}
          onLevel={changeLevel}
          dispatch={dispatch}
        />

        <Section
          title="3. Check and insert"
          actions={
            count > 0 ? (
              <Button size="small" appearance="subtle" onClick={() => dispatch({ type: 'clear' })}>
                Clear selection
              </Button>
            ) : undefined
          }
        >
          {placeholders.length > 0 && (
            <PlaceholderInputs
              placeholders={placeholders}
              values={selection.placeholderValues}
              onChange={(id, value) => dispatch({ type: 'placeholder', id, value })}
            />
          )}
          <Checkbox
            label="Show essentiality after competency headings"
            checked={selection.includeEssentiality}
            onChange={(_, d) => dispatch({ type: 'essentiality', on: d.checked === true })}
          />
          {snapshot?.trackChangesOn && (
            <MessageBar intent="info">
              <MessageBarBody>Track changes is on: the inserted sections will show as tracked changes.</MessageBarBody>
            </MessageBar>
          )}
          {saveError && (
            <MessageBar intent="error">
              <MessageBarBody>{saveError}</MessageBarBody>
            </MessageBar>
          )}
          <Accordion multiple collapsible defaultOpenItems={['preview']}>
            <AccordionItem value="preview">
              <AccordionHeader>Preview</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <InsertPreview html={insertion.previewHtml} empty={count === 0} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="house-style">
              <AccordionHeader>House style</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <HouseStylePanel
                  sheet={snapshot?.styles ?? { styles: [] }}
                  styleMap={detected.value}
                  mapping={mapping}
                  onChange={(role: Role, styleId: string) => saveMapping(withRole(mapping, role, styleId))}
                  onReset={() => saveMapping({})}
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </Section>

        <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
          <InDocument
            port={port}
            catalogs={catalogs}
            mapping={mapping}
            documentVersion={snapshot}
            onChanged={() => void refreshDocument()}
          />

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

          <SelfCheck port={port} />
        </Suspense>
      </div>
      <InsertBar
        countText={describeCount(picks)}
        canInsert={count > 0}
        status={status}
        onInsert={startInsert}
        onConfirmDuplicates={() =>
          status.kind === 'confirm-duplicates' &&
          void runInsert({ ...status.answers, duplicatesConfirmed: true }, status.snapshot)
        }
        onChooseMode={(mode) =>
          status.kind === 'choose-mode' && void runInsert({ ...status.answers, mode }, status.snapshot)
        }
        onCancel={() => setStatus({ kind: 'idle' })}
        onDismiss={() => setStatus({ kind: 'idle' })}
      />
    </div>
  );
}
