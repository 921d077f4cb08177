/**
 * The pane's three views (ARIA tabs, each keeping its place), the help area, and the short insertion status:
 * Go to selects the first inserted section; success leaves by itself or on the next action, errors stay.
 */
import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { builtinCatalog } from '../../src/catalog/builtin';
import { levelView } from '../../src/catalog/query';
import { SUCCESS_SECONDS } from '../../src/taskpane/state/insert-status';
import { createPreviewPort } from '../../src/taskpane/preview/preview-port';
import { createFakePort } from './fake-port';
import { checkbox, expandCompetency, insertButton, renderPane } from './render-pane';

const catalog = builtinCatalog('namss-jd-builder-2021');
const entry = levelView(catalog, 'entry');

// Fluent's tab repeats its label in a space-reserving span (hidden by CSS, which these tests drop: setup.ts).
function tab(name: string): HTMLElement {
  return screen.getByRole('tab', { name: new RegExp(`^${name}`) });
}

/** The panels shown: the tests' default query takes hidden elements too (setup.ts), so ask for visible ones. */
function shownPanels(): HTMLElement[] {
  return screen.getAllByRole('tabpanel', { hidden: false });
}

test('three tabs name three panels; only the chosen one shows, and choosing a tab shows its panel', async () => {
  const { user } = await renderPane();
  expect(within(screen.getByRole('tablist', { name: 'Views' })).getAllByRole('tab')).toEqual([
    tab('Build'),
    tab('In this document'),
    tab('Catalogs and profiles'),
  ]);
  expect(tab('Build').getAttribute('aria-selected')).toBe('true');
  const panels = shownPanels();
  expect(panels).toHaveLength(1); // hidden panels are out of the accessibility tree
  expect(screen.getAllByRole('tabpanel')).toHaveLength(3);
  expect(panels[0].getAttribute('aria-labelledby')).toBe(tab('Build').id);
  expect(tab('Build').getAttribute('aria-controls')).toBe(panels[0].id);

  // Arrow keys between tabs are Fluent's (tabster, which needs layout): the browser tests press them.
  await user.click(tab('Catalogs and profiles'));
  expect(tab('Catalogs and profiles').getAttribute('aria-selected')).toBe('true');
  const [shown] = shownPanels();
  expect(shown.getAttribute('aria-labelledby')).toBe(tab('Catalogs and profiles').id);
  expect(within(shown).getByRole('heading', { name: 'Catalogs and profiles' })).toBeTruthy();
  expect(screen.queryByRole('combobox', { name: 'Level', hidden: false })).toBeNull();
});

test('the tabs show short names where the full one is too wide for 320 px; the full name is the accessible one', async () => {
  await renderPane();
  const shown = (name: string) => tab(name).querySelector('.fui-Tab__content')?.textContent;
  expect(['Build', 'In this document', 'Catalogs and profiles'].map(shown)).toEqual([
    'Build',
    'This document',
    'Catalogs',
  ]);
});

test('step 1 shows the level and the search box; the catalog and work setting are a summary line with Change', async () => {
  const { user } = await renderPane();
  const step1 = screen.getByRole('region', { name: '1. Choose the level' });
  expect(within(step1).getByRole('combobox', { name: 'Level' })).toBeTruthy();
  expect(within(step1).getByRole('searchbox', { name: 'Search' })).toBeTruthy();
  expect(within(step1).queryByRole('combobox', { name: 'Catalog' })).toBeNull();
  const change = within(step1).getByRole('button', { name: 'Change catalog or work setting' });
  const summary = document.getElementById(change.getAttribute('aria-describedby') ?? '');
  expect(summary?.textContent).toBe(`${catalog.title} · All work settings`);
  expect(change.getAttribute('aria-expanded')).toBe('false');

  await user.click(change);
  expect(change.getAttribute('aria-expanded')).toBe('true');
  const choices = document.getElementById(change.getAttribute('aria-controls') ?? '') as HTMLElement;
  expect(within(choices).getByRole('combobox', { name: 'Catalog' })).toBeTruthy();
  await user.selectOptions(within(choices).getByRole('combobox', { name: /^Filter by setting/ }), 'locum-tenens');
  expect(summary?.textContent).toBe(`${catalog.title} · Locum Tenens`);
  await user.click(change);
  expect(within(step1).queryByRole('combobox', { name: 'Catalog' })).toBeNull();
});

test('step 2 lists the competencies before the qualifications and the skills', async () => {
  await renderPane();
  const step2 = screen.getByRole('region', { name: '2. Pick what the job needs' });
  const parts = within(step2)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
  expect(parts).toEqual(['Competencies', 'Qualifications', 'Knowledge and skills']);
});

test('each view keeps its scroll position and its state while another is shown', async () => {
  const { user } = await renderPane();
  await user.click(checkbox(entry.skills[0].name));
  const [build] = shownPanels();
  const scroller = build.firstElementChild as HTMLElement;
  scroller.scrollTop = 420;
  await user.click(tab('In this document'));
  scroller.scrollTop = 0; // what a hidden element's scroll offset may become
  await user.click(tab('Build'));
  expect(scroller.scrollTop).toBe(420);
  expect(checkbox(entry.skills[0].name).checked).toBe(true);
});

test('the help area opens from the title row, above whichever view is shown', async () => {
  const { user } = await renderPane();
  const help = screen.getByRole('button', { name: 'Help' });
  expect(help.getAttribute('aria-expanded')).toBe('false');
  await user.click(help);
  expect(help.getAttribute('aria-expanded')).toBe('true');
  const area = screen.getByRole('region', { name: 'Help' });
  expect(help.getAttribute('aria-controls')).toBe(area.id);
  await user.click(tab('In this document'));
  expect(screen.getByRole('region', { name: 'Help' })).toBe(area);
});

test('after an insertion, Go to selects the first section inserted, found by its job id', async () => {
  const port = createPreviewPort();
  const select = jest.spyOn(port, 'selectBlock');
  const { user } = await renderPane({ port });
  await expandCompetency(user, entry.competencies[0].competency.title);
  await user.click(checkbox(entry.competencies[0].responsibilities[0].text));
  await user.click(checkbox(entry.skills[0].name));
  await user.click(insertButton());
  await screen.findByText('Inserted 2 sections: 1 responsibility, 1 skill.');
  const status = screen.getByText('Inserted 2 sections: 1 responsibility, 1 skill.').closest('.fui-MessageBar');
  await user.click(within(status as HTMLElement).getByRole('button', { name: 'Go to' }));
  const listed = await port.listBlocks!();
  const first = listed.ok ? listed.value.find((b) => b.title === entry.competencies[0].competency.title) : undefined;
  expect(select).toHaveBeenCalledWith(first?.id);
});

test('a success message leaves by itself after a few seconds, and at once on the next action', async () => {
  jest.useFakeTimers();
  try {
    await renderPane();
    fireEvent.click(checkbox(entry.skills[0].name));
    fireEvent.click(insertButton());
    await act(async () => undefined);
    expect(screen.getByText('Inserted 1 section: 1 skill.')).toBeTruthy();
    act(() => jest.advanceTimersByTime((SUCCESS_SECONDS - 1) * 1000));
    expect(screen.queryByText('Inserted 1 section: 1 skill.')).not.toBeNull();
    act(() => jest.advanceTimersByTime(2000));
    expect(screen.queryByText('Inserted 1 section: 1 skill.')).toBeNull();

    fireEvent.click(insertButton());
    await act(async () => undefined);
    expect(screen.getByText('Inserted 1 section: 1 skill.')).toBeTruthy();
    fireEvent.click(checkbox(entry.skills[1].name));
    expect(screen.queryByText('Inserted 1 section: 1 skill.')).toBeNull();
  } finally {
    jest.useRealTimers();
  }
});

test('an error stays until dismissed', async () => {
  jest.useFakeTimers();
  try {
    const port = createFakePort();
    port.insertResult = { ok: false, error: { code: 'protected', message: 'This document is protected.', advice: '' } };
    await renderPane({ port });
    fireEvent.click(checkbox(entry.skills[0].name));
    fireEvent.click(insertButton());
    await act(async () => undefined);
    act(() => jest.advanceTimersByTime(SUCCESS_SECONDS * 3000));
    fireEvent.click(checkbox(entry.skills[1].name));
    expect(screen.getByText('Nothing was inserted')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByText('Nothing was inserted')).toBeNull());
  } finally {
    jest.useRealTimers();
  }
});
