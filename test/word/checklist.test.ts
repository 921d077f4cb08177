/** The competency checklist through the Word adapter: its Method column a drop-down where Word has them. */
import { composeChecklist, DEFAULT_ASSESSMENT_METHODS } from '../../src/compose/tables';
import { renderCommands } from '../../src/render/render-commands';
import { uninstallFakeOffice, type FakeTableSnapshot } from '../support/fake-word';
import { fixtureCatalog, fixtureSelection } from '../compose/fixture-catalog';
import { EMPTY_CONTEXT } from '../render/support';
import { detectStyleMap } from '../../src/house-style/detect';
import { wordWith } from './helpers';

afterEach(() => uninstallFakeOffice(globalThis));

const plan = () => {
  const { value } = composeChecklist(
    fixtureCatalog,
    fixtureSelection({ responsibilityIds: ['r-cred-1', 'r-cred-2', 'r-enr-1'] }),
    { jobTitle: 'Credentialing Specialist' },
  );
  return renderCommands(value, detectStyleMap({ styles: [] }, EMPTY_CONTEXT).value);
};

function tableOf(snapshot: ReturnType<ReturnType<typeof wordWith>['fake']['snapshot']>): FakeTableSnapshot {
  const table = snapshot.body.find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error('no table');
  return table;
}

test('with WordApi 1.9 each responsibility gets a drop-down of the methods, in its Method cell', async () => {
  const { fake, port } = wordWith({ body: ['Checklist goes here'], requirementSets: { WordApi: '1.9' } });
  const result = await port.insert(plan(), 'after-selection');
  expect(result.ok).toBe(true);
  const snapshot = fake.snapshot();
  const table = tableOf(snapshot);
  expect(table.values[0]).toEqual(['Responsibility', 'Method', 'Date', 'Assessor', 'Met']);
  expect(table.values.map((row) => row[0])).toEqual([
    'Responsibility',
    'Credentialing',
    'Verifies licenses.',
    'Uses [insert facility platform] daily.',
    'Provider Enrollment',
    'Submits payer applications.',
  ]);
  // Group rows: the competency in bold, no drop-down.
  expect(table.cellBold[1][0]).toBe(true);
  expect(table.cellBold[2][0]).toBe(false);
  const dropDowns = snapshot.controls.filter((c) => c.dropDown);
  expect(dropDowns).toHaveLength(3);
  for (const control of dropDowns) {
    expect(control.dropDown).toEqual({ items: DEFAULT_ASSESSMENT_METHODS, prompt: 'Choose a method' });
    expect(control.title).toBe('Method');
    expect(control.text).toBe('');
  }
  // The section itself is still one tagged control around the heading and the table.
  expect(snapshot.controls.filter((c) => c.tag.startsWith('jdb2|fixture|1.0.0|entry|checklist|'))).toHaveLength(1);
});

test('without WordApi 1.9 the Method cells list the methods as text, and nothing fails', async () => {
  const { fake, port } = wordWith({ body: ['Checklist goes here'] });
  const result = await port.insert(plan(), 'after-selection');
  expect(result.ok).toBe(true);
  const snapshot = fake.snapshot();
  expect(snapshot.controls.some((c) => c.dropDown)).toBe(false);
  const table = tableOf(snapshot);
  expect(table.values[2][1].split('\n')).toEqual(DEFAULT_ASSESSMENT_METHODS);
  expect(table.values[1][1]).toBe('');
});
