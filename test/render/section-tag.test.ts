import fc from 'fast-check';
import { builtinCatalog } from '../../src/catalog/builtin';
import type { SectionTag } from '../../src/compose/blocks';
import { formatSectionTag, itemKey, parseSectionTag, resolveSectionItems } from '../../src/render/section-tag';
import { canonicalText, sectionFingerprint, sectionLines, textFingerprint } from '../../src/render/section-text';
import { renderCommands } from '../../src/render/render-commands';
import { PLAIN_STYLES } from '../house-style/styles-fixtures';
import { fixtureModel, styleMapFor } from './support';

const namss = builtinCatalog();
const enrollment = namss.competencies.find((c) => c.id === 'provider-enrollment-process')!;

function competencyTag(levelId: string): SectionTag {
  return {
    catalogId: namss.id,
    catalogVersion: namss.version,
    levelId,
    part: 'competency',
    competencyId: enrollment.id,
    itemIds: enrollment.levels[levelId].responsibilities.map((r) => r.id),
    fingerprint: 'abc123',
  };
}

describe('section tags (jdb2)', () => {
  test('a whole NAMSS competency fits in 255 characters and its items resolve back to their ids', () => {
    for (const level of namss.levels) {
      const tag = competencyTag(level.id);
      if (!tag.itemIds.length) continue;
      const text = formatSectionTag(tag);
      expect(text.length).toBeLessThanOrEqual(255);
      const parsed = parseSectionTag(text);
      expect(parsed).toMatchObject({ truncated: false, fingerprint: 'abc123', levelId: level.id, part: 'competency' });
      expect(resolveSectionItems(namss, parsed!)).toEqual({ itemIds: tag.itemIds, missing: 0 });
    }
  });

  test('every skill of the catalog fits; a key no catalog id gives counts as missing', () => {
    const skills: SectionTag = { ...competencyTag('entry'), part: 'skills', itemIds: namss.skills.map((s) => s.id) };
    delete skills.competencyId;
    const parsed = parseSectionTag(formatSectionTag(skills))!;
    expect(parsed.truncated).toBe(false);
    expect(resolveSectionItems(namss, parsed).itemIds).toEqual(skills.itemIds);
    const withGone = parseSectionTag(
      formatSectionTag({ ...skills, itemIds: ['no-such-skill', ...skills.itemIds.slice(0, 2)] }),
    )!;
    expect(resolveSectionItems(namss, withGone)).toEqual({ itemIds: skills.itemIds.slice(0, 2), missing: 1 });
  });

  test('too many items for one tag: cut at a whole key and marked truncated, still under 255', () => {
    const ids = Array.from({ length: 80 }, (_, i) => `item-${i}`);
    const text = formatSectionTag({ ...competencyTag('entry'), itemIds: ids });
    expect(text.length).toBeLessThanOrEqual(255);
    const parsed = parseSectionTag(text)!;
    expect(parsed.truncated).toBe(true);
    expect(parsed.itemKeys).toEqual(ids.slice(0, parsed.itemKeys!.length).map(itemKey));
  });

  test('separators in ids or names cannot break the fields', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (catalogId, version) => {
        const parsed = parseSectionTag(
          formatSectionTag({ ...competencyTag('entry'), catalogId: catalogId || 'x', catalogVersion: version }),
        );
        expect(parsed?.part).toBe('competency');
        expect(parsed?.itemKeys).toHaveLength(competencyTag('entry').itemIds.length);
      }),
    );
  });

  test('other content controls and damaged tags are not ours', () => {
    for (const text of [
      '',
      'someone-else',
      // The first format was never released; its tags are not read.
      'jdb1|namss-jd-builder-2021|2021.10.1|entry|skills||communication',
      'jdb2|a|b|c|competency|d|f',
      'jdb2|a|v|entry|nonsense||f|',
      'jdb2|a|v|entry|skills||f|abc',
    ])
      expect(parseSectionTag(text)).toBeUndefined();
  });
});

describe('section text and fingerprint', () => {
  test('the normal form: lines per paragraph, cells by tab, white space folded, empty lines and padding cells dropped', () => {
    expect(canonicalText(['  Heading\u00a0 two ', '', ['Qualification', 'Requirement', ''], 'a\tb\nc\u0001'])).toBe(
      'Heading two\nQualification\tRequirement\na b c',
    );
  });

  test('the fingerprint changes with any edit of the text and not with white space or empty paragraphs', () => {
    const lines = sectionLines(fixtureModel().sections[2].blocks);
    const base = textFingerprint(canonicalText(lines));
    expect(textFingerprint(canonicalText(['', ...lines.map((l) => (typeof l === 'string' ? ` ${l}  ` : l)), '']))).toBe(
      base,
    );
    expect(textFingerprint(canonicalText([...lines.slice(0, -1), 'Something the user typed']))).not.toBe(base);
    expect(base).toMatch(/^[0-9a-z]{6}$/);
  });

  test('layOut stores the fingerprint of the section text in each tag', () => {
    const model = fixtureModel();
    const expected = model.sections.map((s) => sectionFingerprint(s.blocks));
    const plan = renderCommands(model, styleMapFor(PLAIN_STYLES));
    expect(plan.sections.map((s) => parseSectionTag(s.tag)?.fingerprint)).toEqual(expected);
    // Skills read as "Term: description", tables row by row.
    expect(sectionLines(model.sections.at(-1)!.blocks)).toContain('Communication: Writes clearly.');
  });
});
