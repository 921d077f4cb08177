import './setup';
import { screen, within } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'util';
import { catalogChoice, countText, insertButton, isDisabled, renderPane } from './render-pane';

// jsdom has no TextDecoder; every browser the pane runs in has.
if (!('TextDecoder' in globalThis)) Object.assign(globalThis, { TextDecoder, TextEncoder });

const CSV =
  'Competency,Level,Responsibility,Essentiality\r\n' +
  'Acme Credentialing,Entry Level,Verifies Acme licenses,Very Essential\r\n' +
  'Acme Credentialing,Mid-Career,Reviews Acme files,Essential\r\n';

beforeEach(() => localStorage.clear());

test('an imported catalog joins the Catalog choice and the pane switches to it; a bad one changes nothing', async () => {
  const { user } = await renderPane();
  const upload = (text: string) =>
    user.upload(screen.getByLabelText('Catalog file'), new File([text], 'acme.csv', { type: 'text/csv' }));

  await upload('Competency,Level\r\nAcme,Junior\r\n');
  await screen.findByRole('list', { name: 'Problems' });
  expect(within(await catalogChoice(user)).queryByRole('option', { name: /acme/ })).toBeNull();
  expect(screen.queryByText('Acme Credentialing')).toBeNull();

  await upload(CSV);
  await user.click(await screen.findByRole('button', { name: 'Use this catalog' }));
  expect((await catalogChoice(user)).value).toBe('acme');
  expect(screen.getByText('Acme Credentialing')).toBeTruthy();
});

test('a kept catalog is in the Catalog choice when the pane opens again; forgotten, the pane goes back to the built-in one', async () => {
  const first = await renderPane();
  await first.user.upload(screen.getByLabelText('Catalog file'), new File([CSV], 'acme.csv', { type: 'text/csv' }));
  await first.user.click(await screen.findByRole('button', { name: 'Use this catalog' }));
  first.unmount();

  const { user } = await renderPane();
  await catalogChoice(user);
  const catalog = () => screen.getByRole('combobox', { name: 'Catalog' }) as HTMLSelectElement;
  expect(within(catalog()).getByRole('option', { name: /acme/ })).toBeTruthy();
  await user.selectOptions(catalog(), 'acme');
  expect(screen.getByText('Acme Credentialing')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Forget “acme”' }));
  expect(within(catalog()).queryByRole('option', { name: /acme/ })).toBeNull();
  expect(catalog().value).not.toBe('acme');
  expect(screen.queryByText('Acme Credentialing')).toBeNull();
});

test('applying the built-in Greeley profile switches the pane to its catalog and level with its items picked', async () => {
  const { user } = await renderPane();
  expect(countText()).toBe('Nothing selected yet');
  const group = screen.getByRole('group', { name: /^Director, Medical Staff Services/ });
  await user.click(within(group).getByRole('button', { name: 'Apply' }));
  expect((await catalogChoice(user)).value).toBe('greeley-dmss-sample');
  expect((screen.getByRole('combobox', { name: 'Level' }) as HTMLSelectElement).value).toBe('managerial');
  expect(countText()).toMatch(/^\d+ items selected: .*responsibilities, .*summary$/);
  expect(isDisabled(insertButton())).toBe(false);
});
