import { renderCommands } from '../../src/render/render-commands';
import { parseSectionTag } from '../../src/render/section-tag';
import type { ParagraphCommand, TableCommand } from '../../src/render/commands';
import type { SectionTag } from '../../src/compose/blocks';
import { GERMAN_STYLES, HOUSE_STYLES, PLAIN_STYLES } from '../house-style/styles-fixtures';
import { fixtureModel, styleMapFor } from './support';

const paragraphsOf = (plan: ReturnType<typeof renderCommands>) =>
  plan.sections.flatMap((s) => s.content).filter((c): c is ParagraphCommand => c.kind === 'paragraph');

describe('renderCommands', () => {
  it('gives one section command per section, titled and tagged for later lookup', () => {
    const model = fixtureModel();
    const plan = renderCommands(model, styleMapFor(GERMAN_STYLES));
    expect(plan.sections.map((s) => s.title)).toEqual(model.sections.map((s) => s.title));
    const identity = (t: SectionTag) => [t.catalogId, t.catalogVersion, t.levelId, t.part, t.competencyId];
    expect(plan.sections.map((s) => identity(parseSectionTag(s.tag) as SectionTag))).toEqual(
      model.sections.map((s) => identity(s.tag)),
    );
    expect(plan.sections.every((s) => parseSectionTag(s.tag)?.truncated === false)).toBe(true);
  });

  it('resolves every paragraph to the localized template’s own styles', () => {
    const plan = renderCommands(fixtureModel(), styleMapFor(GERMAN_STYLES));
    const styled = paragraphsOf(plan).map((p) => [p.style.id, p.runs.map((r) => r.text).join('')]);
    expect(styled).toEqual([
      ['berschrift2', 'Position Summary'],
      ['Standard', 'Leads credentialing in the [insert work setting].'],
      ['berschrift2', 'Qualifications'],
      ['berschrift2', 'Essential Functions and Responsibilities'],
      ['Heading3', 'Credentialing'],
      ['Aufzhlungszeichen', 'Verifies licenses.'],
      ['Aufzhlungszeichen', 'Uses [insert facility platform] daily.'],
      ['Heading3', 'Privileging'],
      ['Aufzhlungszeichen', 'Drafts privilege forms.'],
      ['berschrift2', 'Knowledge and Skills'],
      ['Aufzhlungszeichen', 'Communication: Writes clearly.'],
    ]);
    // The bullet style has its own numbering, so the adapter need not add bullets.
    expect(paragraphsOf(plan).some((p) => p.bullet)).toBe(false);
    expect(paragraphsOf(plan)[0].style).toEqual({ id: 'berschrift2', localName: 'Heading 2', builtInKey: 'heading 2' });
  });

  it('builds the qualifications table command with header, body styles and bold header', () => {
    const plan = renderCommands(fixtureModel(), styleMapFor(GERMAN_STYLES));
    const table = plan.sections[1].content.find((c): c is TableCommand => c.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      style: { id: 'Tabellenraster', localName: 'Table Grid', builtInKey: 'table grid' },
      headerStyle: { id: 'Standard', localName: 'Normal', builtInKey: 'normal' },
      bodyStyle: { id: 'Standard', localName: 'Normal', builtInKey: 'normal' },
      headerBold: true,
      header: ['Qualification', 'Requirement'],
      rows: [
        ['Minimum Education', "Bachelor's Degree"],
        ['Minimum Work Experience', 'Experience in [insert work setting] (Preferred)'],
      ],
      // The cell with an unfilled placeholder keeps its runs, so the .docx adapter can highlight it.
      placeholderCells: [
        {
          row: 1,
          column: 1,
          runs: [
            { text: 'Experience in ' },
            { text: '[insert work setting]', placeholder: true },
            { text: ' (Preferred)' },
          ],
        },
      ],
    });
  });

  it('bolds header cells in the body style, but not when the table header has a style of its own', () => {
    const table = (mapping: Record<string, string>) =>
      renderCommands(fixtureModel(), styleMapFor(HOUSE_STYLES, undefined, mapping)).sections[1].content.find(
        (c): c is TableCommand => c.kind === 'table',
      );
    expect(table({ body: 'ACMEBody' })).toMatchObject({ headerStyle: { id: 'ACMEBody' }, headerBold: true });
    expect(table({ tableHeader: 'ACMESection' })).toMatchObject({
      headerStyle: { id: 'ACMESection' },
      bodyStyle: { id: 'Normal' },
      headerBold: false,
    });
  });

  it('marks skill terms bold, or with the mapped character style, and unfilled placeholders', () => {
    const bold = paragraphsOf(renderCommands(fixtureModel(), styleMapFor(PLAIN_STYLES))).at(-1);
    expect(bold?.runs).toEqual([{ text: 'Communication', bold: true }, { text: ': ' }, { text: 'Writes clearly.' }]);
    const mapped = renderCommands(fixtureModel(), styleMapFor(HOUSE_STYLES, undefined, { skillTerm: 'ACME Term' }));
    expect(paragraphsOf(mapped).at(-1)?.runs[0]).toEqual({
      text: 'Communication',
      characterStyle: { id: 'ACMETerm', localName: 'ACME Term' },
    });
    const withPlaceholder = paragraphsOf(mapped).find((p) => p.runs.some((r) => r.placeholder));
    expect(withPlaceholder?.runs.find((r) => r.placeholder)?.text).toBe('[insert work setting]');
  });

  it('flags bullets the adapter must add when the bullet style has no numbering of its own', () => {
    const plan = renderCommands(fixtureModel(), styleMapFor(HOUSE_STYLES, undefined, { responsibility: 'ACME Plain' }));
    const bullets = paragraphsOf(plan).filter((p) => p.style.id === 'ACMEPlain');
    expect(bullets).toHaveLength(4);
    expect(bullets.every((p) => p.bullet)).toBe(true);
    expect(paragraphsOf(plan).filter((p) => p.bullet)).toHaveLength(4);
  });
});
