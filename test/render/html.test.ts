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
