import './setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { withJobId } from '../../src/blocks/job-id';
import { compose } from '../../src/compose/compose';
import { renderCommands } from '../../src/render/render-commands';
import { InDocument } from '../../src/taskpane/components/InDocument';
import { createPreviewPort, type PreviewPort } from '../../src/taskpane/preview/preview-port';
import { houseStyle } from '../../src/workflows/house-style';
import type { ListedBlock, PortResult } from '../../src/word/port';
import { namss, responsibilities, selection } from '../blocks/support';

const styleMap = houseStyle(undefined, {}).value;
const entryIds = responsibilities('data-management', 'entry');
const dataManagement = namss.competencies.find((c) => c.id === 'data-management')!;

async function portWithBlock(): Promise<PreviewPort> {
  const port = createPreviewPort();
  const model = compose(namss, selection('entry', { responsibilityIds: entryIds })).value;
  await port.insert(renderCommands(model, styleMap), 'after-selection');
  return port;
}

async function listed(port: PreviewPort): Promise<ListedBlock[]> {
  const result = await port.listBlocks!();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function show(port: PreviewPort, onChanged = jest.fn()) {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(
    <FluentProvider theme={webLightTheme}>
      <InDocument port={port} catalogs={[namss]} styleMap={styleMap} onChanged={onChanged} />
    </FluentProvider>,
  );
  await screen.findByRole('list', { name: 'Blocks in this document' });
  return { user, onChanged };
}

/** The preview port with its one block reported as edited by the user (as Word's fingerprint check would). */
function editedPort(port: PreviewPort, typed: string): PreviewPort {
  const listBlocks = async (): Promise<PortResult<ListedBlock[]>> => {
    const blocks = await listed(port);
    return {
      ok: true,
      value: blocks.map((b) => ({ ...b, text: `${b.text}\n${typed}`, edits: 'edited' as const })),
      messages: [],
    };
  };
  return { ...port, listBlocks };
}

function button(name: string): HTMLButtonElement {
  return screen.getByRole('button', { name }) as HTMLButtonElement;
}

test('lists each block with its level, catalog version and item count; Go to selects it', async () => {
  const port = await portWithBlock();
  const select = jest.spyOn(port, 'selectBlock');
  const { user } = await show(port);
  const item = screen.getByRole('listitem');
  expect(item.textContent).toContain(dataManagement.title);
  expect(item.textContent).toContain(`Entry Level · catalog version ${namss.version} · ${entryIds.length} items`);
  expect(within(item).queryByText('Edited')).toBeNull();
  expect(item.textContent).not.toContain('The catalog is now at version');
  await user.click(button('Go to'));
  expect(select).toHaveBeenCalledWith((await listed(port))[0].id);
});

test('a block from an older catalog version says a newer one is loaded; one from the current version does not', async () => {
  const port = await portWithBlock();
  const newer = { ...namss, version: `${namss.version}-next` };
  render(
    <FluentProvider theme={webLightTheme}>
      <InDocument port={port} catalogs={[newer]} styleMap={styleMap} />
    </FluentProvider>,
  );
  const item = await screen.findByRole('listitem');
  expect(item.textContent).toContain(`catalog version ${namss.version} ·`);
  expect(item.textContent).toContain(`The catalog is now at version ${newer.version}: Refresh from catalog`);
});

test('re-level shows what would change, then rebuilds the block at the new level', async () => {
  const port = await portWithBlock();
  const { user, onChanged } = await show(port);
  await user.click(button('Re-level'));
  await user.selectOptions(screen.getByRole('combobox', { name: 'New level' }), 'mid-career');
  await user.click(button('Show changes'));
  const diff = screen.getByRole('list', { name: 'What would change' });
  const midCareer = dataManagement.levels['mid-career'].responsibilities[0].text;
  expect(
    within(diff)
      .getAllByText(/^Added:/)
      .some((li) => li.textContent?.includes(midCareer)),
  ).toBe(true);
  expect((await listed(port))[0].tag.levelId).toBe('entry'); // nothing written before Apply
  await user.click(button('Apply'));
  await screen.findByText(`Re-levelled “${(await listed(port))[0].title}”.`);
  expect((await listed(port))[0].tag.levelId).toBe('mid-career');
  expect(screen.getByRole('listitem').textContent).toContain('Mid-Career');
  expect(onChanged).toHaveBeenCalled();
});

test('refresh of a block that matches the catalog says nothing would change and offers no Apply', async () => {
  const port = await portWithBlock();
  const { user } = await show(port);
  await user.click(button('Refresh from catalog'));
  expect(screen.getByText(/Nothing would change/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
});

test('remove takes an unedited block out of the document', async () => {
  const port = await portWithBlock();
  const { user } = await show(port);
  await user.click(button('Remove'));
  await screen.findByText(/No job-description blocks yet/);
  expect(await listed(port)).toEqual([]);
});

test('an edited block is removed only after a confirmation that shows the text that would be lost', async () => {
  const port = await portWithBlock();
  const edited = editedPort(port, 'Also covers the night shift.');
  const remove = jest.spyOn(edited, 'removeBlock');
  const { user } = await show(edited);
  expect(screen.getByText('Edited')).toBeTruthy();

  await user.click(button('Remove'));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('Also covers the night shift.')).toBeTruthy();
  await user.click(within(dialog).getByRole('button', { name: 'Keep my edits' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(remove).not.toHaveBeenCalled();
  expect(await listed(port)).toHaveLength(1);

  await user.click(button('Remove'));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove anyway' }));
  await waitFor(async () => expect(await listed(port)).toEqual([]));
  expect(remove).toHaveBeenCalledWith(expect.any(String), { overwriteEdits: true });
});

test('when Word refuses a change because the block was edited meanwhile, its lost text is shown before retrying', async () => {
  const port = await portWithBlock();
  const replace = jest.fn(port.replaceBlock!);
  replace.mockResolvedValueOnce({
    ok: false,
    error: { code: 'block-edited', message: 'The block was edited.', advice: '', lost: ['My own sentence.'] },
  });
  const { user } = await show({ ...port, replaceBlock: replace });
  await user.click(button('Re-level'));
  await user.click(button('Show changes'));
  await user.click(button('Apply'));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('My own sentence.')).toBeTruthy();
  expect(replace).toHaveBeenLastCalledWith(expect.any(String), expect.anything(), { overwriteEdits: false });
  await user.click(within(dialog).getByRole('button', { name: 'Overwrite my edits' }));
  await waitFor(async () => expect((await listed(port))[0].tag.levelId).not.toBe('entry'));
  expect(replace).toHaveBeenLastCalledWith(expect.any(String), expect.anything(), { overwriteEdits: true });
});

test('a port error is shown in plain words and the block stays', async () => {
  const port = await portWithBlock();
  const { user } = await show({
    ...port,
    removeBlock: async () => ({
      ok: false,
      error: { code: 'locked-content-control', message: 'The block is locked.', advice: 'Unlock it in Word.' },
    }),
  });
  await user.click(button('Remove'));
  expect(await screen.findByText('The block could not be removed')).toBeTruthy();
  expect(screen.getByText(/The block is locked\. Unlock it in Word\./)).toBeTruthy();
  expect(await listed(port)).toHaveLength(1);
});

describe('job descriptions', () => {
  const PEP = 'provider-enrollment-process';

  /** Two competencies inserted in one action: one job description of two sections. */
  async function portWithJob(): Promise<PreviewPort> {
    const port = createPreviewPort();
    const ids = [...entryIds, ...responsibilities(PEP, 'entry')];
    const model = withJobId(compose(namss, selection('entry', { responsibilityIds: ids })).value, 'job001');
    await port.insert(renderCommands(model, styleMap), 'after-selection');
    return port;
  }

  async function showJob(port: PreviewPort) {
    const shown = await show(port);
    const card = screen.getByText(/^Job description 1/).closest('li') as HTMLElement;
    return { ...shown, card };
  }

  test('the sections inserted together show as one job description, their own actions under More', async () => {
    const port = await portWithJob();
    const { user, card } = await showJob(port);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(card.textContent).toContain(`Entry Level · catalog version ${namss.version} · 2 sections`);
    expect(
      within(card)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Go to', 'Re-level', 'Refresh from catalog', 'Remove', 'More']);
    await user.click(within(card).getByRole('button', { name: 'More' }));
    const sections = within(card).getByRole('list', { name: 'Sections of job description 1' });
    expect(
      within(sections)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual((await listed(port)).map((b) => expect.stringContaining(b.title)));
    expect((await listed(port)).map((b) => b.title).sort()).toEqual(
      [dataManagement.title, namss.competencies.find((c) => c.id === PEP)!.title].sort(),
    );
    expect(within(sections).getAllByRole('button', { name: 'Re-level' })).toHaveLength(2);
  });

  test('whole-job Re-level: one review of every section, then one change for all of them', async () => {
    const port = await portWithJob();
    const change = jest.spyOn(port, 'changeBlocks');
    const { user, card } = await showJob(port);
    await user.click(within(card).getByRole('button', { name: 'Re-level' }));
    await user.selectOptions(within(card).getByRole('combobox', { name: 'New level' }), 'managerial');
    await user.click(within(card).getByRole('button', { name: 'Show changes' }));
    const review = within(card).getByRole('group', { name: 'Changes to apply' });
    for (const title of (await listed(port)).map((b) => b.title))
      expect(within(review).getByRole('list', { name: `What would change in ${title}` })).toBeTruthy();
    expect((await listed(port)).map((b) => b.tag.levelId)).toEqual(['entry', 'entry']);
    await user.click(within(review).getByRole('button', { name: 'Apply' }));
    await screen.findByText('Re-levelled job description 1 (2 sections).');
    expect(change).toHaveBeenCalledTimes(1);
    expect(change.mock.calls[0][0].map((c) => c.overwriteEdits)).toEqual([false, false]);
    const after = await listed(port);
    expect(after.map((b) => [b.tag.levelId, b.tag.jobId])).toEqual([
      ['managerial', 'job001'],
      ['managerial', 'job001'],
    ]);
    expect(screen.getByText(/^Job description 1/).closest('li')?.textContent).toContain('Managerial');
  });

  test('whole-job Remove asks once, listing the sections, then takes them all out', async () => {
    const port = await portWithJob();
    const { user, card } = await showJob(port);
    await user.click(within(card).getByRole('button', { name: 'Remove' }));
    const toRemove = within(card).getByRole('list', { name: 'Sections to remove' });
    expect(within(toRemove).getAllByRole('listitem')).toHaveLength(2);
    expect(await listed(port)).toHaveLength(2);
    await user.click(within(card).getByRole('button', { name: 'Remove all' }));
    await screen.findByText(/No job-description blocks yet/);
    expect(await listed(port)).toEqual([]);
  });

  test('an edited section is confirmed with its own lost text; Skip edited sections changes only the others', async () => {
    const port = await portWithJob();
    const listBlocks = async (): Promise<PortResult<ListedBlock[]>> => {
      const blocks = await listed(port);
      const [first, ...rest] = blocks;
      return {
        ok: true,
        value: [{ ...first, text: `${first.text}\nOur night-shift duty.`, edits: 'edited' as const }, ...rest],
        messages: [],
      };
    };
    const change = jest.spyOn(port, 'changeBlocks');
    const { user, card } = await showJob({ ...port, listBlocks });
    expect(within(card).getByText('1 section edited')).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Refresh from catalog' }));
    // Refreshing an unedited job changes nothing; the edited section would lose its line.
    await user.click(within(card).getByRole('button', { name: 'Apply' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Our night-shift duty.')).toBeTruthy();
    expect(within(dialog).getByText((await listed(port))[0].title)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Keep my edits' }));
    expect(change).not.toHaveBeenCalled();
    await user.click(within(card).getByRole('button', { name: 'Re-level' }));
    await user.click(within(card).getByRole('button', { name: 'Show changes' }));
    await user.click(within(card).getByRole('button', { name: 'Apply' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Skip edited sections' }));
    await waitFor(() => expect(change).toHaveBeenCalledTimes(1));
    const ids = (await listed(port)).map((b) => b.id);
    expect(change.mock.calls[0][0].map((c) => c.id)).toEqual([ids[1]]);
  });
});
