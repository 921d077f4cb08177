/**
 * @jest-environment jsdom
 */
import fc from 'fast-check';
import { renderHtml } from '../../src/render/html';
import { PLAIN_STYLES } from '../house-style/styles-fixtures';
import { expectedText, hostileCase, hostileModel } from './hostile-text';
import { styleMapFor } from './support';

const styles = styleMapFor(PLAIN_STYLES);
const OUR_TAGS = new Set([
  'DIV',
  'SECTION',
  'H2',
  'H3',
  'P',
  'UL',
  'LI',
  'STRONG',
  'MARK',
  'SPAN',
  'BR',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
]);

describe('HTML preview with hostile text', () => {
  it('contains only our own elements and shows the text as text', () => {
    fc.assert(
      fc.property(hostileCase, (c) => {
        const host = document.createElement('div');
        host.innerHTML = renderHtml(hostileModel(c), styles);
        for (const el of Array.from(host.querySelectorAll('*'))) expect(OUR_TAGS.has(el.tagName)).toBe(true);
        const items = Array.from(host.querySelectorAll('li')).map((li) => li.innerHTML.replace(/<br>/g, '\n'));
        const decode = (html: string) => {
          const t = document.createElement('textarea');
          t.innerHTML = html.replace(/<[^>]+>/g, '');
          return t.value;
        };
        expect(decode(items[0])).toBe(expectedText(c.responsibility).replace(/\r/g, ''));
        expect(host.querySelector('h3')?.textContent).toBe(expectedText(c.title).replace(/\n/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
