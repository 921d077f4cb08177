import './setup';
import { screen, waitFor } from '@testing-library/react';
import { builtinCatalog } from '../../src/catalog/builtin';
import { levelView } from '../../src/catalog/query';
import type { ParagraphCommand } from '../../src/render/commands';
import { LAYOUT_SETTING } from '../../src/workflows/layout-choices';
import { FAKE_STYLES, createFakePort, fakeSnapshot } from './fake-port';
import { checkbox, expandCompetency, insertButton, renderPane } from './render-pane';

const entry = levelView(builtinCatalog('namss-jd-builder-2021'), 'entry');
const [first, second] = entry.competencies;
const PART_HEADING = 'Essential Functions and Responsibilities';

beforeEach(() => localStorage.clear());

function preview(): HTMLElement {
  return screen.getByRole('document', { name: 'Preview of the sections to insert' });
}

function partSwitch(): HTMLInputElement {
  return screen.getByRole('switch', { name: 'Add a heading for the part' }) as HTMLInputElement;
}

function insertedTexts(port: ReturnType<typeof createFakePort>): string[] {
  return port.inserts[0].plan.sections.flatMap((s) =>
    s.content
      .filter((c): c is ParagraphCommand => c.kind === 'paragraph')
      .map((p) => p.runs.map((r) => r.text).join('')),
  );
}

async function pickTwoCompetencies(user: Awaited<ReturnType<typeof renderPane>>['user']) {
  await expandCompetency(user, first.competency.title);
  await user.click(checkbox(first.responsibilities[0].text));
  await user.click(checkbox(first.responsibilities[1].text));
  await expandCompetency(user, second.competency.title);
  await user.click(checkbox(second.responsibilities[0].text));
}

test('under a heading the part heading is left out, the pane says why, and switching it on is remembered and inserted', async () => {
  const { user, port } = await renderPane();
  await pickTwoCompetencies(user);
  expect(partSwitch().checked).toBe(false);
  expect(screen.getByText('Left out: your document’s heading “Duties” already names the part.')).toBeTruthy();
  expect(preview().textContent).not.toContain(PART_HEADING);

  await user.click(partSwitch());
  expect(port.settingWrites.at(-1)).toEqual({ key: LAYOUT_SETTING, value: { partHeading: 'always' } });
  expect(partSwitch().checked).toBe(true);
  expect(preview().textContent).toContain(PART_HEADING);
  await user.click(insertButton());
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  expect(insertedTexts(port)[0]).toBe(PART_HEADING);

  await user.click(screen.getByRole('button', { name: 'Decide from the document' }));
  expect(port.settingWrites.at(-1)).toEqual({ key: LAYOUT_SETTING, value: { partHeading: 'auto' } });
  expect(partSwitch().checked).toBe(false);
  expect(screen.queryByRole('button', { name: 'Decide from the document' })).toBeNull();
});

test('auto under a heading inserts no part heading; a choice stored in the document is used from the start', async () => {
  const auto = await renderPane();
  await pickTwoCompetencies(auto.user);
  await auto.user.click(insertButton());
  await waitFor(() => expect(auto.port.inserts).toHaveLength(1));
  expect(insertedTexts(auto.port)).not.toContain(PART_HEADING);
  expect(insertedTexts(auto.port)[0]).toBe(first.competency.title);
  auto.unmount();

  const port = createFakePort();
  port.settings.set(LAYOUT_SETTING, { partHeading: 'always' });
  await renderPane({ port });
  expect(partSwitch().checked).toBe(true);
  expect(screen.getByText('Added, as you chose (remembered in this document).')).toBeTruthy();
});

test('after body text the part heading is added, and switching it off leaves it out', async () => {
  const snapshot = fakeSnapshot();
  snapshot.context.paragraphsAbove.push({ style: 'Normal', text: 'The duties of the post.', isListItem: false });
  const { user, port } = await renderPane({ port: createFakePort(snapshot) });
  await pickTwoCompetencies(user);
  expect(partSwitch().checked).toBe(true);
  expect(screen.getByText('Added: no heading of your document comes right before the cursor.')).toBeTruthy();
  await user.click(partSwitch());
  expect(port.settingWrites.at(-1)).toEqual({ key: LAYOUT_SETTING, value: { partHeading: 'never' } });
  expect(preview().textContent).not.toContain(PART_HEADING);
});

test('numbered duties: the preview numbers each competency from 1, or straight through when chosen', async () => {
  const port = createFakePort(
    fakeSnapshot({
      styles: {
        styles: [
          ...FAKE_STYLES.styles,
          {
            id: 'ListNumber',
            localName: 'List Number',
            type: 'paragraph',
            builtInKey: 'list number',
            hasNumbering: true,
          },
        ],
      },
    }),
  );
  port.settings.set('houseStyleMapping', { responsibility: 'ListNumber' });
  const { user } = await renderPane({ port });
  await pickTwoCompetencies(user);
  const lists = () => Array.from(preview().querySelectorAll('ol')).map((ol) => [ol.children.length, ol.start]);
  expect(lists()).toEqual([
    [2, 1],
    [1, 1],
  ]);
  const restart = screen.getByRole('radio', { name: 'Restart at each competency' }) as HTMLInputElement;
  expect(restart.checked).toBe(true);

  await user.click(screen.getByRole('radio', { name: 'Continue through all competencies' }));
  expect(port.settingWrites.at(-1)).toEqual({ key: LAYOUT_SETTING, value: { numbering: 'continue' } });
  expect(lists()).toEqual([
    [2, 1],
    [1, 3],
  ]);
});

test('bulleted duties offer no numbering choice', async () => {
  const { user } = await renderPane();
  await pickTwoCompetencies(user);
  expect(screen.queryByRole('radio', { name: 'Restart at each competency' })).toBeNull();
  expect(preview().querySelectorAll('ol')).toHaveLength(0);
});

test('the House style panel names the hand-formatted bullets the duties copy, and can switch that off and on', async () => {
  const snapshot = fakeSnapshot();
  snapshot.context.paragraphsAbove.push({
    style: 'ListBullet',
    builtInKey: 'list bullet',
    text: 'Answers the phone.',
    isListItem: true,
    formatting: { paragraph: [], run: [], appearance: { fontFamily: 'Lato', sizePt: 9 } },
  });
  const { user, port } = await renderPane({ port: createFakePort(snapshot) });
  await pickTwoCompetencies(user);
  const item = () => preview().querySelector('li') as HTMLElement;
  expect([item().style.fontFamily, item().style.fontSize]).toEqual(["'Lato'", '9pt']);

  await user.click(screen.getByRole('button', { name: 'House style' }));
  const look = () =>
    screen.getByRole('checkbox', {
      name: 'Look like the list items under “Duties” (font, size, indents)',
    }) as HTMLInputElement;
  expect(look().checked).toBe(true);
  await user.click(look());
  expect(port.settingWrites.at(-1)).toEqual({ key: LAYOUT_SETTING, value: { styleOnly: ['responsibility'] } });
  expect(look().checked).toBe(false);
  expect(item().style.fontSize).not.toBe('9pt');

  await user.click(look());
  expect(port.settingWrites.at(-1)).toEqual({ key: LAYOUT_SETTING, value: { styleOnly: [] } });
  expect(item().style.fontSize).toBe('9pt');
});
