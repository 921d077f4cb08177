/** Document settings: the house-style mapping travels inside the document. */
import { createWordPort } from '../../src/word/word-document';
import { uninstallFakeOffice } from '../support/fake-word';
import { wordWith } from './helpers';

afterEach(() => uninstallFakeOffice(globalThis));

test('a stored setting is read back; a missing one is undefined', () => {
  const { port } = wordWith({ settings: { 'jd-builder.level': 'managerial' } });
  expect(port.getDocumentSetting('jd-builder.level')).toBe('managerial');
  expect(port.getDocumentSetting('nothing-here')).toBeUndefined();
});

test('setDocumentSetting saves into the document', async () => {
  const { fake, port } = wordWith({});
  const mapping = { sectionHeading: 'Heading 2', responsibility: 'House Bullet' };
  await port.setDocumentSetting('jd-builder.house-style', mapping);
  expect(fake.snapshot().settings).toEqual({ 'jd-builder.house-style': mapping });
  expect(port.getDocumentSetting('jd-builder.house-style')).toEqual(mapping);
});

test('a failed save is reported with a reason', async () => {
  const { port } = wordWith({});
  const settings = (globalThis as unknown as { Office: typeof Office }).Office.context.document.settings;
  settings.saveAsync = ((callback: (r: { status: string; error: { message: string } }) => void) =>
    callback({ status: 'failed', error: { message: 'disk full' } })) as unknown as typeof settings.saveAsync;
  await expect(port.setDocumentSetting('k', 1)).rejects.toThrow(/could not save the setting.*disk full/);
});

test('outside Office: reading gives undefined and saving says why it cannot', async () => {
  const port = createWordPort();
  expect(port.getDocumentSetting('k')).toBeUndefined();
  await expect(port.setDocumentSetting('k', 1)).rejects.toThrow(/Word is not available/);
});
