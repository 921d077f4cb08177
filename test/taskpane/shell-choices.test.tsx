/**
 * The hand-over from the painted shell (taskpane.html's static first screen) to the app: what the user did there
 * before the scripts ran is read from the shell's fields and carried into the app (src/taskpane/shell).
 */
import './setup';
import { act, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { renderShellMarkup, shellHeadScript, shellLevelIds } from '../../src/taskpane/shell/render-shell';
import { readShellChoices, restoreShellFocus } from '../../src/taskpane/shell/shell-choices';
import { createFakePort } from './fake-port';

/** The shell as the build renders it, as static HTML, in a stand-in for #root. */
function paintShell(): HTMLElement {
  const shell = document.createElement('div');
  shell.innerHTML = renderShellMarkup(shellLevelIds()[0]);
  shell.firstElementChild!.setAttribute('data-jdb-shell', ''); // as the build marks it
  document.body.append(shell);
  return shell;
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-jdb-first-run');
  localStorage.clear();
});

// The shell is rendered on the "server" here inside jsdom, where Fluent's layout effects are real ones: React's
// warning that they do nothing there is expected (the build renders in Node, without it).
const consoleError = console.error.bind(console);
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((message: unknown, ...rest: unknown[]) => {
    if (typeof message === 'string' && message.includes('useLayoutEffect does nothing on the server')) return;
    consoleError(message, ...rest);
  });
});
afterAll(() => jest.restoreAllMocks());

function fields(root: ParentNode) {
  return {
    level: root.querySelector<HTMLSelectElement>('select[name="level"]')!,
    search: root.querySelector<HTMLInputElement>('input[name="search"]')!,
  };
}

describe('reading the shell', () => {
  test('nothing touched, for a user who dismissed the first-run note: only that the note stays hidden', () => {
    const shell = paintShell();
    expect(readShellChoices(shell, document.activeElement)).toEqual({ firstRun: false });
  });

  test('a level chosen, text typed and the caret in Search are carried over', () => {
    const shell = paintShell();
    const { level, search } = fields(shell);
    level.value = 'managerial';
    search.value = 'peer review';
    search.focus();
    search.setSelectionRange(4, 4);
    expect(readShellChoices(shell, document.activeElement)).toEqual({
      firstRun: false,
      levelId: 'managerial',
      query: 'peer review',
      focus: { field: 'search', selectionStart: 4, selectionEnd: 4 },
    });
  });

  test('the Level control with the keyboard and its first level chosen again: only the focus', () => {
    const shell = paintShell();
    const { level } = fields(shell);
    level.focus();
    expect(readShellChoices(shell, document.activeElement)).toEqual({
      firstRun: false,
      focus: { field: 'level', selectionStart: null, selectionEnd: null },
    });
  });
});

describe('the first-run note in the shell (the script in <head> runs before the shell is parsed)', () => {
  const runHeadScript = () => new Function(shellHeadScript())();
  const gotIt = (root: ParentNode) =>
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Got it')!;

  test('a new user: <html> asks for the note, and the app keeps showing it', () => {
    runHeadScript();
    const shell = paintShell();
    expect(document.documentElement.hasAttribute('data-jdb-first-run')).toBe(true);
    expect(readShellChoices(shell, document.activeElement)).toEqual({ firstRun: true });
  });

  test('"Got it" in the shell, before the app: the note goes, for good, and the app does not bring it back', async () => {
    runHeadScript();
    const shell = paintShell();
    gotIt(shell).click();
    expect(document.documentElement.hasAttribute('data-jdb-first-run')).toBe(false);
    expect(localStorage.getItem('jdb.firstRunDone')).toBe('1');
    const choices = readShellChoices(shell, document.activeElement);
    expect(choices).toEqual({ firstRun: false });
    // Even where storage is refused, the app (in the shell's place) follows the shell.
    localStorage.clear();
    shell.remove();
    const view = render(<App port={createFakePort()} theme="light" shell={choices} />);
    await act(async () => undefined);
    expect(view.queryByText('Three steps')).toBeNull();
  });

  test('a returning user: <html> does not ask for it; the app shows it if the shell did', async () => {
    localStorage.setItem('jdb.firstRunDone', '1');
    runHeadScript();
    expect(document.documentElement.hasAttribute('data-jdb-first-run')).toBe(false);
    const view = render(<App port={createFakePort()} theme="light" shell={{ firstRun: true }} />);
    await act(async () => undefined);
    expect(view.getByText('Three steps')).toBeTruthy();
  });
});

describe('the app taking over', () => {
  test('starts at the level and with the search the user chose in the shell, and the caret goes back', async () => {
    localStorage.setItem('jdb.firstRunDone', '1');
    const port = createFakePort();
    const view = render(
      <App
        port={port}
        theme="light"
        shell={{ levelId: 'managerial', query: 'peer', focus: { field: 'search', selectionStart: 2, selectionEnd: 3 } }}
      />,
    );
    await act(async () => undefined);
    const { level, search } = fields(view.container);
    expect(level.value).toBe('managerial');
    expect(search.value).toBe('peer');
    expect(await screen.findByText(/matching items/)).toBeTruthy();
    // Chosen in the shell is chosen: remembered like a level picked in the app.
    expect(port.settings.get('jdbLevel')).toBe('managerial');
    act(() => restoreShellFocus(view.container, { field: 'search', selectionStart: 2, selectionEnd: 3 }));
    expect(document.activeElement).toBe(search);
    expect([search.selectionStart, search.selectionEnd]).toEqual([2, 3]);
  });

  test('a level the catalog does not have is ignored: the remembered one applies', async () => {
    localStorage.setItem('jdb.level', 'executive');
    const view = render(<App port={createFakePort()} theme="light" shell={{ levelId: 'no-such-level' }} />);
    await act(async () => undefined);
    expect(fields(view.container).level.value).toBe('executive');
    localStorage.removeItem('jdb.level');
  });
});
