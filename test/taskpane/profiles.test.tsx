import './setup';
import { render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TextDecoder, TextEncoder } from 'util';
import { builtinCatalog } from '../../src/catalog/builtin';
import type { Catalog } from '../../src/catalog/types';
import type { Selection } from '../../src/compose/selection';
import { Profiles } from '../../src/taskpane/components/Profiles';
import { namss, responsibilities, selection } from '../blocks/support';

// jsdom has no TextDecoder; every browser the pane runs in has.
if (!('TextDecoder' in globalThis)) Object.assign(globalThis, { TextDecoder, TextEncoder });

const greeley = builtinCatalog('greeley-dmss-sample');
const picked = selection('entry', { responsibilityIds: responsibilities('data-management', 'entry') });

function show(catalogs: Catalog[] = [namss, greeley]) {
  const onApply = jest.fn<void, [Selection]>();
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(
    <FluentProvider theme={webLightTheme}>
      <Profiles catalogs={catalogs} catalog={namss} selection={picked} canSave onApply={onApply} />
    </FluentProvider>,
  );
  return { user, onApply };
}

function profileActions(name: string | RegExp) {
  return within(screen.getByRole('group', { name }));
}

/** Captures what Export hands to the browser as a download. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      blobs.push(blob);
      return 'blob:profile';
    },
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

beforeEach(() => localStorage.clear());

test('the selection is saved under its name, listed, and applied back', async () => {
  const { user, onApply } = show();
  await user.type(screen.getByRole('textbox', { name: /Profile name/ }), 'Data Coordinator – Entry');
  await user.click(screen.getByRole('button', { name: 'Save selection as profile' }));
  expect(screen.getByText('Saved the profile “Data Coordinator – Entry”.')).toBeTruthy();
  expect(localStorage.getItem('jd-builder.profiles')).toContain('Data Coordinator – Entry');
  await user.click(profileActions('Data Coordinator – Entry').getByRole('button', { name: 'Apply' }));
  expect(onApply).toHaveBeenCalledWith(
    expect.objectContaining({ catalogId: namss.id, levelId: 'entry', responsibilityIds: picked.responsibilityIds }),
  );
});

test('the built-in Greeley profile is listed and applies the Greeley catalog', async () => {
  const { user, onApply } = show();
  await user.click(profileActions(/^Director, Medical Staff Services/).getByRole('button', { name: 'Apply' }));
  expect(onApply.mock.calls[0][0]).toMatchObject({ catalogId: greeley.id, includeSummary: true });
  expect(onApply.mock.calls[0][0].responsibilityIds.length).toBeGreaterThan(0);
});

test('a profile whose catalog is not loaded is refused with the reason', async () => {
  const { user, onApply } = show([namss]);
  await user.click(profileActions(/^Director, Medical Staff Services/).getByRole('button', { name: 'Apply' }));
  expect(screen.getByText(/could not be applied/)).toBeTruthy();
  expect(screen.getByText(/not loaded/)).toBeTruthy();
  expect(onApply).not.toHaveBeenCalled();
});

test('an exported profile file imports back; a file that is not a profile is refused', async () => {
  const blobs = captureDownloads();
  const { user } = show();
  await user.click(profileActions(/^Director, Medical Staff Services/).getByRole('button', { name: 'Export' }));
  expect(blobs).toHaveLength(1);
  const text = await blobText(blobs[0]);
  expect(JSON.parse(text).format).toBe('jd-builder-profile');

  const input = screen.getByLabelText('Profile file');
  await user.upload(input, new File(['{"hello": 1}'], 'other.json', { type: 'application/json' }));
  expect(await screen.findByText('“other.json” was not imported')).toBeTruthy();

  const renamed = text.replace(/"name": "[^"]*"/, '"name": "Greeley copy"');
  await user.upload(input, new File([renamed], 'greeley.profile.json', { type: 'application/json' }));
  expect(await screen.findByText(/Imported the profile “Greeley copy”/)).toBeTruthy();
  expect(profileActions('Greeley copy').getByRole('button', { name: 'Delete' })).toBeTruthy();
});
