import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TextDecoder, TextEncoder } from 'util';
import { importCatalogFile } from '../../src/catalog/import/import-file';
import type { Catalog } from '../../src/catalog/types';
import { compose } from '../../src/compose/compose';
import { DEFAULT_COMPOSE_OPTIONS } from '../../src/compose/selection';
import type { ParagraphCommand } from '../../src/render/commands';
import { renderCommands } from '../../src/render/render-commands';
import { parseSectionTag } from '../../src/render/section-tag';
import { InDocument } from '../../src/taskpane/components/InDocument';
import { createPreviewPort } from '../../src/taskpane/preview/preview-port';
import { houseStyle } from '../../src/workflows/house-style';
import { buildXlsx } from '../catalog/import/xlsx-fixture';
import { COORDINATOR_LEVEL_LABELS, COORDINATOR_LEVELS, COORDINATOR_ROWS, toCsv } from '../support/coordinator-catalog';
import { catalogChoice, checkbox, expandCompetency, insertButton, renderPane } from './render-pane';

// jsdom has no TextDecoder; every browser the pane runs in has.
if (!('TextDecoder' in globalThis)) Object.assign(globalThis, { TextDecoder, TextEncoder });

beforeEach(() => localStorage.clear());

const levelOptions = () =>
  within(screen.getByRole('combobox', { name: 'Level' }))
    .getAllByRole('option')
    .map((o) => o.textContent);

test.each([
  [
    'an XLSX workbook with a Levels sheet',
    async () => [
      new File(
        [
          (await buildXlsx(COORDINATOR_ROWS, { sheets: [{ name: 'Levels', rows: COORDINATOR_LEVELS }] }))
            .buffer as ArrayBuffer,
        ],
        'coordinators.xlsx',
      ),
    ],
  ],
  [
    'a CSV file chosen with its .levels.csv file',
    async () => [
      new File([toCsv(COORDINATOR_LEVELS)], 'coordinators.levels.csv', { type: 'text/csv' }),
      new File([toCsv(COORDINATOR_ROWS)], 'coordinators.csv', { type: 'text/csv' }),
    ],
  ],
])('%s: the pane offers the organization’s levels and inserts at the one chosen', async (_, files) => {
  const { user, port } = await renderPane();
  await user.upload(screen.getByLabelText('Catalog file'), await files());
  await user.click(await screen.findByRole('button', { name: 'Use this catalog' }));
  expect((await catalogChoice(user)).value).toBe('coordinators');
  expect(levelOptions()).toEqual(COORDINATOR_LEVEL_LABELS);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'coordinator-iii');
  await expandCompetency(user, 'Credentialing');
  expect(screen.queryByRole('checkbox', { name: 'Prepares credentialing files' })).toBeNull();
  await user.click(checkbox('Leads the credentialing team'));
  await user.click(insertButton());
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  const [section] = port.inserts[0].plan.sections;
  expect(parseSectionTag(section.tag)?.levelId).toBe('coordinator-iii');
  const texts = section.content
    .filter((c): c is ParagraphCommand => c.kind === 'paragraph')
    .map((p) => p.runs.map((r) => r.text).join(''));
  expect(texts).toContain('Leads the credentialing team');
});

test('a block of the organization’s catalog is re-levelled to another of its levels', async () => {
  const imported = await importCatalogFile(
    'coordinators.xlsx',
    await buildXlsx(COORDINATOR_ROWS, { sheets: [{ name: 'Levels', rows: COORDINATOR_LEVELS }] }),
  );
  if (!imported.ok) throw new Error('import failed');
  const catalog: Catalog = imported.catalog;
  const styleMap = houseStyle(undefined, {}).value;
  const port = createPreviewPort();
  const ids = catalog.competencies[0].levels['coordinator-i'].responsibilities.map((r) => r.id);
  const model = compose(catalog, {
    catalogId: catalog.id,
    levelId: 'coordinator-i',
    qualificationIds: [],
    responsibilityIds: ids,
    skillIds: [],
    placeholderValues: {},
    options: DEFAULT_COMPOSE_OPTIONS,
  }).value;
  await port.insert(renderCommands(model, styleMap), 'after-selection');
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(
    <FluentProvider theme={webLightTheme}>
      <InDocument port={port} catalogs={[catalog]} styleMap={styleMap} />
    </FluentProvider>,
  );
  const item = await screen.findByRole('listitem');
  expect(item.textContent).toContain('Coordinator I ·');
  await user.click(screen.getByRole('button', { name: 'Re-level' }));
  const newLevel = screen.getByRole('combobox', { name: 'New level' });
  expect(
    within(newLevel)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(expect.arrayContaining(['Coordinator II', 'Coordinator III']));
  await user.selectOptions(newLevel, 'coordinator-ii');
  await user.click(screen.getByRole('button', { name: 'Show changes' }));
  const diff = screen.getByRole('list', { name: 'What would change' });
  expect(
    within(diff)
      .getAllByText(/^Added:/)
      .some((li) => li.textContent?.includes('Reviews files prepared by others')),
  ).toBe(true);
  await user.click(screen.getByRole('button', { name: 'Apply' }));
  await waitFor(async () => {
    const blocks = await port.listBlocks!();
    expect(blocks.ok && blocks.value[0].tag.levelId).toBe('coordinator-ii');
  });
  expect(screen.getByRole('listitem').textContent).toContain('Coordinator II');
});
