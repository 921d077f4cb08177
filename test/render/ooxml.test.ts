import { renderCommands } from '../../src/render/render-commands';
import { builtinStyleXml, bulletNumberingXml, withBulletNumbering } from '../../src/render/builtin-definitions';
import { parseStylesXml } from '../../src/house-style/styles-xml';
import { parseXml, W_NS, wAttr, wChild, wElements } from '../../src/xml/dom';
import { GERMAN_STYLES, HOUSE_STYLES, PLAIN_STYLES, stylesXml } from '../house-style/styles-fixtures';
import { resolvePlanStyles } from '../../src/docx/plan-styles';
import { fixtureModel, ooxmlOf, paragraphs, parseFragment, styleMapFor } from './support';

/** The built-ins the .docx adapter adds for the model's plan (the document lacks them). */
function addedStyles(stylesXml: string): string[] {
  const plan = renderCommands(fixtureModel(), styleMapFor(stylesXml));
  return resolvePlanStyles(plan, parseStylesXml(stylesXml)).added.map((s) => s.id);
}

describe('the Word commands as WordprocessingML (renderCommandsXml)', () => {
  it('wraps each section in a content control titled and tagged like the section', () => {
    const model = fixtureModel();
    const plan = renderCommands(model, styleMapFor(GERMAN_STYLES));
    const doc = parseFragment(ooxmlOf(model, styleMapFor(GERMAN_STYLES), { bulletNumId: 9 }));
    const sdts = wElements(doc, 'sdt');
    expect(sdts).toHaveLength(model.sections.length);
    sdts.forEach((sdt, i) => {
      const pr = wChild(sdt, 'sdtPr') as Element;
      expect(wAttr(wChild(pr, 'alias'))).toBe(model.sections[i].title);
      // The same tag the Word adapter writes, so either host's sections are found alike.
      expect(wAttr(wChild(pr, 'tag'))).toBe(plan.sections[i].tag);
    });
  });

  it('references the localized template’s own style ids and lets its bullet style number itself', () => {
    const ps = paragraphs(parseFragment(ooxmlOf(fixtureModel(), styleMapFor(GERMAN_STYLES), { bulletNumId: 9 })));
    expect(ps.filter((p) => p.text === 'Verifies licenses.')).toEqual([
      { style: 'Aufzhlungszeichen', text: 'Verifies licenses.' },
    ]);
    expect(ps.find((p) => p.text === 'Qualifications')?.style).toBe('berschrift2');
    expect(ps.some((p) => p.numId !== undefined)).toBe(false);
    expect(addedStyles(GERMAN_STYLES)).toEqual(['Heading3']);
  });

  it('writes the table with the table style, a repeating bold header row and body-styled cells', () => {
    const doc = parseFragment(ooxmlOf(fixtureModel(), styleMapFor(GERMAN_STYLES)));
    const tbl = wElements(doc, 'tbl')[0];
    expect(wAttr(wChild(wChild(tbl, 'tblPr') as Element, 'tblStyle'))).toBe('Tabellenraster');
    const rows = wElements(tbl, 'tr');
    expect(rows).toHaveLength(3);
    expect(wElements(rows[0], 'tblHeader')).toHaveLength(1);
    expect(wElements(rows[0], 'b')).toHaveLength(2);
    expect(wElements(rows[1], 'b')).toHaveLength(0);
    expect(wElements(tbl, 'gridCol')).toHaveLength(2);
    for (const tc of wElements(tbl, 'tc')) expect(wElements(tc, 'p')).toHaveLength(1);
    expect(paragraphs(doc).filter((p) => p.text === 'Minimum Education')[0].style).toBe('Standard');
  });

  it('in a bare document asks for the built-ins it uses and numbers the added List Bullet', () => {
    expect(addedStyles(PLAIN_STYLES)).toEqual(['Heading2', 'TableGrid', 'Heading3', 'ListBullet']);
    const xml = ooxmlOf(fixtureModel(), styleMapFor(PLAIN_STYLES), { bulletNumId: 4 });
    const bullets = paragraphs(parseFragment(xml)).filter((p) => p.style === 'ListBullet');
    expect(bullets).toHaveLength(4);
    // The added List Bullet style carries the numbering, so the paragraphs do not.
    expect(bullets.every((p) => p.numId === undefined)).toBe(true);
  });

  it('adds w:numPr only where the bullet style has no numbering, and none without a bullet definition', () => {
    const styles = styleMapFor(HOUSE_STYLES, undefined, { responsibility: 'ACMEPlain' });
    const ps = paragraphs(parseFragment(ooxmlOf(fixtureModel(), styles, { bulletNumId: 12 })));
    expect(ps.filter((p) => p.style === 'ACMEPlain').map((p) => p.numId)).toEqual(['12', '12', '12', '12']);
    expect(ps.filter((p) => p.style !== 'ACMEPlain').every((p) => p.numId === undefined)).toBe(true);
    expect(paragraphs(parseFragment(ooxmlOf(fixtureModel(), styles))).some((p) => p.numId)).toBe(false);
  });

  it('highlights unfilled placeholders and uses a mapped character style for skill terms', () => {
    const styles = styleMapFor(HOUSE_STYLES, undefined, { skillTerm: 'ACMETerm' });
    const doc = parseFragment(ooxmlOf(fixtureModel(), styles));
    const highlighted = wElements(doc, 'highlight').map((h) => (h.parentNode?.parentNode as Element).textContent);
    expect(highlighted).toEqual(['[insert work setting]', '[insert work setting]', '[insert facility platform]']);
    const term = wElements(doc, 'rStyle')[0];
    expect(wAttr(term)).toBe('ACMETerm');
    expect(wElements(term.parentNode as Element, 'b')).toHaveLength(0);
  });

  it('keeps tabs, line breaks and surrounding spaces', () => {
    const model = fixtureModel({
      qualificationIds: [],
      skillIds: [],
      includeSummary: false,
      responsibilityIds: ['r-cred-1'],
    });
    const list = model.sections[0].blocks[2];
    if (list.kind === 'bulletList') list.items[0].runs = [{ text: '  a\tb\r\nc\rd\ne  ' }];
    const doc = parseFragment(ooxmlOf(model, styleMapFor(GERMAN_STYLES)));
    expect(paragraphs(doc).at(-1)?.text).toBe('  a\tb\nc\nd\ne  ');
    expect(wElements(doc, 't').every((t) => t.getAttribute('xml:space') === 'preserve')).toBe(true);
  });
});

describe('built-in definitions', () => {
  it('gives well-formed standard definitions that parse back as the same built-ins, based on the document’s Normal', () => {
    // The .docx adapter adds the built-ins a plan needs and the document lacks, based on its own Normal.
    const lacking = GERMAN_STYLES.replace(/<w:style [^>]*w:styleId="berschrift2">.*?<\/w:style>/, '');
    const plan = renderCommands(fixtureModel(), styleMapFor(lacking));
    const required = resolvePlanStyles(plan, parseStylesXml(lacking)).added;
    const added = required.map((s) => builtinStyleXml(s, { bulletNumId: 3 }));
    const sheet = parseStylesXml(stylesXml(added.join('')));
    expect(sheet.styles.map((s) => [s.id, s.builtInKey, s.basedOn])).toEqual([
      ['Heading2', 'heading 2', 'Standard'],
      ['Heading3', 'heading 3', 'Standard'],
    ]);
    const all = ['heading 1', 'list bullet', 'table grid', 'normal'].map(
      (key) =>
        parseStylesXml(
          stylesXml(
            builtinStyleXml(
              {
                id: key.replace(' ', ''),
                localName: key,
                builtInKey: key,
                type: key === 'table grid' ? 'table' : 'paragraph',
              },
              { bulletNumId: 3 },
            ),
          ),
        ).styles[0],
    );
    expect(all.map((s) => s.builtInKey)).toEqual(['heading 1', 'list bullet', 'table grid', 'normal']);
    expect(all[1].hasNumbering).toBe(true);
    expect(all[3].isDefault).toBe(true);
  });

  it('refuses a built-in it has no definition for', () => {
    expect(() => builtinStyleXml({ id: 'Quote', localName: 'Quote', builtInKey: 'quote', type: 'paragraph' })).toThrow(
      /Quote/,
    );
  });

  const EXISTING =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">` +
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="4A440000"/></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="3"><w:nsid w:val="12345678"/></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>' +
    '<w:numIdMacAtCleanup w:val="2"/></w:numbering>';

  it('picks list ids and nsid that the document’s numbering does not use', () => {
    const b = bulletNumberingXml(EXISTING);
    expect(b.numId).toBe(6);
    const abstract = parseXml(`<x xmlns:w="${W_NS}">${b.abstractNum}${b.num}</x>`);
    expect(wAttr(wElements(abstract, 'abstractNum')[0], 'abstractNumId')).toBe('4');
    expect(wAttr(wElements(abstract, 'nsid')[0])).not.toBe('4A440000');
    expect(wElements(abstract, 'lvl')).toHaveLength(9);
    expect(bulletNumberingXml().numId).toBe(1);
    expect(bulletNumberingXml('').numId).toBe(1);
  });

  it('adds the definition in schema order and keeps every existing byte', () => {
    const b = bulletNumberingXml(EXISTING);
    const merged = withBulletNumbering(EXISTING, b);
    expect(merged.replace(b.abstractNum, '').replace(b.num, '')).toBe(EXISTING);
    const order = Array.from(parseXml(merged).documentElement.childNodes)
      .filter((n): n is Element => n.nodeType === 1)
      .map((e) => `${e.localName}:${wAttr(e, 'abstractNumId') ?? wAttr(e, 'numId') ?? ''}`);
    expect(order).toEqual([
      'abstractNum:0',
      'abstractNum:3',
      'abstractNum:4',
      'num:1',
      'num:5',
      'num:6',
      'numIdMacAtCleanup:',
    ]);
    const fresh = parseXml(withBulletNumbering(undefined, bulletNumberingXml()));
    expect(wElements(fresh, 'num')).toHaveLength(1);
  });
});
