import './setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { builtinCatalog } from '../../src/catalog/builtin';
import type { TableCommand } from '../../src/render/commands';
import { movedCell } from '../../src/taskpane/state/grid-keys';
import { shortLevelLabels } from '../../src/taskpane/state/level-labels';
import { shortRatingLabels } from '../../src/taskpane/state/rating-labels';
import { checkbox, expandCompetency, renderPane } from './render-pane';

const catalog = builtinCatalog('namss-jd-builder-2021');
const PSV = catalog.competencies[0].title;

beforeEach(() => localStorage.clear());

/** A competency view's toggle button by its text. */
function tab(name: string): HTMLElement {
  const found = within(screen.getByRole('group', { name: 'How to show the competencies' }))
    .getAllByRole('button')
    .find((b) => b.textContent === name);
  if (!found) throw new Error(`No view button "${name}"`);
  return found;
}

async function openView(user: Awaited<ReturnType<typeof renderPane>>['user'], name: string) {
  await user.click(tab(name));
}

const grid = () => screen.getByRole('grid');
const cellOf = (competency: string, level: string) =>
  within(grid()).getByLabelText(new RegExp(`^${competency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ${level}:`));

test('the Matrix view shows every competency against every level, each cell its rating and count', async () => {
  const { user } = await renderPane();
  await openView(user, 'Matrix');
  const rows = within(grid()).getAllByRole('row');
  expect(rows).toHaveLength(11);
  expect(within(rows[0]).getAllByRole('columnheader')).toHaveLength(5);
  const count = catalog.competencies[0].levels.entry.responsibilities.length;
  const cell = cellOf(PSV, 'Entry Level');
  expect(cell.getAttribute('aria-label')).toBe(`${PSV}, Entry Level: Very Essential, ${count} responsibilities`);
  // The rating shows abbreviated (it fits a 320 px column); a key above the grid spells each one out.
  expect(cell.textContent).toBe(`VE${count}`);
  const key = grid().previousElementSibling as HTMLElement;
  expect(within(key).getByTitle('Very Essential').textContent).toBe('VE');
  expect(key.textContent).toBe('VE Very Essential · E Essential · SE Somewhat Essential');
  // The current level's column is marked.
  expect(cell.getAttribute('aria-selected')).toBe('true');
  expect(cellOf(PSV, 'Managerial').getAttribute('aria-selected')).toBe('false');
});

test('clicking a cell chooses its level and opens that competency in the list', async () => {
  const { user } = await renderPane();
  await openView(user, 'Matrix');
  const ops = catalog.competencies.find((c) => c.id === 'departmental-operations')!;
  await user.click(cellOf(ops.title, 'Managerial'));
  expect((screen.getByLabelText('Level') as HTMLSelectElement).value).toBe('managerial');
  expect(tab('List').getAttribute('aria-pressed')).toBe('true');
  const managerial = ops.levels.managerial.responsibilities;
  expect(checkbox(managerial[managerial.length - 1].text)).toBeTruthy();
});

test('arrow keys move between cells (one tab stop) and Enter chooses', async () => {
  const { user } = await renderPane();
  await openView(user, 'Matrix');
  const first = cellOf(PSV, 'Entry Level');
  expect(first.tabIndex).toBe(0);
  act(() => first.focus());
  fireEvent.keyDown(first, { key: 'ArrowRight' });
  const mid = cellOf(PSV, 'Mid-Career');
  expect(document.activeElement).toBe(mid);
  expect(mid.tabIndex).toBe(0);
  expect(first.tabIndex).toBe(-1);
  fireEvent.keyDown(mid, { key: 'ArrowDown' });
  const second = catalog.competencies[1].title;
  expect(document.activeElement).toBe(cellOf(second, 'Mid-Career'));
  fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
  await waitFor(() => expect((screen.getByLabelText('Level') as HTMLSelectElement).value).toBe('mid-career'));
});

test('Insert matrix puts the matrix table into the document', async () => {
  const { user, port } = await renderPane();
  await openView(user, 'Matrix');
  await user.click(screen.getByRole('button', { name: 'Insert matrix' }));
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  const table = port.inserts[0].plan.sections[0].content.find((c): c is TableCommand => c.kind === 'table')!;
  expect(table.header).toEqual(['Competency', 'Entry Level', 'Mid-Career', 'Managerial', 'Executive']);
  expect(table.rows).toHaveLength(10);
  expect(table.style?.localName).toBe('Table Grid');
});

test('Compare levels lists, per competency, what the To level adds, and inserts it as a table', async () => {
  const { user, port } = await renderPane();
  await openView(user, 'Compare levels');
  await user.selectOptions(screen.getByLabelText('From'), 'mid-career');
  await user.selectOptions(screen.getByLabelText('To'), 'managerial');
  const list = screen.getByRole('list', { name: 'What changes from Mid-Career to Managerial' });
  const ops = within(list).getByRole('heading', { name: 'Manages Departmental Operations' }).closest('li')!;
  expect(ops.textContent).toContain('Added (2)');
  expect(ops.textContent).toContain('Recruit and supervise qualified staff');
  expect(ops.querySelector('del')?.textContent).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Insert comparison' }));
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  expect(port.inserts[0].plan.sections[0].title).toBe('What changes from Mid-Career to Managerial');
});

test('Insert competency checklist: the picked responsibilities, five columns, the methods as a drop-down', async () => {
  const { user, port } = await renderPane();
  await expandCompetency(user, PSV);
  const picked = catalog.competencies[0].levels.entry.responsibilities.slice(0, 3);
  for (const r of picked) await user.click(checkbox(r.text));
  await user.type(screen.getByLabelText('Job title for the checklist'), 'Credentialing Specialist');
  await user.click(screen.getByRole('button', { name: 'Insert competency checklist' }));
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  const section = port.inserts[0].plan.sections[0];
  expect(section.title).toBe('Competency Checklist: Credentialing Specialist: Entry Level');
  const table = section.content.find((c): c is TableCommand => c.kind === 'table')!;
  expect(table.header).toEqual(['Responsibility', 'Method', 'Date', 'Assessor', 'Met']);
  expect(table.rows.filter((_, i) => !table.groupRows?.includes(i)).map((r) => r[0])).toEqual(
    picked.map((r) => r.text),
  );
  expect(table.choices?.options).toEqual(['Observation', 'Demonstration', 'Written test', 'Review of work']);
});

test('group by essentiality: the headings are editable and remembered in the document', async () => {
  const { user, port } = await renderPane();
  await user.click(checkbox(/^Group by essentiality/));
  const other = screen.getByLabelText('Heading for Somewhat Essential') as HTMLInputElement;
  expect(other.value).toBe('Other Duties');
  await user.clear(other);
  await user.type(other, 'Marginal');
  expect(port.settings.get('essentialityGroups')).toEqual({
    on: true,
    essential: 'Essential Functions',
    other: 'Marginal',
  });
});

describe('pure helpers', () => {
  it('short level labels drop shared words and shorten long ones', () => {
    expect(shortLevelLabels(catalog.levels)).toEqual(['Entry', 'Mid', 'Mana.', 'Exec.']);
    const ladder = ['Specialist I', 'Specialist II', 'Specialist III'].map((name, i) => ({ id: `${i}`, name }));
    expect(shortLevelLabels(ladder)).toEqual(['I', 'II', 'III']);
  });

  it('short rating labels are initials, unless two ratings would share them', () => {
    expect([...shortRatingLabels(['Very Essential', 'Essential', 'Very Essential', 'Not rated'])]).toEqual([
      ['Very Essential', 'VE'],
      ['Essential', 'E'],
      ['Not rated', 'NR'],
    ]);
    expect([...shortRatingLabels(['Core', 'Critical', 'Helpful'])]).toEqual([
      ['Core', 'Core'],
      ['Critical', 'Critical'],
      ['Helpful', 'H'],
    ]);
  });

  it('arrow keys stay inside the grid', () => {
    expect(movedCell('ArrowLeft', { row: 0, column: 0 }, 10, 4)).toEqual({ row: 0, column: 0 });
    expect(movedCell('End', { row: 2, column: 0 }, 10, 4, true)).toEqual({ row: 9, column: 3 });
    expect(movedCell('a', { row: 0, column: 0 }, 10, 4)).toBeUndefined();
  });
});
