import type { StyleSheet } from '../../src/house-style/types';
import { wordHandFormatting } from '../../src/word/hand-formatting';

const sheet: StyleSheet = {
  styles: [
    {
      id: 'Normal',
      localName: 'Normal',
      type: 'paragraph',
      isDefault: true,
      appearance: { fontFamily: 'Calibri', sizePt: 11 },
    },
    { id: 'List Bullet', localName: 'List Bullet', type: 'paragraph', basedOn: 'Normal' },
    { id: 'Duty', localName: 'Duty', type: 'paragraph', basedOn: 'List Bullet', appearance: { sizePt: 10 } },
    { id: 'Loose', localName: 'Loose', type: 'paragraph' },
  ],
};

describe('wordHandFormatting', () => {
  it('is the font and size that differ from what the style gives, through its base styles', () => {
    expect(wordHandFormatting({ name: 'Lato', size: 9 }, 'List Bullet', sheet)?.appearance).toEqual({
      fontFamily: 'Lato',
      sizePt: 9,
    });
    expect(wordHandFormatting({ name: 'Calibri', size: 9 }, 'Duty', sheet)?.appearance).toEqual({ sizePt: 9 });
    // A style of no known font falls back to the default style's.
    expect(wordHandFormatting({ name: 'Lato', size: 11 }, 'Loose', sheet)?.appearance).toEqual({ fontFamily: 'Lato' });
  });

  it('is nothing when the text looks as its style does, is mixed, or the style’s font is unknown', () => {
    expect(wordHandFormatting({ name: 'Calibri', size: 10 }, 'Duty', sheet)).toBeUndefined();
    expect(wordHandFormatting({ name: '', size: null }, 'List Bullet', sheet)).toBeUndefined();
    expect(wordHandFormatting(undefined, 'List Bullet', sheet)).toBeUndefined();
    expect(wordHandFormatting({ name: 'Lato', size: 9 }, 'Normal', { styles: [] })).toBeUndefined();
  });
});
