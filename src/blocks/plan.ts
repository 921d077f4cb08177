/**
 * Re-level and refresh a block already in a document: which items it holds (from its tag), which items it
 * should hold, and the new Section (composed exactly as an insertion would compose it), with the line diff
 * against the block's current text so the user sees what changes before anything is written.
 *
 * Re-levelling maps the block's items to the new level this way (per competency):
 * - a block that held every responsibility of the competency at its level gets every responsibility at
 *   the new level (the common case: a whole competency was inserted);
 * - otherwise each held responsibility is carried over to its counterpart at the new level: the item with
 *   the same id apart from the level ("process.entry.x" -> "process.mid-career.x") or the same text;
 *   responsibilities without a counterpart are left out and named in a message; when none has one, the
 *   block gets every responsibility at the new level, and a message says so.
 * Qualifications work the same way (all at the old level -> all at the new one; otherwise those valid at
 * the new level). Skills and the summary do not depend on the level: they keep their items.
 * The part heading and the essentiality labels are kept as the block shows them.
 */
import { sameItem } from '../catalog/counterparts';
import { findResponsibility } from '../catalog/query';
import type { Catalog, LevelId } from '../catalog/types';
import type { Section, SectionPart } from '../compose/blocks';
import { CHECKLIST_TITLE, composeChecklist, composeComparison, composeMatrix } from '../compose/tables';
import { compose } from '../compose/compose';
import { withoutPartHeading } from '../compose/part-heading';
import { DEFAULT_COMPOSE_OPTIONS, type ComposeOptions, type Selection } from '../compose/selection';
import { error, info, warning, type Message } from '../messages';
import { resolveSectionItems } from '../render/section-tag';
import { canonicalText, sectionLines, TERM_SEPARATOR } from '../render/section-text';
import { detectEdits, type BlockText, type EditState } from './edits';
import { itemsShownIn, itemTexts, placeholderValuesIn } from './recover';
import { diffLines, type LineChange } from './line-diff';

export interface RebuildOptions {
  /** Values for placeholders such as "[insert work setting]"; unfilled ones stay visible, as on insertion. */
  placeholderValues?: Record<string, string>;
  /** Re-level only: 'all' takes every item of the new level instead of mapping the block's items. */
  items?: 'auto' | 'all';
}

export interface BlockPlan {
  section: Section;
  /** The block's current lines against the new ones ('same' lines included, in order). */
  changes: LineChange[];
  /** Whether the block holds text the user typed (then applying needs confirmation). */
  edits: EditState;
  messages: Message[];
}

export type PlanResult = { ok: true; plan: BlockPlan } | { ok: false; message: Message };

/** The tables made from the whole catalog (the checklist is made from picks, like a competency). */
type WholeCatalogPart = 'matrix' | 'comparison';
type JobDescriptionPart = Exclude<SectionPart, WholeCatalogPart | 'checklist'>;
const isWholeCatalog = (part: SectionPart): part is WholeCatalogPart => part === 'matrix' || part === 'comparison';

const HEADING_KEY: Record<JobDescriptionPart, keyof ComposeOptions['headings']> = {
  summary: 'summary',
  qualifications: 'qualifications',
  competency: 'competencies',
  skills: 'skills',
};

export function planRelevel(
  catalog: Catalog,
  block: BlockText,
  newLevelId: LevelId,
  options: RebuildOptions = {},
): PlanResult {
  const fromCatalog = checkCatalog(catalog, block);
  if (fromCatalog) return fromCatalog;
  if (isWholeCatalog(block.tag.part)) {
    return failed(
      'not-levelled',
      block.tag.part === 'matrix'
        ? 'The matrix shows every level; there is no level to change. Refresh it to bring it up to date.'
        : 'A comparison is between two levels; insert a new comparison for other levels.',
    );
  }
  const level = catalog.levels.find((l) => l.id === newLevelId);
  if (!level) {
    return failed(
      'unknown-level',
      `The catalog has no level "${newLevelId}". Levels: ${catalog.levels.map((l) => l.id).join(', ')}.`,
    );
  }
  const oldLevelId = block.tag.levelId;
  const { itemIds, messages } = heldItems(catalog, block);
  const all = options.items === 'all';
  let ids: string[];
  switch (block.tag.part) {
    case 'competency':
    case 'checklist':
      ids = relevelResponsibilities(catalog, block, itemIds, level.id, all, messages);
      break;
    case 'qualifications': {
      const atOld = catalog.qualifications.filter((q) => q.levels.includes(oldLevelId));
      const atNew = catalog.qualifications.filter((q) => q.levels.includes(level.id));
      const held = new Set(itemIds);
      const whole = all || (atOld.length > 0 && atOld.every((q) => held.has(q.id)));
      ids = (whole ? atNew : atNew.filter((q) => held.has(q.id))).map((q) => q.id);
      const dropped = whole ? [] : itemIds.filter((id) => !ids.includes(id));
      if (dropped.length) messages.push(notAtLevel(dropped.length, 'qualification', level.name));
      if (!ids.length && atNew.length) {
        ids = atNew.map((q) => q.id);
        messages.push(info('relevel-all', `The block now lists every qualification at ${level.name}.`));
      }
      break;
    }
    default:
      ids = itemIds;
  }
  return plan(catalog, block, level.id, ids, withFilledValues(catalog, block, itemIds, options), messages);
}

export function planRefresh(catalog: Catalog, block: BlockText, options: RebuildOptions = {}): PlanResult {
  const fromCatalog = checkCatalog(catalog, block);
  if (fromCatalog) return fromCatalog;
  const levelId = block.tag.levelId;
  if (!catalog.levels.some((l) => l.id === levelId)) {
    return failed(
      'unknown-level',
      `The catalog no longer has the block's level "${levelId}"; re-level the block instead.`,
    );
  }
  const { itemIds, messages } = heldItems(catalog, block);
  // A table of the whole catalog is made again from it, whatever it held.
  if (isWholeCatalog(block.tag.part)) return plan(catalog, block, levelId, itemIds, options, messages);
  // An item moved to another level or competency is no longer this block's.
  const ids =
    block.tag.part === 'competency' || block.tag.part === 'checklist'
      ? itemIds.filter((id) => {
          const ref = findResponsibility(catalog, id);
          return ref?.levelId === levelId && (!block.tag.competencyId || ref.competency.id === block.tag.competencyId);
        })
      : block.tag.part === 'qualifications'
        ? itemIds.filter((id) => catalog.qualifications.some((q) => q.id === id && q.levels.includes(levelId)))
        : itemIds;
  if (ids.length < itemIds.length) messages.push(notAtLevel(itemIds.length - ids.length, 'item', levelId));
  return plan(catalog, block, levelId, ids, withFilledValues(catalog, block, itemIds, options), messages);
}

/** The block's items: its tag's, and when the tag was cut short, those its text still shows. */
function heldItems(catalog: Catalog, block: BlockText): { itemIds: string[]; messages: Message[] } {
  const { itemIds, missing } = resolveSectionItems(catalog, block.tag);
  const messages = missingMessages(missing);
  if (!block.tag.truncated) return { itemIds, messages };
  const listed = new Set(itemIds);
  const shown = itemsShownIn(catalog, block.tag.part, block.tag.levelId, block.text.split('\n'));
  return { itemIds: [...itemIds, ...shown.filter((id) => !listed.has(id))], messages };
}

/** Placeholder values the user filled in at insertion, as the block shows them, unless given anew. */
function withFilledValues(catalog: Catalog, block: BlockText, ids: string[], options: RebuildOptions): RebuildOptions {
  const items = itemTexts(catalog, block.tag.part, block.tag.levelId, ids);
  const shown = placeholderValuesIn(catalog, block.text.split('\n'), items);
  return { ...options, placeholderValues: { ...shown, ...options.placeholderValues } };
}

function plan(
  catalog: Catalog,
  block: BlockText,
  levelId: LevelId,
  ids: string[],
  options: RebuildOptions,
  messages: Message[],
): PlanResult {
  if (!ids.length && !isWholeCatalog(block.tag.part)) {
    return failed(
      'nothing-left',
      "None of the block's items is in the catalog at this level any more, so there is nothing to rebuild it with. Remove the block instead.",
    );
  }
  const composed = composeSection(catalog, block, levelId, ids, options);
  if (!composed) return failed('nothing-left', 'The catalog gives nothing to rebuild this block with.');
  // A rebuilt section stays part of the job description it belongs to.
  const { jobId } = block.tag;
  const section = jobId ? { ...composed, tag: { ...composed.tag, jobId } } : composed;
  const before = block.text ? block.text.split('\n') : [];
  const after = canonicalText(sectionLines(section.blocks)).split('\n');
  return { ok: true, plan: { section, changes: diffLines(before, after), edits: detectEdits(block), messages } };
}

/** The block's items composed at the level, with the block's own heading (or none) and essentiality labels. */
function composeSection(
  catalog: Catalog,
  block: BlockText,
  levelId: LevelId,
  ids: string[],
  options: RebuildOptions,
): Section | undefined {
  const { part, competencyId } = block.tag;
  const lines = block.text.split('\n');
  if (isWholeCatalog(part) || part === 'checklist') return composeTable(catalog, block, levelId, ids, options);
  const competency = competencyId ? catalog.competencies.find((c) => c.id === competencyId) : undefined;
  const includeEssentiality = showsEssentiality(catalog, lines);
  const composePart = (level: LevelId, itemIds: string[], heading?: string) => {
    const selection: Selection = {
      catalogId: catalog.id,
      levelId: level,
      includeSummary: part === 'summary',
      qualificationIds: part === 'qualifications' ? itemIds : [],
      responsibilityIds: part === 'competency' ? itemIds : [],
      skillIds: part === 'skills' ? itemIds : [],
      placeholderValues: options.placeholderValues ?? {},
      options: {
        includeEssentiality,
        competencyLayout: part === 'competency' && !competencyId ? 'combined' : 'per-competency',
        headings: { ...DEFAULT_COMPOSE_OPTIONS.headings, ...(heading ? { [HEADING_KEY[part]]: heading } : {}) },
      },
    };
    return compose(catalog, selection).value.sections.find((s) => s.tag.part === part);
  };
  // A per-competency block opens with the part heading only when it was the first competency inserted; any
  // block opens without it when insert left it out under the document's own heading (compose/part-heading.ts):
  // then its first line is its first item's, as composed from what it holds.
  const asInserted = competency ? undefined : composePart(block.tag.levelId, heldItems(catalog, block).itemIds);
  const firstItemLine = asInserted && canonicalText(sectionLines(withoutPartHeading(asInserted).blocks)).split('\n')[0];
  const partHeading = !!lines[0] && (competency ? !lines[0].startsWith(competency.title) : lines[0] !== firstItemLine);
  const section = composePart(levelId, ids, partHeading ? lines[0] : undefined);
  return section && !partHeading ? withoutPartHeading(section) : section;
}

/** A table block made again as an insertion makes it; a checklist keeps the job title its heading shows. */
function composeTable(
  catalog: Catalog,
  block: BlockText,
  levelId: LevelId,
  ids: string[],
  options: RebuildOptions,
): Section | undefined {
  const { tag } = block;
  if (tag.part === 'matrix') return composeMatrix(catalog, levelId).sections[0];
  if (tag.part === 'comparison')
    return composeComparison(catalog, tag.fromLevelId ?? levelId, levelId).value.sections[0];
  const selection: Selection = {
    catalogId: catalog.id,
    levelId,
    qualificationIds: [],
    responsibilityIds: ids,
    skillIds: [],
    placeholderValues: options.placeholderValues ?? {},
    options: DEFAULT_COMPOSE_OPTIONS,
  };
  const oldLevel = catalog.levels.find((l) => l.id === tag.levelId);
  return composeChecklist(catalog, selection, {
    jobTitle: checklistJobTitle(block.text.split('\n')[0], oldLevel?.name),
  }).value.sections[0];
}

/** "Competency Checklist: Credentialing Specialist: Entry Level" -> "Credentialing Specialist". */
function checklistJobTitle(heading: string | undefined, levelName: string | undefined): string | undefined {
  const parts = (heading ?? '').split(': ');
  if (parts[0] !== CHECKLIST_TITLE) return undefined;
  const middle = parts.slice(1, levelName && parts[parts.length - 1] === levelName ? -1 : undefined);
  return middle.join(': ') || undefined;
}

/** The block shows ratings after its competency titles or skill names ("Title (Very Essential)"). */
function showsEssentiality(catalog: Catalog, lines: string[]): boolean {
  const labels = [
    ...new Set([...catalog.ratingLegend.map((e) => e.label), 'Very Essential', 'Essential', 'Somewhat Essential']),
  ];
  const labelled = new Set<string>();
  for (const label of labels) {
    for (const c of catalog.competencies) labelled.add(`${c.title} (${label})`);
    for (const s of catalog.skills) labelled.add(`${s.name} (${label})${TERM_SEPARATOR.trimEnd()}`);
  }
  return lines.some((line) => labelled.has(line) || labelled.has(line.slice(0, line.indexOf(TERM_SEPARATOR) + 1)));
}

function relevelResponsibilities(
  catalog: Catalog,
  block: BlockText,
  heldIds: string[],
  levelId: LevelId,
  all: boolean,
  messages: Message[],
): string[] {
  const oldLevelId = block.tag.levelId;
  const held = heldIds.map((id) => findResponsibility(catalog, id)).filter((r) => r !== undefined);
  const competencies = catalog.competencies.filter(
    (c) => c.id === block.tag.competencyId || held.some((h) => h.competency.id === c.id),
  );
  const ids: string[] = [];
  for (const competency of competencies) {
    const atNew = competency.levels[levelId]?.responsibilities ?? [];
    if (!atNew.length) {
      messages.push(
        warning('competency-not-at-level', `"${competency.title}" has no responsibilities at level "${levelId}".`),
      );
      continue;
    }
    const mine = held.filter((h) => h.competency.id === competency.id).map((h) => h.responsibility);
    const atOld = competency.levels[oldLevelId]?.responsibilities ?? [];
    const whole = all || !mine.length || atOld.every((r) => mine.some((m) => m.id === r.id));
    if (whole) {
      ids.push(...atNew.map((r) => r.id));
      continue;
    }
    const matched = atNew.filter((r) => mine.some((m) => sameItem(m, r, oldLevelId, levelId)));
    const unmatched = mine.filter((m) => !atNew.some((r) => sameItem(m, r, oldLevelId, levelId)));
    if (unmatched.length) messages.push(notAtLevel(unmatched.length, 'responsibility', levelId, competency.title));
    if (matched.length) ids.push(...matched.map((r) => r.id));
    else {
      ids.push(...atNew.map((r) => r.id));
      messages.push(
        info(
          'relevel-all',
          `None of the block's responsibilities in "${competency.title}" has a counterpart at level "${levelId}", so it now lists all of them.`,
        ),
      );
    }
  }
  return ids;
}

function checkCatalog(catalog: Catalog, block: BlockText): { ok: false; message: Message } | undefined {
  if (block.tag.catalogId === catalog.id) return undefined;
  return failed(
    'catalog-mismatch',
    `The block comes from the catalog "${block.tag.catalogId}", but "${catalog.id}" is loaded; load that catalog to change the block.`,
  );
}

function missingMessages(missing: number): Message[] {
  return missing
    ? [
        warning(
          'items-no-longer-in-catalog',
          `${missing} item${missing === 1 ? ' is' : 's are'} no longer in the catalog and will be left out.`,
        ),
      ]
    : [];
}

function notAtLevel(count: number, what: string, level: string, competency?: string): Message {
  const plural = what.endsWith('y') ? `${what.slice(0, -1)}ies` : `${what}s`;
  return warning(
    'item-not-at-level',
    `${count} ${count === 1 ? what : plural}${competency ? ` of "${competency}"` : ''} ${count === 1 ? 'has' : 'have'} no counterpart at level "${level}" and will be left out.`,
  );
}

function failed(code: string, text: string): { ok: false; message: Message } {
  return { ok: false, message: error(code, text) };
}
