import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { builtinCatalog } from '../../src/catalog/builtin';
import type { ResponseLike } from '../../src/catalog/remote/fetch-catalog';
import { CatalogSources } from '../../src/taskpane/components/CatalogSources';
import { CATALOG_URL_KEY } from '../../src/taskpane/state/catalog-sources';
import { CATALOG_URL_SETTING } from '../../src/workflows/settings';
import { createFakePort, type FakePort } from './fake-port';
import { TextDecoder, TextEncoder } from 'util';

// jsdom has no TextDecoder; every browser the pane runs in has.
if (!('TextDecoder' in globalThis)) Object.assign(globalThis, { TextDecoder, TextEncoder });

const GOOD_CSV =
  'Competency,Level,Responsibility,Essentiality\r\n' +
  'Credentialing,Entry Level,Verifies licenses,Very Essential\r\n' +
  'Peer Review,Mid-Career,<img src=x onerror=alert(1)>,Essential\r\n';
const BAD_CSV = 'Competency,Level,Responsibility,Essentiality\r\nCredentialing,Junior,Verifies licenses,Essential\r\n';
const URL = 'https://catalogs.example.org/acme.json';
const greeley = builtinCatalog('greeley-dmss-sample');

function reply(text: string, contentType = 'application/json'): ResponseLike {
  return {
    status: 200,
    headers: { get: (name) => (name.toLowerCase() === 'content-type' ? contentType : null) },
    body: null,
    text: async () => text,
  };
}

function setFetch(impl: (url: string) => Promise<ResponseLike>): jest.Mock {
  const fetch = jest.fn(impl);
  (window as unknown as { fetch: unknown }).fetch = fetch;
  return fetch;
}

function show(port: FakePort = createFakePort()) {
  const onCatalog = jest.fn();
  const onForget = jest.fn();
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <CatalogSources port={port} onCatalog={onCatalog} onForget={onForget} />
    </FluentProvider>,
  );
  return { user, onCatalog, onForget, port, ...view };
}

const file = (text: string, name: string) => new File([text], name, { type: 'text/csv' });

beforeEach(() => localStorage.clear());

test('an imported CSV is previewed with its counts and a sample, and used only on "Use this catalog"', async () => {
  const { user, onCatalog } = show();
  await user.upload(screen.getByLabelText('Catalog file'), file(GOOD_CSV, 'acme.csv'));
  const preview = await screen.findByRole('group', { name: 'Catalog to import' });
  expect(preview.textContent).toMatch(/^acme, version \w+2 competencies, 2 responsibilities/);
  // Catalog text is shown as text: the hostile cell is visible, no element is made from it.
  expect(within(preview).getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
  expect(preview.querySelector('img')).toBeNull();
  expect(onCatalog).not.toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Use this catalog' }));
  expect(onCatalog).toHaveBeenCalledWith(expect.objectContaining({ id: 'acme' }), true);
  expect(screen.getByText('Now using “acme”.')).toBeTruthy();
});

test('a bad file lists its problems by row and column and the catalog in use stays', async () => {
  const { user, onCatalog } = show();
  await user.upload(screen.getByLabelText('Catalog file'), file(BAD_CSV, 'acme.csv'));
  const problems = await screen.findByRole('list', { name: 'Problems' });
  expect(problems.textContent).toMatch(/Row 2, column 'Level'.*Junior/);
  expect(problems.textContent).toContain('The catalog in use has not changed.');
  expect(screen.queryByRole('button', { name: 'Use this catalog' })).toBeNull();
  expect(onCatalog).not.toHaveBeenCalled();
});

test('an http:// catalog URL is refused before any request', async () => {
  const fetch = setFetch(async () => reply('{}'));
  const { user, onCatalog } = show();
  await user.type(screen.getByRole('textbox', { name: /Catalog URL/ }), 'http://catalogs.example.org/acme.json');
  await user.click(screen.getByRole('button', { name: 'Load' }));
  expect((await screen.findByRole('list', { name: 'Problems' })).textContent).toContain('https://');
  expect(fetch).not.toHaveBeenCalled();
  expect(onCatalog).not.toHaveBeenCalled();
});

test('a server answering with an HTML page is an error and the catalog in use stays', async () => {
  setFetch(async () => reply('<html><body>Sign in</body></html>', 'text/html'));
  const { user, onCatalog } = show();
  await user.type(screen.getByRole('textbox', { name: /Catalog URL/ }), URL);
  await user.click(screen.getByRole('button', { name: 'Load' }));
  const problems = await screen.findByRole('list', { name: 'Problems' });
  expect(problems.textContent).toMatch(/HTML|web page/i);
  expect(onCatalog).not.toHaveBeenCalled();
});

test('a catalog URL is saved for the user, its version shown, and its cached copy used when offline', async () => {
  setFetch(async () => reply(JSON.stringify(greeley)));
  const first = show();
  await first.user.type(screen.getByRole('textbox', { name: /Catalog URL/ }), URL);
  await first.user.click(screen.getByRole('button', { name: 'Load' }));
  await screen.findByText(new RegExp(`version ${greeley.version} \\(up to date with the server\\)`));
  expect(first.onCatalog).toHaveBeenCalledWith(expect.objectContaining({ id: greeley.id }), true);
  expect(localStorage.getItem(CATALOG_URL_KEY)).toBe(URL);
  first.unmount();

  // Next time the pane opens, offline: the cached copy is offered, with its date.
  setFetch(async () => {
    throw new TypeError('Failed to fetch');
  });
  const again = show();
  await waitFor(() => expect(screen.getByText(/cached copy from \d{4}-\d{2}-\d{2}/)).toBeTruthy());
  // The central catalog is the one to use, and the pane says why it is an older copy.
  expect(again.onCatalog).toHaveBeenCalledWith(expect.objectContaining({ id: greeley.id }), true);
  expect((await screen.findByText(/could not be updated from .*Using the cached copy/)).textContent).toContain(
    'Failed to fetch',
  );
  expect((screen.getByRole('textbox', { name: /Catalog URL/ }) as HTMLInputElement).value).toBe(URL);
});

test('an imported catalog is kept for the next time the pane opens, until the user forgets it', async () => {
  const first = show();
  await first.user.upload(screen.getByLabelText('Catalog file'), file(GOOD_CSV, 'acme.csv'));
  await first.user.click(await screen.findByRole('button', { name: 'Use this catalog' }));
  expect(screen.getByText(/kept on this computer for your next documents/)).toBeTruthy();
  first.unmount();

  const again = show();
  expect(again.onCatalog).toHaveBeenCalledWith(expect.objectContaining({ id: 'acme' }), false);
  const kept = screen.getByRole('list', { name: 'Imported catalogs kept on this computer' });
  expect(kept.textContent).toMatch(/acme, version .*Imported from acme\.csv/);
  await again.user.click(within(kept).getByRole('button', { name: 'Forget “acme”' }));
  expect(again.onForget).toHaveBeenCalledWith('acme');
  expect(screen.queryByRole('list', { name: 'Imported catalogs kept on this computer' })).toBeNull();
  again.unmount();

  const third = show();
  expect(third.onCatalog).not.toHaveBeenCalled();
});

test('a catalog URL saved for this document goes in the document, not the user settings, and wins there', async () => {
  const fetch = setFetch(async () => reply(JSON.stringify(greeley)));
  localStorage.setItem(CATALOG_URL_KEY, 'https://user.example.org/mine.json');
  const first = show();
  const field = screen.getByRole('textbox', { name: /Catalog URL/ }) as HTMLInputElement;
  await waitFor(() => expect(fetch).toHaveBeenCalled()); // the user's own address, loaded on opening
  await first.user.clear(field);
  await first.user.type(field, URL);
  await first.user.click(screen.getByRole('radio', { name: 'This document (saved in it)' }));
  await first.user.click(screen.getByRole('button', { name: 'Load' }));
  await screen.findByText('Now using “' + greeley.title + '”.');
  expect(first.port.settings.get(CATALOG_URL_SETTING)).toBe(URL);
  expect(localStorage.getItem(CATALOG_URL_KEY)).toBe('https://user.example.org/mine.json');
  first.unmount();

  // Reopened on that document: its own address, for whoever opens it.
  fetch.mockClear();
  show(first.port);
  expect((screen.getByRole('textbox', { name: /Catalog URL/ }) as HTMLInputElement).value).toBe(URL);
  expect((screen.getByRole('radio', { name: 'This document (saved in it)' }) as HTMLInputElement).checked).toBe(true);
  await waitFor(() => expect(fetch).toHaveBeenCalledWith(URL, expect.anything()));
});

test('saving the address for all documents takes it out of the document', async () => {
  setFetch(async () => reply(JSON.stringify(greeley)));
  const port = createFakePort();
  port.settings.set(CATALOG_URL_SETTING, 'https://old.example.org/catalog.json');
  const { user } = show(port);
  const field = screen.getByRole('textbox', { name: /Catalog URL/ });
  await user.clear(field);
  await user.type(field, URL);
  await user.click(screen.getByRole('radio', { name: 'All my documents' }));
  await user.click(screen.getByRole('button', { name: 'Load' }));
  await screen.findByText('Now using “' + greeley.title + '”.');
  expect(localStorage.getItem(CATALOG_URL_KEY)).toBe(URL);
  expect(port.settings.get(CATALOG_URL_SETTING)).toBe('');
});

test('an address that is refused or fails to load never replaces the saved one', async () => {
  setFetch(async (url) =>
    url === URL ? reply(JSON.stringify(greeley)) : { ...reply('Not found', 'text/plain'), status: 404 },
  );
  const { user } = show();
  const field = screen.getByRole('textbox', { name: /Catalog URL/ });
  await user.type(field, URL);
  await user.click(screen.getByRole('button', { name: 'Load' }));
  await screen.findByText('Now using “' + greeley.title + '”.');

  const wrongAddresses: [string, RegExp][] = [
    ['http://catalogs.example.org/acme.json', /must start with https:\/\//],
    ['https://catalogs.example.org/missing.json', /answered 404/],
  ];
  for (const [wrong, problem] of wrongAddresses) {
    await user.clear(field);
    await user.type(field, wrong);
    await user.click(screen.getByRole('button', { name: 'Load' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Problems' }).textContent).toMatch(problem));
    expect(screen.getByRole('list', { name: 'Problems' }).textContent).toContain('The catalog in use has not changed.');
    expect(localStorage.getItem(CATALOG_URL_KEY)).toBe(URL);
  }
});
