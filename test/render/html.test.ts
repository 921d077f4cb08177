/**
 * @jest-environment jsdom
 */
import { renderHtml } from '../../src/render/html';
import { renderCommands } from '../../src/render/render-commands';
import { HOUSE_STYLES, PLAIN_STYLES } from '../house-style/styles-fixtures';
import { fixtureModel, styleMapFor } from './support';

const dom = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
};

describe('renderHtml', () => {
  it('uses real headings, lists and tables, tagged with the section data', () => {
    const model = fixtureModel();
    const host = dom(renderHtml(model, styleMapFor(PLAIN_STYLES)));
    const sections = Array.from(host.querySelectorAll('section'));
    const plan = renderCommands(model, styleMapFor(PLAIN_STYLES));
    expect(sections.map((s) => s.dataset.jdbTag)).toEqual(plan.sections.map((s) => s.tag));
    expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual(model.sections.map((s) => s.title));
    expect(Array.from(host.querySelectorAll('h2')).map((h) => h.textContent)).toEqual([
      'Position Summary',
      'Qualifications',
      'Essential Functions and Responsibilities',
      'Knowledge and Skills',
    ]);
    expect(Array.from(host.querySelectorAll('h3')).map((h) => h.textContent)).toEqual(['Credentialing', 'Privileging']);
    expect(Array.from(host.querySelectorAll('ul')).map((ul) => ul.children.length)).toEqual([2, 1, 1]);
    expect(host.querySelector('ul:last-of-type li strong')?.textContent).toBe('Communication');
    expect(Array.from(host.querySelectorAll('th')).map((th) => th.textContent)).toEqual([
      'Qualification',
      'Requirement',
    ]);
    expect(host.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('marks unfilled placeholders visibly', () => {
    const host = dom(renderHtml(fixtureModel(), styleMapFor(PLAIN_STYLES)));
    expect(Array.from(host.querySelectorAll('mark.placeholder')).map((m) => m.textContent)).toEqual([
      '[insert work setting]',
      '[insert work setting]',
      '[insert facility platform]',
    ]);
  });

  it('approximates the house style with inline styles', () => {
    const context = {
      paragraphsAbove: [{ style: 'ACMESection', text: 'Duties', isListItem: false, outlineLevel: 2 }],
      paragraphsBelow: [],
      tableStyles: [],
    };
    const host = dom(renderHtml(fixtureModel(), styleMapFor(HOUSE_STYLES, context, { body: 'ACMEBody' })));
    const h2 = host.querySelector('h2') as HTMLElement;
    expect(h2.style.fontFamily).toBe("'Trebuchet MS'");
    expect(h2.style.fontSize).toBe('14pt');
    expect(h2.style.fontWeight).toBe('bold');
    expect(h2.style.color).toBe('rgb(139, 0, 0)');
    const body = host.querySelector('p.jdb-body') as HTMLElement;
    expect([body.style.marginTop, body.style.marginBottom]).toEqual(['3pt', '6pt']);
  });

  it('shows list items in the hand formatting they copy from the document, over their style', () => {
    const styles = styleMapFor(PLAIN_STYLES);
    const before = dom(renderHtml(fixtureModel(), styles));
    const look = (host: HTMLElement, selector: string) => {
      const el = host.querySelector(selector) as HTMLElement;
      return [el.style.fontFamily, el.style.fontSize];
    };
    expect(look(before, 'ul.jdb-responsibility li')).not.toEqual(["'Lato'", '9pt']);
    styles.responsibility = {
      ...styles.responsibility,
      model: {
        formatting: { paragraph: [], run: [], appearance: { fontFamily: 'Lato', sizePt: 9 } },
        description: 'the list items under “Key duties”',
      },
    };
    const host = dom(renderHtml(fixtureModel(), styles));
    expect(look(host, 'ul.jdb-responsibility li')).toEqual(["'Lato'", '9pt']);
    // Other roles keep their style's look.
    expect(look(host, 'h3')).toEqual(look(before, 'h3'));
  });

  it('numbers the duties, each competency from 1 or straight through, when the house numbers them', () => {
    const starts = (html: string) =>
      Array.from(dom(html).querySelectorAll('ol.jdb-responsibility')).map((ol) => [
        (ol as HTMLOListElement).start,
        ol.children.length,
      ]);
    const styles = styleMapFor(PLAIN_STYLES);
    expect(starts(renderHtml(fixtureModel(), styles))).toEqual([]);
    expect(starts(renderHtml(fixtureModel(), styles, { numberedDuties: 'restart' }))).toEqual([
      [1, 2],
      [1, 1],
    ]);
    expect(starts(renderHtml(fixtureModel(), styles, { numberedDuties: 'continue' }))).toEqual([
      [1, 2],
      [3, 1],
    ]);
  });

  it('never lets catalog text or style names become markup or CSS', () => {
    const model = fixtureModel({
      includeSummary: false,
      qualificationIds: [],
      skillIds: [],
      responsibilityIds: ['r-cred-1'],
    });
    const evil = '<img src=x onerror="alert(1)"> & </li><script>x()</script>';
    model.sections[0].title = evil;
    const list = model.sections[0].blocks[2];
    if (list.kind === 'bulletList') list.items[0].runs = [{ text: evil }];
    const styles = styleMapFor(PLAIN_STYLES);
    styles.responsibility = {
      ...styles.responsibility,
      style: {
        id: 'X',
        localName: 'X',
        type: 'paragraph',
        appearance: { fontFamily: "x'; background:url(evil)", color: 'red;x' },
      },
    };
    const html = renderHtml(model, styles);
    const host = dom(html);
    expect(host.querySelectorAll('img, script')).toHaveLength(0);
    expect(host.querySelector('li')?.textContent).toBe(evil);
    expect(host.querySelector('section')?.getAttribute('aria-label')).toBe(evil);
    expect(host.querySelector('li')?.getAttribute('style')).toBeNull();
  });
});
