import type { BlockModel } from '../../src/compose/blocks';
import { withPartHeading } from '../../src/compose/part-heading';
import { followsHeading, headingBeforeCursor } from '../../src/house-style/detect';
import type { ParagraphInfo } from '../../src/house-style/types';

const model: BlockModel = {
  sections: [
    {
      title: 'Credentialing',
      tag: { catalogId: 'c', catalogVersion: '1', levelId: 'entry', part: 'competency', itemIds: [] },
      blocks: [
        { kind: 'heading', role: 'sectionHeading', text: 'Essential Functions and Responsibilities' },
        { kind: 'heading', role: 'competencyHeading', text: 'Credentialing' },
      ],
    },
    {
      title: 'Knowledge and Skills',
      tag: { catalogId: 'c', catalogVersion: '1', levelId: 'entry', part: 'skills', itemIds: [] },
      blocks: [{ kind: 'heading', role: 'sectionHeading', text: 'Knowledge and Skills' }],
    },
  ],
};
const headings = (m: BlockModel) =>
  m.sections.flatMap((s) => s.blocks.map((b) => (b.kind === 'heading' ? b.text : '')));

describe('withPartHeading', () => {
  it('leaves out the first part’s heading under a heading (auto), keeping the later parts’', () => {
    expect(headings(withPartHeading(model, 'auto', true))).toEqual(['Credentialing', 'Knowledge and Skills']);
    expect(withPartHeading(model, 'auto', false)).toBe(model);
  });

  it('always keeps it, never leaves it', () => {
    expect(withPartHeading(model, 'always', true)).toBe(model);
    expect(headings(withPartHeading(model, 'never', false))[0]).toBe('Credentialing');
  });
});

describe('followsHeading', () => {
  const p = (text: string, extra: Partial<ParagraphInfo> = {}): ParagraphInfo => ({
    style: 'Normal',
    text,
    isListItem: false,
    ...extra,
  });
  const ctx = (above: ParagraphInfo[]) => ({ paragraphsAbove: above, paragraphsBelow: [], tableStyles: [] });

  it('is true right under a heading, empty paragraphs between them aside', () => {
    expect(followsHeading(ctx([p('Duties', { outlineLevel: 2 }), p('  ')]))).toBe(true);
    expect(followsHeading(ctx([p('Duties', { style: 'H', builtInKey: 'heading 1' })]))).toBe(true);
  });

  it('names the heading (the pane says which heading already names the part)', () => {
    expect(
      headingBeforeCursor(ctx([p('Summary', { outlineLevel: 1 }), p('Duties', { outlineLevel: 2 }), p('')]))?.text,
    ).toBe('Duties');
    expect(headingBeforeCursor(ctx([p('Duties', { outlineLevel: 2 }), p('Text.')]))).toBeUndefined();
  });

  it('is false under body text, or at the top of the document', () => {
    expect(followsHeading(ctx([p('Duties', { outlineLevel: 2 }), p('The duties below.')]))).toBe(false);
    expect(followsHeading(ctx([]))).toBe(false);
  });
});
