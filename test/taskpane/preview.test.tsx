import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { builtinCatalog } from '../../src/catalog/builtin';
import { levelView } from '../../src/catalog/query';
import type { InsertPlan } from '../../src/render/commands';
import { formatSectionTag, resolveSectionItems } from '../../src/render/section-tag';
import { createPreviewPort } from '../../src/taskpane/preview';
import { checkbox, expandCompetency, insertButton, renderPane } from './render-pane';

const catalog = builtinCatalog('namss-jd-builder-2021');

function plan(...titles: string[]): InsertPlan {
  return {
    sections: titles.map((title) => ({
      title,
      tag: formatSectionTag({
        catalogId: catalog.id,
        catalogVersion: catalog.version,
        levelId: 'entry',
        part: 'skills',
        itemIds: ['communication'],
      }),
      content: [{ kind: 'paragraph', style: { id: 'Heading2', localName: 'Heading 2' }, runs: [{ text: title }] }],
    })),
  };
}

beforeEach(() => localStorage.clear());

describe('the preview document port', () => {
  test('starts in the empty paragraph of the sample template, with its house styles', async () => {
    const read = await createPreviewPort().readDocument();
    if (!read.ok) throw new Error(read.error.message);
    const { cursor, styles, context } = read.value;
    expect(cursor).toMatchObject({ collapsed: true, inEmptyParagraph: true, location: 'body' });
    expect(styles.styles.some((s) => s.id === 'JDBullet' && s.hasNumbering && s.appearance?.color)).toBe(true);
    expect(context.paragraphsAbove.at(-2)).toMatchObject({ text: 'Duties and Responsibilities', outlineLevel: 1 });
  });

  test('insertion replaces the empty paragraph, keeps sections in order and reports them as blocks', async () => {
    const port = createPreviewPort();
    const before = port.current().nodes.length;
    await port.insert(plan('First', 'Second'), 'after-selection');
    const after = port.current();
    expect(after.nodes.length).toBe(before - 1 + 2);
    const sections = after.nodes.flatMap((n) => (n.kind === 'section' ? [n.section.title] : []));
    expect(sections).toEqual(['First', 'Second']);

    await port.insert(plan('Third'), 'after-selection');
    expect(port.current().nodes.flatMap((n) => (n.kind === 'section' ? [n.section.title] : []))).toEqual([
      'First',
      'Second',
      'Third',
    ]);
    const read = await port.readDocument();
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.blocks.map((b) => b.title)).toEqual(['First', 'Second', 'Third']);
    expect(resolveSectionItems(catalog, read.value.blocks[0].tag).itemIds).toEqual(['communication']);
    expect(read.value.cursor.inEmptyParagraph).toBe(false);
  });

  test('an empty plan is refused with a plain message', async () => {
    const result = await createPreviewPort().insert({ sections: [] }, 'after-selection');
    expect(result.ok).toBe(false);
  });

  test('document settings live in memory', async () => {
    const port = createPreviewPort();
    await port.setDocumentSetting('houseStyleMapping', { body: 'JDBody' });
    expect(port.getDocumentSetting('houseStyleMapping')).toEqual({ body: 'JDBody' });
  });
});

test('standalone mode shows the labelled sample document, and inserted sections appear at its cursor in the house styles', async () => {
  const { user } = await renderPane({ port: createPreviewPort() });
  const region = screen.getByRole('region', { name: 'Sample document (preview)' });
  expect(within(region).getByTestId('preview-cursor')).toBeTruthy();

  const entry = levelView(catalog, 'entry');
  const psv = entry.competencies[0];
  await expandCompetency(user, psv.competency.title);
  await user.click(checkbox(psv.responsibilities[0].text));
  await user.click(checkbox(entry.skills[0].name));
  await user.click(insertButton());

  await screen.findByText(/^Inserted 2 sections/);
  const sections = within(region).getAllByRole('group');
  expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual([psv.competency.title, 'Knowledge and Skills']);
  // The sample's own bullet style (its colour) serves responsibilities; its Heading 1 serves section headings.
  const item = within(sections[0]).getByText(psv.responsibilities[0].text);
  expect(item.closest('li')?.getAttribute('style')).toContain('color: rgb(51, 51, 51)');
  expect(within(sections[0]).getByText('Essential Functions and Responsibilities').getAttribute('style')).toContain(
    'color: rgb(122, 31, 61)',
  );
  // The cursor follows the inserted sections.
  const cursor = within(region).getByTestId('preview-cursor');
  expect(sections[1].compareDocumentPosition(cursor) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  await waitFor(() => expect(screen.getAllByText('In document').length).toBe(2));
});

test('a rendering failure shows a recoverable error view instead of a blank pane', async () => {
  const broken = { ...catalog, competencies: null } as unknown as typeof catalog;
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const { App } = await import('../../src/taskpane/App');
    const { render } = await import('@testing-library/react');
    const { createFakePort } = await import('./fake-port');
    localStorage.setItem('jdb.firstRunDone', '1');
    render(<App port={createFakePort()} theme="dark" catalogs={[broken]} />);
    expect(screen.getByText('Something went wrong in the pane')).toBeTruthy();
    expect(screen.getByText('Start the pane again')).toBeTruthy();
  } finally {
    quiet.mockRestore();
  }
});
