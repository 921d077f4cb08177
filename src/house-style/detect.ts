/**
 * Which of the document's styles serves each role. Detection reads the document itself (the
 * heading above the cursor, the style its bullets and body text use, its table style); an explicit
 * mapping overrides it; where the document has nothing suitable, Word's built-ins are used, by the
 * document's own (possibly localized) id when it defines them, else added with their standard
 * definition. A style the document lacks is never referenced.
 */
import type { Role } from '../compose/blocks';
import { info, warning, type Message, type WithMessages } from '../messages';
import { standardBuiltIn } from './builtins';
import { indexSheet, ROLE_LABELS, styleTypeForRole, type SheetIndex } from './sheet-index';
import type {
  DocumentContext,
  ParagraphInfo,
  StyleChoice,
  StyleDef,
  StyleMap,
  StyleMapping,
  StyleSheet,
} from './types';

/** Section headings default to Heading 2 when no heading precedes the cursor. */
const DEFAULT_SECTION_LEVEL = 2;

/** The roles that copy the hand formatting of the document's own paragraphs (skill descriptions follow the responsibilities). */
export const HAND_FORMATTED_ROLES: readonly Role[] = ['sectionHeading', 'competencyHeading', 'responsibility', 'body'];

export interface DetectOptions {
  /** Roles whose inserted paragraphs take their style alone, not the hand formatting of the document's own. */
  styleOnly?: readonly Role[];
}

export function detectStyleMap(
  sheet: StyleSheet,
  context: DocumentContext,
  mapping: StyleMapping = {},
  options: DetectOptions = {},
): WithMessages<StyleMap> {
  const index = indexSheet(sheet);
  const messages: Message[] = [];
  const added = new Set<string>();

  const builtIn = (key: string): StyleChoice => {
    const own = index.byBuiltInKey(key);
    if (own) return { style: own, source: 'built-in' };
    const standard = addableBuiltIn(key, index);
    if (!standard) return { style: null, source: 'fallback' };
    if (!added.has(standard.id)) {
      added.add(standard.id);
      messages.push(
        info('style-added', `This document has no "${standard.localName}" style; Word's standard one will be added.`),
      );
    }
    return { style: standard, source: 'built-in', missingFromDocument: true };
  };

  // A custom style derived from the built-in is the house's version of it, in use yet or not.
  const houseOrBuiltIn = (key: string): StyleChoice => {
    const own = index.derivedFrom(key);
    return own ? { style: own, source: 'detected' } : builtIn(key);
  };

  const mapped = (role: Role): StyleChoice | undefined => {
    const ref = mapping[role]?.trim();
    if (!ref) return undefined;
    const style = index.find(ref);
    const type = styleTypeForRole(role);
    if (style && style.type === type) return { style, source: 'mapping' };
    messages.push(
      style
        ? warning(
            'style-wrong-type',
            `"${ref}" is a ${style.type} style and cannot be used for ${ROLE_LABELS[role]}; using the detected style instead.`,
          )
        : warning(
            'style-missing',
            `The style "${ref}" chosen for ${ROLE_LABELS[role]} is not in this document; using the detected style instead.`,
          ),
    );
    return undefined;
  };

  const paragraphs = resolveParagraphs(context, index);
  // Scanning outward from the cursor makes "nearest" win ties.
  const outward = [...paragraphs.above].reverse().concat(paragraphs.below);

  const nearestHeading = [...paragraphs.above].reverse().find((p) => p.level !== undefined);
  const sectionHeading =
    mapped('sectionHeading') ??
    (nearestHeading
      ? { style: nearestHeading.style, source: 'detected' as const }
      : houseOrBuiltIn(`heading ${DEFAULT_SECTION_LEVEL}`));

  const sectionLevel = headingLevel(sectionHeading.style, index) ?? nearestHeading?.level ?? DEFAULT_SECTION_LEVEL;
  const subLevel = Math.min(9, sectionLevel + 1);
  const subHeading = outward.find((p) => p.level === subLevel);
  const competencyHeading =
    mapped('competencyHeading') ??
    (subHeading ? { style: subHeading.style, source: 'detected' as const } : houseOrBuiltIn(`heading ${subLevel}`));

  const bulletStyle = mostUsed(
    outward.filter((p) => p.info.isListItem && !/^list number/.test(p.style.builtInKey ?? '')),
  );
  const responsibility =
    mapped('responsibility') ??
    (bulletStyle ? { style: bulletStyle, source: 'detected' as const } : houseOrBuiltIn('list bullet'));

  const bodyStyle = mostUsed(
    outward.filter(
      (p) =>
        !p.info.isListItem && p.level === undefined && p.info.text.trim() && !NOT_BODY.test(p.style.builtInKey ?? ''),
    ),
  );
  const documentDefault = index.defaultParagraph();
  const body =
    mapped('body') ??
    (bodyStyle
      ? { style: bodyStyle, source: 'detected' as const }
      : documentDefault
        ? { style: documentDefault, source: 'detected' as const }
        : builtIn('normal'));

  const tableStyle = mostUsed(
    context.tableStyles
      .map((ref) => index.find(ref))
      .filter((s): s is StyleDef => s?.type === 'table' && s.builtInKey !== 'normal table')
      .map((style) => ({ style })),
  );
  const table =
    mapped('table') ?? (tableStyle ? { style: tableStyle, source: 'detected' as const } : builtIn('table grid'));

  // Hand formatting: each role copies the nearest of the document's own paragraphs of that role.
  const model = modelFinder(paragraphs, options.styleOnly ?? [], messages);
  const responsibilityLook = model('responsibility', responsibility, (p) => p.info.isListItem);
  const value: StyleMap = {
    sectionHeading: model('sectionHeading', sectionHeading, (p) => p.level !== undefined),
    competencyHeading: model('competencyHeading', competencyHeading, (p) => p.level !== undefined),
    responsibility: responsibilityLook,
    // Skills read as a list like the responsibilities, so they share the bullet style by default.
    skillDescription: mapped('skillDescription') ?? derived(responsibilityLook),
    body: model('body', body, (p) => !p.info.isListItem && p.level === undefined),
    table,
    // Header cells: body style with bold runs (the renderer bolds them) unless the user picked a style.
    tableHeader: mapped('tableHeader') ?? derived(body),
    // Skill terms: direct bold unless the user picked a character style.
    skillTerm: mapped('skillTerm') ?? { style: null, source: 'fallback' },
  };
  return { value, messages };
}

/**
 * The choice for a role with the hand formatting of the document's own paragraph of that role nearest the
 * cursor (same style, same kind), when that paragraph has any; an info message says which paragraph it is.
 */
function modelFinder(
  paragraphs: { above: ResolvedParagraph[]; below: ResolvedParagraph[] },
  styleOnly: readonly Role[],
  messages: Message[],
) {
  const inOrder = [...paragraphs.above, ...paragraphs.below];
  const outward = [...paragraphs.above].reverse().concat(paragraphs.below);
  return (role: Role, choice: StyleChoice, kind: (p: ResolvedParagraph) => boolean): StyleChoice => {
    if (!choice.style || choice.missingFromDocument) return choice;
    const own = outward.find((p) => p.style.id === choice.style!.id && kind(p) && p.info.text.trim());
    if (!own?.info.formatting) return choice;
    const description = describeModel(role, own, inOrder);
    if (styleOnly.includes(role)) return { ...choice, modelLeftOut: description };
    messages.push(info('hand-formatting', `${capitalize(ROLE_LABELS[role])} are formatted like ${description}.`));
    return { ...choice, model: { formatting: own.info.formatting, description } };
  };
}

/** "the bullets under “Key duties”", "the heading “Summary”": the paragraph as the user would point at it. */
function describeModel(role: Role, p: ResolvedParagraph, inOrder: ResolvedParagraph[]): string {
  if (p.level !== undefined) return `the heading “${p.info.text.trim()}”`;
  const under = inOrder
    .slice(0, inOrder.indexOf(p))
    .reverse()
    .find((q) => q.level !== undefined);
  const what = role === 'responsibility' || p.info.isListItem ? 'the list items' : 'the text';
  return under ? `${what} under “${under.info.text.trim()}”` : `${what} “${p.info.text.trim().slice(0, 40)}”`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A built-in as it would be added to this document: based on the document's own Normal (or Normal
 * Table), and under an id no existing style uses, so nothing already there is redefined.
 */
export function addableBuiltIn(key: string, index: SheetIndex): StyleDef | undefined {
  const standard = standardBuiltIn(key);
  if (!standard) return undefined;
  let id = standard.id;
  for (let n = 2; index.hasId(id); n++) id = `${standard.id}${n}`;
  const parent =
    key === 'normal'
      ? undefined
      : standard.type === 'table'
        ? index.byBuiltInKey('normal table')
        : index.defaultParagraph();
  return { ...standard, id, ...(parent && parent.type === standard.type ? { basedOn: parent.id } : {}) };
}

/** A role that follows another role's choice: the user did not pick it, so it never shows as their mapping. */
function derived(choice: StyleChoice): StyleChoice {
  return choice.source === 'mapping' ? { ...choice, source: 'detected' } : choice;
}

/** Styles that carry text but are not the document's running body text. */
const NOT_BODY = /^(title|subtitle|toc .*|header|footer|caption|footnote text|endnote text)$/;

interface ResolvedParagraph {
  info: ParagraphInfo;
  style: StyleDef;
  level?: number;
}

function resolveParagraphs(context: DocumentContext, index: SheetIndex) {
  const resolve = (list: ParagraphInfo[]): ResolvedParagraph[] =>
    list.flatMap((p) => {
      const style = (p.builtInKey && index.byBuiltInKey(p.builtInKey)) || index.find(p.style);
      if (!style) return [];
      const level = p.outlineLevel ?? headingLevel(style, index) ?? headingLevelOfKey(p.builtInKey);
      return [{ info: p, style, ...(level !== undefined ? { level } : {}) }];
    });
  return { above: resolve(context.paragraphsAbove), below: resolve(context.paragraphsBelow) };
}

/** The heading level of a built-in heading style, or of a custom style derived from one. */
function headingLevel(style: StyleDef | null, index: SheetIndex): number | undefined {
  const seen = new Set<string>();
  for (let s = style ?? undefined; s && !seen.has(s.id); s = s.basedOn ? index.byId(s.basedOn) : undefined) {
    if (s.builtInKey) return headingLevelOfKey(s.builtInKey);
    seen.add(s.id);
  }
  return undefined;
}

function headingLevelOfKey(key: string | undefined): number | undefined {
  const m = key ? /^heading ([1-9])$/.exec(key) : null;
  return m ? Number(m[1]) : undefined;
}

/** The style used most often; ties go to the first in the list. */
function mostUsed(items: { style: StyleDef }[]): StyleDef | undefined {
  const counts = new Map<string, { style: StyleDef; n: number }>();
  for (const { style } of items) {
    const c = counts.get(style.id) ?? { style, n: 0 };
    c.n++;
    counts.set(style.id, c);
  }
  let best: { style: StyleDef; n: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.style;
}

/** The heading the cursor directly follows (empty paragraphs between them aside), if it follows one. */
export function headingBeforeCursor(context: DocumentContext): ParagraphInfo | undefined {
  const previous = [...context.paragraphsAbove].reverse().find((p) => p.text.trim() !== '');
  const isHeading =
    !!previous && (previous.outlineLevel !== undefined || headingLevelOfKey(previous.builtInKey) !== undefined);
  return isHeading ? previous : undefined;
}

/** The cursor directly follows a heading (empty paragraphs between them aside). */
export function followsHeading(context: DocumentContext): boolean {
  return headingBeforeCursor(context) !== undefined;
}

/**
 * The house numbers its duties (1, 2, 3) rather than bulleting them, as far as the pane can tell: the
 * responsibilities' style is one of Word's numbered list styles. (Word's API shows no style's list format.)
 */
export function dutiesNumbered(styles: StyleMap): boolean {
  return /^list number/.test(styles.responsibility.style?.builtInKey ?? '');
}
