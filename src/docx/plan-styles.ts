/**
 * A plan's style references checked against the .docx's own styles, as Word checks them before inserting:
 * a style the document has is used by its id; a built-in it lacks is added with Word's standard definition;
 * any other missing style falls back (paragraphs to the document's Normal, runs and tables to no style) with
 * the same warning Word's adapter gives. Pure.
 */
import { addableBuiltIn } from '../house-style/detect';
import { indexSheet } from '../house-style/sheet-index';
import type { StyleDef, StyleSheet } from '../house-style/types';
import type { Message } from '../messages';
import type { ContentCommand, InsertPlan, StyleRef } from '../render/commands';
import { missingStyleMessage, type StyledThing } from '../word/style-resolver';

export interface ResolvedPlan {
  plan: InsertPlan;
  /** Built-ins to add to styles.xml before the plan's XML refers to them. */
  added: StyleDef[];
  messages: Message[];
}

export function resolvePlanStyles(plan: InsertPlan, sheet: StyleSheet): ResolvedPlan {
  const byId = new Map(sheet.styles.map((s) => [s.id, s]));
  const index = indexSheet(sheet);
  const normal = sheet.styles.find((s) => s.type === 'paragraph' && s.isDefault) ?? byId.get('Normal');
  const added = new Map<string, StyleDef>();
  const messages: Message[] = [];
  const warned = new Set<string>();

  const resolve = (ref: StyleRef, thing: StyledThing): StyleRef | undefined => {
    if (byId.has(ref.id) || added.has(ref.id)) return ref;
    const own = ref.builtInKey ? sheet.styles.find((s) => s.builtInKey === ref.builtInKey) : undefined;
    if (own) return { id: own.id, localName: own.localName, builtInKey: ref.builtInKey, numbered: own.hasNumbering };
    // Added as detection would add it: based on the document's own Normal, under an id no style uses.
    const standard = ref.builtInKey ? addableBuiltIn(ref.builtInKey, index) : undefined;
    if (standard) {
      added.set(standard.id, standard);
      return {
        id: standard.id,
        localName: standard.localName,
        builtInKey: ref.builtInKey,
        numbered: standard.hasNumbering,
      };
    }
    if (!warned.has(ref.localName)) {
      warned.add(ref.localName);
      messages.push(missingStyleMessage(ref.localName, thing));
    }
    return thing === 'paragraph' && normal ? { id: normal.id, localName: normal.localName } : undefined;
  };
  // A paragraph style that cannot be resolved at all is left to the document's default (no w:pStyle).
  const paragraphStyle = (ref: StyleRef) => resolve(ref, 'paragraph') ?? { id: '', localName: '' };

  const content = (c: ContentCommand): ContentCommand => {
    if (c.kind === 'paragraph') {
      const style = paragraphStyle(c.style);
      // A bullet style that could not be had: the bullet is ours to make, as in Word.
      const lostNumbering = c.style.numbered === true && !style.numbered;
      return {
        ...c,
        style,
        ...(lostNumbering ? { bullet: true } : {}),
        runs: c.runs.map((r) => {
          const characterStyle = r.characterStyle && resolve(r.characterStyle, 'character');
          const { characterStyle: _dropped, ...run } = r;
          return characterStyle ? { ...run, characterStyle } : run;
        }),
      };
    }
    return {
      ...c,
      style: c.style ? (resolve(c.style, 'table') ?? null) : null,
      headerStyle: paragraphStyle(c.headerStyle),
      bodyStyle: paragraphStyle(c.bodyStyle),
    };
  };

  return {
    plan: { sections: plan.sections.map((s) => ({ ...s, content: s.content.map(content) })) },
    added: [...added.values()],
    messages,
  };
}
