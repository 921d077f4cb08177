/**
 * What a block's own text tells beyond its tag: the placeholder values the user filled in at insertion
 * ("[insert work setting]" -> "Valley Hospital"), so a rebuild keeps them, and, for a tag cut short (more
 * items than 255 characters hold), the items whose text the block still shows, so none is dropped.
 * Item texts are matched as patterns against a whole line, a table cell or a skill's description (whitespace
 * folded as in section-text.ts, tokens matching any value).
 */
import type { Catalog, LevelId } from '../catalog/types';
import type { SectionPart } from '../compose/blocks';
import { TERM_SEPARATOR } from '../render/section-text';

interface ItemText {
  id: string;
  text: string;
}

/** The part's items at the level, with the text that the block shows for each. */
function candidates(catalog: Catalog, part: SectionPart, levelId: LevelId): ItemText[] {
  switch (part) {
    case 'competency':
    case 'checklist':
      return catalog.competencies.flatMap((c) => c.levels[levelId]?.responsibilities ?? []);
    case 'qualifications':
      return catalog.qualifications.filter((q) => q.levels.includes(levelId));
    case 'skills':
      return catalog.skills.map((s) => ({ id: s.id, text: s.description }));
    case 'summary':
      return catalog.summary ? [catalog.summary] : [];
    // Made from the whole catalog: nothing to recover, no placeholders.
    case 'matrix':
    case 'comparison':
      return [];
  }
}

interface Pattern {
  re: RegExp;
  /** Placeholder id per capture group. */
  tokens: string[];
}

function patternFor(catalog: Catalog, text: string): Pattern {
  const tokens: string[] = [];
  let source = '';
  let rest = text.replace(/\s+/g, ' ').trim();
  for (;;) {
    const next = catalog.placeholders
      .map((p) => ({ p, at: p.token ? rest.indexOf(p.token) : -1 }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!next) break;
    source += escape(rest.slice(0, next.at)) + '(.+?)';
    tokens.push(next.p.id);
    rest = rest.slice(next.at + next.p.token.length);
  }
  // A qualification cell may end in its qualifier, "(Preferred)".
  return { re: new RegExp(`^${source}${escape(rest)}(?: \\([^)]*\\))?$`), tokens };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Placeholder values as the block shows them for the given items (an unfilled token is no value). */
export function placeholderValuesIn(catalog: Catalog, lines: string[], items: ItemText[]): Record<string, string> {
  const values: Record<string, string> = {};
  const tokens = new Set(catalog.placeholders.map((p) => p.token));
  for (const item of items) {
    const pattern = patternFor(catalog, item.text);
    if (!pattern.tokens.length) continue;
    for (const segment of lines.flatMap(segments)) {
      const m = pattern.re.exec(segment);
      if (!m) continue;
      pattern.tokens.forEach((id, i) => {
        if (!tokens.has(m[i + 1])) values[id] ??= m[i + 1];
      });
      break;
    }
  }
  return values;
}

/** Items of the part at the level whose text the block shows. */
export function itemsShownIn(catalog: Catalog, part: SectionPart, levelId: LevelId, lines: string[]): string[] {
  return candidates(catalog, part, levelId)
    .filter((item) => {
      const { re } = patternFor(catalog, item.text);
      return lines.flatMap(segments).some((segment) => re.test(segment));
    })
    .map((item) => item.id);
}

/** Where an item's text can stand: a whole line, a table cell, a skill's description after its term. */
function segments(line: string): string[] {
  const term = line.indexOf(TERM_SEPARATOR);
  return [line, ...line.split('\t'), ...(term > 0 ? [line.slice(term + TERM_SEPARATOR.length)] : [])];
}

export function itemTexts(catalog: Catalog, part: SectionPart, levelId: LevelId, ids: string[]): ItemText[] {
  const wanted = new Set(ids);
  return candidates(catalog, part, levelId).filter((item) => wanted.has(item.id));
}
