/** The preview document's blocks: listed, re-levelled in place and removed, through the same port methods as Word. */
import { planRelevel } from '../../src/blocks/plan';
import { compose } from '../../src/compose/compose';
import { renderCommands } from '../../src/render/render-commands';
import { createPreviewPort } from '../../src/taskpane/preview/preview-port';
import { namss, responsibilities, selection } from '../blocks/support';
import { PLAIN_STYLES } from '../house-style/styles-fixtures';
import { styleMapFor } from '../render/support';

const styles = styleMapFor(PLAIN_STYLES);
const ids = [
  ...responsibilities('data-management', 'entry'),
  ...responsibilities('provider-enrollment-process', 'entry'),
];

test('blocks in the preview: listed unedited, re-levelled in place, removed', async () => {
  const port = createPreviewPort();
  await port.insert(
    renderCommands(compose(namss, selection('entry', { responsibilityIds: ids })).value, styles),
    'after-selection',
  );
  const listed = await port.listBlocks!();
  if (!listed.ok) throw new Error('listBlocks failed');
  expect(listed.value.map((b) => [b.tag.competencyId, b.edits])).toEqual([
    ['provider-enrollment-process', 'unchanged'],
    ['data-management', 'unchanged'],
  ]);
  const plan = planRelevel(namss, listed.value[1], 'mid-career');
  if (!plan.ok) throw new Error(plan.message.text);
  const section = renderCommands({ sections: [plan.plan.section] }, styles).sections[0];
  const nodesBefore = port.current().nodes.length;
  expect((await port.replaceBlock!(listed.value[1].id, section, { overwriteEdits: false })).ok).toBe(true);
  const again = await port.listBlocks!();
  expect(again.ok && again.value.map((b) => b.tag.levelId)).toEqual(['entry', 'mid-career']);
  expect(port.current().nodes.length).toBe(nodesBefore);
  expect((await port.removeBlock!(listed.value[0].id, { overwriteEdits: false })).ok).toBe(true);
  expect(port.current().nodes.length).toBe(nodesBefore - 1);
  const gone = await port.selectBlock!('preview-999');
  expect(!gone.ok && gone.error.code).toBe('block-not-found');
});
