/**
 * The organization's own catalog: imported from a file (JSON, CSV or XLSX, previewed before use) or
 * loaded from a central https address, cached for offline use. A bad catalog is reported with its
 * problems and the catalog in use stays. Catalog text is shown as React text only, never as HTML.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { importCatalogFile, type ImportPreview } from '../../catalog/import/import-file';
import { describeTime, cachedCatalog } from '../../catalog/remote/cache';
import { webStorageStore } from '../../catalog/remote/key-value-store';
import { catalogUrlProblem } from '../../catalog/remote/catalog-url';
import { loadCatalogFromUrl, type RemoteDeps } from '../../catalog/remote/fetch-catalog';
import type { Catalog } from '../../catalog/types';
import type { Message } from '../../messages';
import { problemLines, readFileBytes, saveCatalogUrl, savedCatalogUrl } from '../state/catalog-sources';
import { Section } from './Section';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  hiddenInput: { display: 'none' },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface CatalogSourcesProps {
  /** A catalog is ready: add it to the Catalog choice, and switch to it when `use` (the user asked for it). */
  onCatalog: (catalog: Catalog, use: boolean) => void;
}

type Problem = { title: string; lines: string[] };

function remoteDeps(): RemoteDeps {
  return {
    fetch: (url, init) => window.fetch(url, init),
    cache: webStorageStore(window.localStorage),
    now: () => new Date(),
  };
}

export function CatalogSources(props: CatalogSourcesProps): JSX.Element {
  const { onCatalog } = props;
  const styles = useStyles();
  const fileRef = useRef<HTMLInputElement>(null);
  const fileInputId = useId();
  const [pending, setPending] = useState<{ catalog: Catalog; preview: ImportPreview; messages: Message[] }>();
  const [problem, setProblem] = useState<Problem | undefined>();
  const [notice, setNotice] = useState<{ text: string; notes: string[] } | undefined>();
  const [url, setUrl] = useState(() => savedCatalogUrl(window.localStorage));
  const [urlStatus, setUrlStatus] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const loadUrl = async (address: string, use: boolean) => {
    const bad = catalogUrlProblem(address);
    if (bad) {
      setProblem({ title: 'The catalog address cannot be used', lines: [bad, 'The catalog in use has not changed.'] });
      return;
    }
    setBusy(true);
    try {
      const result = await loadCatalogFromUrl(address.trim(), remoteDeps());
      if (!result.ok) {
        setProblem({
          title: 'The catalog could not be loaded',
          lines: [...problemLines(result.errors), 'The catalog in use has not changed.'],
        });
        return;
      }
      setProblem(undefined);
      const from =
        result.from === 'cache' ? `cached copy from ${describeTime(result.fetchedAt)}` : 'up to date with the server';
      setUrlStatus(`${result.catalog.title}, version ${result.catalog.version} (${from}).`);
      setNotice(
        use ? { text: `Now using “${result.catalog.title}”.`, notes: result.messages.map((m) => m.text) } : undefined,
      );
      onCatalog(result.catalog, use);
    } finally {
      setBusy(false);
    }
  };

  // A central catalog set earlier: its cached copy at once, then whatever the server has now.
  useEffect(() => {
    const saved = savedCatalogUrl(window.localStorage);
    if (!saved) return;
    const cached = cachedCatalog(webStorageStore(window.localStorage), saved);
    if (cached) {
      onCatalog(cached.catalog, false);
      setUrlStatus(
        `${cached.catalog.title}, version ${cached.catalog.version} (cached copy from ${describeTime(cached.fetchedAt)}).`,
      );
    }
    void loadUrl(saved, false);
    // Once, when the pane opens.
  }, []);

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice(undefined);
    setPending(undefined);
    setBusy(true);
    try {
      const result = await importCatalogFile(file.name, await readFileBytes(file));
      if (!result.ok) {
        setProblem({
          title: `“${file.name}” was not imported`,
          lines: [...problemLines(result.errors), 'The catalog in use has not changed.'],
        });
        return;
      }
      setProblem(undefined);
      setPending(result);
    } catch (e) {
      setProblem({
        title: `“${file.name}” could not be read`,
        lines: [e instanceof Error ? e.message : String(e), 'The catalog in use has not changed.'],
      });
    } finally {
      setBusy(false);
      // The same file can be chosen again after fixing it.
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const adoptPending = () => {
    if (!pending) return;
    onCatalog(pending.catalog, true);
    setNotice({ text: `Now using “${pending.catalog.title}”.`, notes: [] });
    setPending(undefined);
  };

  const saveUrl = () => {
    const address = url.trim();
    const kept = saveCatalogUrl(window.localStorage, address);
    if (!address) {
      setUrlStatus(undefined);
      setProblem(undefined);
      return;
    }
    if (!kept)
      setNotice({
        text: 'The address could not be saved in this browser; it is used until the pane closes.',
        notes: [],
      });
    void loadUrl(address, true);
  };

  return (
    <Section title="Organization catalog" level={3}>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => fileRef.current?.click()}>
          Import catalog…
        </Button>
        <input
          ref={fileRef}
          id={fileInputId}
          className={styles.hiddenInput}
          type="file"
          accept=".json,.csv,.xlsx"
          aria-label="Catalog file"
          onChange={(e) => void chooseFile(e.target.files?.[0])}
        />
      </div>
      <p className={styles.note}>
        A JSON catalog, or a CSV or Excel sheet with competency, level, responsibility and essentiality columns.
      </p>
      {pending && (
        <ImportPreviewCard
          preview={pending.preview}
          messages={pending.messages}
          onUse={adoptPending}
          onCancel={() => setPending(undefined)}
        />
      )}
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label="Catalog URL"
          hint="Saved for you on this computer, for every document. Only https:// addresses."
        >
          <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://" />
        </Field>
        <Button disabled={busy} onClick={saveUrl}>
          Load
        </Button>
      </div>
      {urlStatus && <p className={styles.note}>{urlStatus}</p>}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{problem.title}</MessageBarTitle>
            <ul className={styles.list} aria-label="Problems">
              {problem.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {notice.text}
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
  const styles = useStyles();
  const { preview } = props;
  return (
    <div className={styles.preview} role="group" aria-label="Catalog to import">
      <p className={styles.text}>
        <strong>{preview.title}</strong>, version {preview.version}
      </p>
      <p className={styles.text}>
        {preview.competencies} competencies, {preview.responsibilities} responsibilities, {preview.skills} skills,{' '}
        {preview.qualifications} qualifications; levels: {preview.levels.join(', ')}.
      </p>
      {preview.sample.length > 0 && (
        <ul className={styles.list} aria-label="Sample of the catalog">
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
