/**
 * Role profiles: the current selection saved under a name (kept for this user in localStorage),
 * the built-in Greeley profile, and profiles exported and imported as small JSON files.
 */
import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { webStorageStore } from '../../catalog/remote/key-value-store';
import type { Catalog } from '../../catalog/types';
import type { Selection } from '../../compose/selection';
import { builtinProfiles } from '../../profiles/builtin';
import { fitProfile, importProfile } from '../../profiles/import-profile';
import { createProfile, exportProfile, profileFileName, type Profile } from '../../profiles/profile';
import { removeProfile, saveProfile, savedProfiles } from '../../profiles/saved-profiles';
import { readFileBytes } from '../state/catalog-sources';
import { FileButton } from './FileButton';
import { Section } from './Section';
import { useSectionStyles } from './section-styles';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
});

export interface ProfilesProps {
  catalogs: readonly Catalog[];
  /** The catalog in use and what is picked in it now. */
  catalog: Catalog;
  selection: Selection;
  /** Something is picked (an empty profile is not worth saving). */
  canSave: boolean;
  /** Make this (already fitted to its catalog) the pane's selection. */
  onApply: (selection: Selection) => void;
}

type Outcome = { intent: 'success' | 'warning' | 'error'; title: string; lines: string[] };

const store = () => webStorageStore(window.localStorage);

/** A download of `text` as a file (an object URL on a temporary link; revoked at once). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function Profiles(props: ProfilesProps): JSX.Element {
  const { catalogs } = props;
  const styles = useStyles();
  const section = useSectionStyles();
  const builtin = useMemo(() => builtinProfiles(), []);
  const [saved, setSaved] = useState<Profile[]>(() => savedProfiles(store()));
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const keep = (list: Profile[] | undefined, done: Outcome) => {
    if (!list) {
      setOutcome({ intent: 'error', title: 'The profiles could not be saved in this browser', lines: [] });
      return;
    }
    setSaved(list);
    setOutcome(done);
  };

  const save = () => {
    const profile = createProfile(name, props.catalog, props.selection, new Date());
    keep(saveProfile(store(), profile), {
      intent: 'success',
      title: `Saved the profile “${profile.name}”.`,
      lines: [],
    });
    setName('');
  };

  const apply = (profile: Profile) => {
    const fitted = fitProfile(profile, catalogs);
    if (!fitted.ok) {
      setOutcome({ intent: 'error', title: `“${profile.name}” could not be applied`, lines: fitted.errors });
      return;
    }
    props.onApply(fitted.profile.selection);
    const notes = fitted.messages.map((m) => m.text);
    const warned = fitted.messages.some((m) => m.level !== 'info');
    setOutcome({ intent: warned ? 'warning' : 'success', title: `Applied “${profile.name}”.`, lines: notes });
  };

  const importFile = async (file: File) => {
    try {
      const text = new TextDecoder().decode(await readFileBytes(file));
      const read = importProfile(text, catalogs);
      if (!read.ok) {
        setOutcome({ intent: 'error', title: `“${file.name}” was not imported`, lines: read.errors });
        return;
      }
      keep(saveProfile(store(), read.profile), {
        intent: 'success',
        title: `Imported the profile “${read.profile.name}”; Apply it to use it.`,
        lines: read.messages.map((m) => m.text),
      });
    } catch (e) {
      setOutcome({
        intent: 'error',
        title: `“${file.name}” could not be read`,
        lines: [e instanceof Error ? e.message : String(e)],
      });
    }
  };

  const describe = (profile: Profile) => {
    const catalog = catalogs.find((c) => c.id === profile.catalogId);
    const level = catalog?.levels.find((l) => l.id === profile.selection.levelId)?.name ?? profile.selection.levelId;
    const count =
      profile.selection.qualificationIds.length +
      profile.selection.responsibilityIds.length +
      profile.selection.skillIds.length +
      (profile.selection.includeSummary ? 1 : 0);
    return `${catalog?.title ?? profile.catalogId} · ${level} · ${count} item${count === 1 ? '' : 's'}`;
  };

  const row = (profile: Profile, own: boolean) => (
    <li key={`${own ? 'saved' : 'builtin'}:${profile.name}`} className={styles.item}>
      <div className={section.name}>
        {profile.name}{' '}
        {!own && (
          <Badge appearance="outline" color="informative">
            Built-in
          </Badge>
        )}
      </div>
      <p className={section.note}>{describe(profile)}</p>
      <div className={section.row} role="group" aria-label={profile.name}>
        <Button size="small" onClick={() => apply(profile)}>
          Apply
        </Button>
        <Button size="small" onClick={() => download(profileFileName(profile), exportProfile(profile))}>
          Export
        </Button>
        {own && (
          <Button
            size="small"
            onClick={() =>
              keep(removeProfile(store(), profile.name), {
                intent: 'success',
                title: `Deleted the profile “${profile.name}”.`,
                lines: [],
              })
            }
          >
            Delete
          </Button>
        )}
      </div>
    </li>
  );

  return (
    <Section title="Profiles" level={3}>
      <div className={section.row}>
        <Field
          className={section.grow}
          label="Profile name"
          hint="For example “Credentialing Coordinator – Mid-Career”."
        >
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Button disabled={!props.canSave} onClick={save}>
          Save selection as profile
        </Button>
      </div>
      <ul className={section.cards} aria-label="Profiles">
        {saved.map((p) => row(p, true))}
        {builtin.map((p) => row(p, false))}
      </ul>
      <FileButton label="Import profile…" inputLabel="Profile file" accept=".json" onFile={importFile} />
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.lines.length > 0 && (
              <ul className={section.lines}>
                {outcome.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
