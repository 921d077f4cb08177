/**
 * Boots the task pane. It never waits on office.js before showing something useful:
 * - outside Office (a plain browser, `npm start`): the app runs at once against the preview document;
 * - inside Office: the painted shell (taskpane.html's first screen, rendered at build time) stays up and usable
 *   until Office.onReady (bounded by a timeout), then the app runs against Word, keeping what the user chose in
 *   the shell. If office.js cannot load there, the pane says so instead of waiting.
 * Uncaught errors while the shell still shows are turned into an error view by taskpane.html's inline
 * handler (it also covers this bundle failing to download); render errors later by ErrorBoundary.
 */
import { Component, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createPreviewPort } from './preview';
import { rememberOfficeTheme } from './state/remembered';
import { readShellChoices, restoreShellFocus, SHELL_SELECTOR } from './shell/shell-choices';
import { applyFullStyleSheet, fullStyleSheetLoaded } from './shell/full-style-sheet';
import type { DocumentPort } from '../word/port';
import { forcedColorsActive, loadOffice, probablyInOffice, type PaneTheme } from '../word/load-office';

const OFFICE_TIMEOUT_MS = 5000;

const rootElement = document.getElementById('root') as HTMLElement;
const root = createRoot(rootElement);

/** Plain DOM (no React, no Fluent) so it shows even when the app itself cannot start. */
function showStartupError(title: string, detail: string): void {
  root.unmount();
  const view = document.createElement('div');
  view.className = 'boot-error';
  view.setAttribute('role', 'alert');
  const box = document.createElement('div');
  box.className = 'boot-error-box';
  const heading = document.createElement('strong');
  heading.textContent = title;
  const text = document.createElement('p');
  text.textContent = detail;
  box.append(heading, text);
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload the pane';
  reload.addEventListener('click', () => location.reload());
  view.append(box, reload);
  rootElement.replaceChildren(view);
}

class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error): void {
    // Leave the pane's render tree to the fallback view on the next tick (not during React's commit).
    setTimeout(() => showStartupError('Something went wrong in the pane.', error.message), 0);
  }

  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/** Preview theme: `?theme=light|dark|high-contrast` (tests, screenshots), else the system's. */
function previewTheme(): PaneTheme {
  const asked = new URLSearchParams(location.search).get('theme');
  if (asked === 'light' || asked === 'dark' || asked === 'high-contrast') return asked;
  if (forcedColorsActive()) return 'high-contrast';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The whole style sheet, preloaded with the page, so normally there already: the app must not show before it can
 * be styled. Waited for where the app mounts, not before, so office.js and the Word adapter download meanwhile.
 */
const styleSheet = fullStyleSheetLoaded();

/**
 * Whether taskpane.html's own handler shows, or is about to show, why the pane cannot start (e.g. its style sheet
 * did not download).
 */
function bootFailed(): boolean {
  return document.documentElement.hasAttribute('data-jdb-boot-failed');
}

/**
 * Mounts the app in place of the painted shell (or of an earlier app), once its style sheet is there, carrying over
 * what the user already did in the shell; committed at once (flushSync) so the keyboard goes back to the same field
 * in the same frame.
 */
async function mount(port: DocumentPort, theme: PaneTheme): Promise<void> {
  await styleSheet;
  if (bootFailed()) return;
  const shell = rootElement.querySelector(SHELL_SELECTOR) ? readShellChoices(rootElement, document.activeElement) : {};
  // Styled by the same frame that draws the app: the shell's inline rules alone would leave parts of it unstyled.
  applyFullStyleSheet();
  flushSync(() =>
    root.render(
      <ErrorBoundary>
        <App port={port} theme={theme} shell={shell} />
      </ErrorBoundary>,
    ),
  );
  restoreShellFocus(rootElement, shell.focus);
}

/** The Office.js adapter is a separate chunk: the standalone preview never loads it, Word fetches it beside office.js. */
function loadWordPort(): Promise<DocumentPort> {
  return import(/* webpackChunkName: "word" */ '../word/word-document').then((m) => m.createWordPort());
}

async function boot(): Promise<void> {
  if (bootFailed()) return;
  if (!probablyInOffice()) {
    const preview = mount(createPreviewPort(), previewTheme());
    // Word on a platform that passes no host hint still gets the real document once office.js answers.
    const office = await loadOffice(OFFICE_TIMEOUT_MS);
    await preview;
    if (office.host === 'word') await mount(await loadWordPort(), office.theme);
    return;
  }
  const wordPort = loadWordPort();
  const office = await loadOffice(OFFICE_TIMEOUT_MS);
  if (office.host === 'word') {
    rememberOfficeTheme(office.theme); // the next painted shell opens in it
    await mount(await wordPort, office.theme);
  } else if (!office.failure) await mount(createPreviewPort(), previewTheme());
  else {
    showStartupError(
      'Word’s add-in library (office.js) did not load.',
      'Check the network connection, then reload the pane. Without it the pane cannot reach your document.',
    );
  }
}

boot().catch((e: unknown) => showStartupError('The pane could not start.', e instanceof Error ? e.message : String(e)));
