/**
 * Which style setting each inserted paragraph, run and table gets, with a fallback (and a warning)
 * for a style the document turned out not to have, so Word never fails half-way on an unknown name.
 */
import { warning, type Message } from '../messages';
import type { InsertPlan, StyleRef } from '../render/commands';
import { styleSetting, type StyleSetting } from './word-styles';

export type StyledThing = 'paragraph' | 'character' | 'table';

/** Every style the plan sets by local name (built-ins with a Word enum value need no check). */
export function styleNamesToCheck(plan: InsertPlan, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  const add = (ref: StyleRef | null | undefined) => {
    if (!ref) return;
    const setting = styleSetting(ref, known);
    if ('style' in setting) names.add(setting.style);
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

export function createStyleResolver(known: ReadonlySet<string>, missing: ReadonlySet<string>): StyleResolver {
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
      if (!('style' in setting) || !missing.has(setting.style)) return setting;
      if (!warned.has(setting.style)) {
        warned.add(setting.style);
        messages.push(missingStyleMessage(setting.style, thing));
      }
      return thing === 'paragraph' ? BODY_FALLBACK : undefined;
    },
  };
}
