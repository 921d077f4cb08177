/** The whole pipeline over the catalogs that ship: every item of every level composes and renders cleanly. */
import { builtinCatalog } from '../../src/catalog/builtin';
import type { Catalog } from '../../src/catalog/types';
import { compose } from '../../src/compose/compose';
import { DEFAULT_COMPOSE_OPTIONS, type Selection } from '../../src/compose/selection';
import { renderCommands } from '../../src/render/render-commands';
import { GERMAN_STYLES } from '../house-style/styles-fixtures';
import { ooxmlOf, paragraphs, parseFragment, styleMapFor } from './support';

function everythingAt(catalog: Catalog, levelId: string, placeholderValues: Record<string, string>): Selection {
  return {
    catalogId: catalog.id,
    levelId,
    includeSummary: true,
    qualificationIds: catalog.qualifications.filter((q) => q.levels.includes(levelId)).map((q) => q.id),
    responsibilityIds: catalog.competencies.flatMap((c) =>
      (c.levels[levelId]?.responsibilities ?? []).map((r) => r.id),
    ),
    skillIds: catalog.skills.filter((s) => s.ratings[levelId]).map((s) => s.id),
    placeholderValues,
    options: { ...DEFAULT_COMPOSE_OPTIONS, includeEssentiality: true },
  };
}

const styles = styleMapFor(GERMAN_STYLES);
const cases = ['namss-jd-builder-2021', 'greeley-dmss-sample'].flatMap((id) =>
  builtinCatalog(id).levels.map((l) => [id, l.id] as const),
);

describe.each(cases)('%s at level %s', (catalogId, levelId) => {
  const catalog = builtinCatalog(catalogId);

  it('composes every item with no warnings once placeholders are filled, and renders it all', () => {
    const values = Object.fromEntries(catalog.placeholders.map((p) => [p.id, `«${p.label}»`]));
    const selection = everythingAt(catalog, levelId, values);
    const composed = compose(catalog, selection);
    expect(composed.messages).toEqual([]);

    const texts = paragraphs(parseFragment(ooxmlOf(composed.value, styles))).map((p) => p.text);
    const expected = catalog.competencies.flatMap((c) =>
      (c.levels[levelId]?.responsibilities ?? []).map((r) => r.text),
    );
    const fill = (t: string) => catalog.placeholders.reduce((s, p) => s.split(p.token).join(values[p.id]), t);
    const responsibilities = texts.filter((t) => expected.map(fill).includes(t));
    expect(responsibilities).toEqual(expected.map(fill));
    expect(texts.join('\n')).not.toMatch(/\[insert /i);

    const plan = renderCommands(composed.value, styles);
    expect(plan.sections.map((s) => s.title)).toEqual(composed.value.sections.map((s) => s.title));
  });
});
