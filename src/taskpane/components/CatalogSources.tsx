/**
 * The organization's own catalog: imported from a file (JSON, CSV or XLSX, previewed before use, then
 * kept on this computer) or loaded from a central https address saved for the user or in the document,
 * cached for offline use. A bad catalog is reported with its problems and the catalog in use stays.
 * Catalog text is shown as React text only, never as HTML.
 */
import { useEffect, useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
} from '@fluentui/react-components';
import { importCatalogFile, isCompanionFile, type ImportPreview } from '../../catalog/import/import-file';
import { forgetCatalog, keepCatalog, keptCatalogs, type KeptCatalog } from '../../catalog/kept-catalogs';
import { describeTime, cachedCatalog } from '../../catalog/remote/cache';
import { webStorageStore } from '../../catalog/remote/key-value-store';
import { catalogUrlProblem } from '../../catalog/remote/catalog-url';
import { loadCatalogFromUrl, type RemoteDeps } from '../../catalog/remote/fetch-catalog';
import type { Catalog } from '../../catalog/types';
import type { Message } from '../../messages';
import type { DocumentPort } from '../../word/port';
import {
  problemLines,
  readFileBytes,
  saveCatalogAddress,
  savedCatalogAddress,
  type UrlScope,
} from '../state/catalog-sources';
import { FileButton } from './FileButton';
import { Section } from './Section';
import { useSectionStyles } from './section-styles';

export interface CatalogSourcesProps {
  /** Where a per-document catalog address is kept. */
  port: Pick<DocumentPort, 'getDocumentSetting' | 'setDocumentSetting'>;
  /** A catalog is ready: add it to the Catalog choice, and switch to it when `use` (the user asked for it). */
  onCatalog: (catalog: Catalog, use: boolean) => void;
  /** The user forgot an imported catalog: take it out of the Catalog choice. */
  onForget: (catalogId: string) => void;
}

type Problem = { title: string; lines: string[] };
type Notice = { intent: 'success' | 'warning'; text: string; notes: string[] };
type Pending = { catalog: Catalog; preview: ImportPreview; messages: Message[]; fileName: string };

const store = () => webStorageStore(window.localStorage);

function remoteDeps(): RemoteDeps {
  return { fetch: (url, init) => window.fetch(url, init), cache: store(), now: () => new Date() };
}

export function CatalogSources(props: CatalogSourcesProps): JSX.Element {
  const { port, onCatalog, onForget } = props;
  const styles = useSectionStyles();
  const [pending, setPending] = useState<Pending>();
  const [kept, setKept] = useState<KeptCatalog[]>([]);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [saved] = useState(() => savedCatalogAddress(window.localStorage, port));
  const [url, setUrl] = useState(saved.url);
  const [scope, setScope] = useState<UrlScope>(saved.scope);
  const [urlStatus, setUrlStatus] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  /**
   * Loads the central catalog. `save` (the user clicked Load): the address is saved for its scope only once
   * a catalog came from it, so a mistyped or broken address never replaces a working one.
   */
  const loadUrl = async (address: string, use: boolean, save?: UrlScope) => {
    const bad = catalogUrlProblem(address);
    if (bad) {
      setProblem({ title: 'The catalog address cannot be used', lines: [bad, 'The catalog in use has not changed.'] });
      return;
    }
    setBusy(true);
    try {
      const result = await loadCatalogFromUrl(address, remoteDeps());
      if (!result.ok) {
        setProblem({
          title: 'The catalog could not be loaded',
          lines: [...problemLines(result.errors), 'The catalog in use has not changed.'],
        });
        return;
      }
      setProblem(undefined);
      const notSaved = save && (await saveCatalogAddress(window.localStorage, port, address, save));
      const from =
        result.from === 'cache' ? `cached copy from ${describeTime(result.fetchedAt)}` : 'up to date with the server';
      setUrlStatus(`${result.catalog.title}, version ${result.catalog.version} (${from}).`);
      // Why an older copy is in use matters even when the pane opened by itself (offline, server down).
      const notes = [...(notSaved ? [notSaved] : []), ...result.messages.map((m) => m.text)];
      setNotice(
        use || result.from === 'cache'
          ? {
              intent: result.from === 'cache' ? 'warning' : 'success',
              text: `Now using “${result.catalog.title}”.`,
              notes,
            }
          : undefined,
      );
      onCatalog(result.catalog, use);
    } finally {
      setBusy(false);
    }
  };

  // When the pane opens: the imported catalogs kept here, and the central catalog, which is the one to use
  // (its cached copy at once, then whatever its server has now).
  useEffect(() => {
    const keptNow = keptCatalogs(store());
    setKept(keptNow);
    for (const k of keptNow) onCatalog(k.catalog, false);
    if (!saved.url) return;
    const cached = cachedCatalog(store(), saved.url);
    if (cached) {
      onCatalog(cached.catalog, true);
      setUrlStatus(
        `${cached.catalog.title}, version ${cached.catalog.version} (cached copy from ${describeTime(cached.fetchedAt)}).`,
      );
    }
    // With the cached copy chosen already, the server's version takes its place without a second switch.
    void loadUrl(saved.url, !cached);
    // Once, when the pane opens.
  }, []);

  const chooseFile = async (first: File, others: File[]) => {
    // A CSV catalog may come with its levels file, chosen together in any order.
    const chosen = [first, ...others];
    const file = chosen.find((f) => !isCompanionFile(f.name)) ?? first;
    setNotice(undefined);
    setPending(undefined);
    setBusy(true);
    try {
      const companions = await Promise.all(
        chosen.filter((f) => f !== file).map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) })),
      );
      const result = await importCatalogFile(file.name, await readFileBytes(file), { companions });
      if (!result.ok) {
        setProblem({
          title: `“${file.name}” was not imported`,
          lines: [...problemLines(result.errors), 'The catalog in use has not changed.'],
        });
        return;
      }
      setProblem(undefined);
      setPending({ ...result, fileName: file.name });
    } catch (e) {
      setProblem({
        title: `“${file.name}” could not be read`,
        lines: [e instanceof Error ? e.message : String(e), 'The catalog in use has not changed.'],
      });
    } finally {
      setBusy(false);
    }
  };

  const adoptPending = () => {
    if (!pending) return;
    const { catalog, fileName } = pending;
    const entry = { catalog, fileName, keptAt: new Date().toISOString() };
    const wasKept = keepCatalog(store(), entry);
    if (wasKept) setKept((list) => [...list.filter((k) => k.catalog.id !== catalog.id), entry]);
    onCatalog(catalog, true);
    setNotice({
      intent: wasKept ? 'success' : 'warning',
      text: `Now using “${catalog.title}”.`,
      notes: [
        wasKept
          ? 'It is kept on this computer for your next documents, until you forget it.'
          : 'It could not be kept on this computer (the browser storage is full or blocked); import it again next time.',
      ],
    });
    setPending(undefined);
  };

  const forget = (entry: KeptCatalog) => {
    forgetCatalog(store(), entry.catalog.id);
    setKept((list) => list.filter((k) => k.catalog.id !== entry.catalog.id));
    onForget(entry.catalog.id);
    setNotice({ intent: 'success', text: `Forgot “${entry.catalog.title}”.`, notes: [] });
  };

  const loadOrClear = async () => {
    const address = url.trim();
    if (address) return loadUrl(address, true, scope);
    // An empty address and Load: stop using a central catalog.
    const notSaved = await saveCatalogAddress(window.localStorage, port, '', scope);
    setUrlStatus(undefined);
    setProblem(undefined);
    setNotice({
      intent: notSaved ? 'warning' : 'success',
      text: notSaved ?? 'No central catalog address is saved now.',
      notes: [],
    });
  };

  return (
    <Section title="Organization catalog" level={3}>
      <FileButton
        label="Import catalog…"
        inputLabel="Catalog file"
        accept=".json,.csv,.xlsx"
        multiple
        disabled={busy}
        onFile={chooseFile}
      />
      <p className={styles.note}>
        A JSON catalog, or a CSV or Excel sheet with competency, level, responsibility and essentiality columns. Your
        own level names work; a &quot;Levels&quot; sheet (or, with a CSV file, its &quot;.levels.csv&quot; file chosen
        together with it) sets their order, names and years.
      </p>
      {pending && (
        <ImportPreviewCard
          preview={pending.preview}
          messages={pending.messages}
          onUse={adoptPending}
          onCancel={() => setPending(undefined)}
        />
      )}
      {kept.length > 0 && (
        <ul className={styles.cards} aria-label="Imported catalogs kept on this computer">
          {kept.map((k) => (
            <li key={k.catalog.id} className={styles.card}>
              <p className={styles.name}>
                {k.catalog.title}, version {k.catalog.version}
              </p>
              <p className={styles.note}>
                Imported from {k.fileName}, {describeTime(k.keptAt)}; kept on this computer.
              </p>
              <div className={styles.row}>
                <Button size="small" aria-label={`Forget “${k.catalog.title}”`} onClick={() => forget(k)}>
                  Forget
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Field label="Catalog URL" hint="Only https:// addresses; checked for a new version each time the pane opens.">
        <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://" />
      </Field>
      <Field label="Use this address for">
        <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as UrlScope)}>
          <Radio value="user" label="All my documents" />
          <Radio value="document" label="This document (saved in it)" />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void loadOrClear()}>
          Load
        </Button>
      </div>
      {urlStatus && <p className={styles.note}>{urlStatus}</p>}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{problem.title}</MessageBarTitle>
            <ul className={styles.lines} aria-label="Problems">
              {problem.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <div>{notice.text}</div>
            {notice.notes.map((n, i) => (
              <div key={i}>{n}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

function ImportPreviewCard(props: {
  preview: ImportPreview;
  messages: Message[];
  onUse: () => void;
  onCancel: () => void;
}): JSX.Element {
  const styles = useSectionStyles();
  const { preview } = props;
  return (
    <div className={styles.card} role="group" aria-label="Catalog to import">
      <p className={styles.text}>
        <strong>{preview.title}</strong>, version {preview.version}
      </p>
      <p className={styles.text}>
        {preview.competencies} competencies, {preview.responsibilities} responsibilities, {preview.skills} skills,{' '}
        {preview.qualifications} qualifications; levels: {preview.levels.join(', ')}.
      </p>
      {preview.sample.length > 0 && (
        <ul className={styles.lines} aria-label="Sample of the catalog">
          {preview.sample.map((s, i) => (
            <li key={i}>
              {s.kind === 'responsibility' ? `${s.competency} (${s.level}): ${s.text}` : `${s.name}: ${s.description}`}
            </li>
          ))}
        </ul>
      )}
      {props.messages.map((m, i) => (
        <p key={i} className={styles.note}>
          {m.text}
        </p>
      ))}
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onUse}>
          Use this catalog
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
