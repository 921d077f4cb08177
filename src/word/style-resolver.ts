/**
 * Which style setting each inserted paragraph, run and table gets, with a fallback (and a warning)
 * for a style the document turned out not to have, so Word never fails half-way on an unknown name.
 */
import { warning, type Message } from '../messages';
import type { InsertPlan, StyleRef } from '../render/commands';
import { styleSetting, type StyleSetting } from './word-styles';

export type StyledThing = 'paragraph' | 'character' | 'table';

/**
 * Every style the plan names, by local name: one set by name must exist; a built-in found under its
 * local name is set by that name too (see createStyleResolver).
 */
export function styleNamesToCheck(plan: InsertPlan, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  const add = (ref: StyleRef | null | undefined) => {
    if (!ref) return;
    const setting = styleSetting(ref, known);
    names.add('style' in setting ? setting.style : ref.localName);
  };
  for (const section of plan.sections) {
    for (const item of section.content) {
      if (item.kind === 'paragraph') {
        add(item.style);
        item.runs.forEach((r) => add(r.characterStyle));
      } else {
        [item.style, item.headerStyle, item.bodyStyle].forEach(add);
      }
    }
  }
  return [...names];
}

export interface StyleResolver {
  /** undefined: leave Word's own formatting (a missing character or table style). */
  resolve(ref: StyleRef | null | undefined, thing: StyledThing): StyleSetting | undefined;
  /** The document lacks the style (resolve falls back). */
  missing(ref: StyleRef): boolean;
  messages: Message[];
}

/** A style the plan names that the document turned out not to have (every adapter says it this way). */
export function missingStyleMessage(name: string, thing: StyledThing): Message {
  const instead = thing === 'paragraph' ? 'Normal was used instead' : 'it was left out';
  return warning('style-missing', `The style "${name}" is not in this document, so ${instead}.`);
}

const BODY_FALLBACK: StyleSetting = { styleBuiltIn: 'Normal' };

/**
 * @param missing names checked with getStyles and not found.
 * @param present names checked and found. A built-in found under its local name is set by that name:
 * styleBuiltIn fails on some inserted paragraphs (office-js#1656), and Heading 1 set by styleBuiltIn on a
 * new paragraph may look like a heading without being one (Office-Add-in-samples#223). Unchecked
 * built-ins (hosts without getStyles) keep styleBuiltIn, which works in every language.
 */
export function createStyleResolver(
  known: ReadonlySet<string>,
  missing: ReadonlySet<string>,
  present: ReadonlySet<string> = new Set(),
): StyleResolver {
  const messages: Message[] = [];
  const warned = new Set<string>();
  const lacks = (ref: StyleRef) => {
    const setting = styleSetting(ref, known);
    return 'style' in setting && missing.has(setting.style);
  };
  return {
    messages,
    missing: lacks,
    resolve(ref, thing) {
      if (!ref) return undefined;
      const setting = styleSetting(ref, known);
      if (!('style' in setting)) return present.has(ref.localName) ? { style: ref.localName } : setting;
      if (!missing.has(setting.style)) return setting;
      if (!warned.has(setting.style)) {
        warned.add(setting.style);
        messages.push(missingStyleMessage(setting.style, thing));
      }
      return thing === 'paragraph' ? BODY_FALLBACK : undefined;
    },
  };
}
