/**
 * office-addin-mock, Microsoft's Office.js mock, does not throw when a property is read before
 * load/sync: it returns an error string. A forgotten load then passes silently (and a string is
 * truthy), which is why the adapter is tested against our own double, which throws as Office does.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose own dependencies
// (ESM-only strip-bom via @microsoft/app-manifest) Jest 29 cannot load untransformed.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));

test('office-addin-mock gives error strings, not exceptions, for properties read before load and sync', async () => {
  const context = new OfficeMockObject({
    document: {
      selection: { text: 'Keep this text', isEmpty: false },
      getSelection(this: { selection: unknown }) {
        return this.selection;
      },
    },
  });
  const selection = (
    context as unknown as { document: { getSelection(): OfficeMockObject & { text: unknown; isEmpty: unknown } } }
  ).document.getSelection();

  expect(() => selection.text).not.toThrow();
  expect(selection.text).toBe('Error, property was not loaded');

  selection.load('text');
  expect(selection.text).toBe('Error, context.sync() was not called');

  await context.sync();
  expect(selection.text).toBe('Keep this text');
  // Never loaded: still an error string after the sync, and truthy where a boolean was expected.
  expect(selection.isEmpty).toBe('Error, property was not loaded');
  expect(Boolean(selection.isEmpty)).toBe(true);
});
