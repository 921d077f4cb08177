/**
 * The "In this document" view's decisions, kept out of the component: how a listed block or job description
 * is described, the plan for re-levelling or refreshing it (with the sections Word receives), and what a
 * confirmation must show before the user's own text in a block is overwritten or removed.
 */
import type { LineChange } from '../../blocks/line-diff';
import { planJob } from '../../blocks/jobs';
import type { Catalog } from '../../catalog/types';
import type { StyleMap } from '../../house-style/types';
import type { Message } from '../../messages';
import type { SectionCommand } from '../../render/commands';
import { renderCommands } from '../../render/render-commands';
import { resolveSectionItems } from '../../render/section-tag';
import type { ListedBlock } from '../../word/port';

export interface BlockDescription {
  title: string;
  /** The level's name, or its id when the catalog is not loaded. */
  levelName: string;
  catalogVersion: string;
  /** The loaded catalog's version when it differs from the one the block came from (a refresh may change it). */
  newerCatalogVersion?: string;
  itemCount: number;
  /** The block holds text the user typed, or cannot be vouched for (older tags). */
  edited: boolean;
  /** The catalog the block came from, when it is one the pane has; without it only Go to and Remove work. */
  catalog?: Catalog;
}

export function describeBlock(block: ListedBlock, catalogs: readonly Catalog[]): BlockDescription {
  const catalog = catalogs.find((c) => c.id === block.tag.catalogId);
  const level = catalog?.levels.find((l) => l.id === block.tag.levelId);
  const itemCount = catalog
    ? resolveSectionItems(catalog, block.tag).itemIds.length
    : (block.tag.itemKeys?.length ?? block.tag.itemIds.length);
  return {
    title: block.title,
    levelName: level?.name ?? block.tag.levelId,
    catalogVersion: block.tag.catalogVersion,
    ...(catalog && catalog.version !== block.tag.catalogVersion ? { newerCatalogVersion: catalog.version } : {}),
    itemCount,
    edited: block.edits !== 'unchanged',
    catalog,
  };
}

export type BlockChange = { kind: 'relevel'; levelId: string } | { kind: 'refresh' };

/** A block's change ready for Word, with what the review shows. */
export interface ReadySection {
  block: ListedBlock;
  /** The rebuilt section in the document's house style; absent when the block is removed. */
  section?: SectionCommand;
  /** The block's lines against the new ones (every line removed, for a removal). */
  changes: LineChange[];
  messages: Message[];
}

export type ReadyJobResult =
  { ok: true; value: ReadySection[] } | { ok: false; problems: { block: ListedBlock; text: string }[] };

/**
 * Every section rebuilt and rendered in the house style, with its line diff against what it shows now,
 * or the sections that cannot be rebuilt (then none is). One block is a job description of one.
 */
export function prepareJobChange(
  catalog: Catalog,
  blocks: readonly ListedBlock[],
  change: BlockChange,
  styleMap: StyleMap,
): ReadyJobResult {
  const planned = planJob(catalog, blocks, change);
  if (!planned.ok) return { ok: false, problems: planned.problems };
  const rendered = renderCommands({ sections: planned.sections.map((s) => s.plan.section) }, styleMap).sections;
  return {
    ok: true,
    value: planned.sections.map(({ block, plan }, i) => ({
      block,
      section: rendered[i],
      changes: plan.changes,
      messages: plan.messages,
    })),
  };
}

/** Removing a block, as a review shows it: every line goes. */
export function removalOf(block: ListedBlock): ReadySection {
  return { block, changes: linesLostByRemoval(block).map((old) => ({ kind: 'removed', old })), messages: [] };
}

export interface JobSummary {
  /** Level names (one unless sections were re-levelled one by one). */
  levelNames: string[];
  catalogVersions: string[];
  newerCatalogVersion?: string;
  sectionCount: number;
  editedCount: number;
  /** The catalog the sections came from when the pane has it (and they all came from one). */
  catalog?: Catalog;
}

export function describeJob(blocks: readonly ListedBlock[], catalogs: readonly Catalog[]): JobSummary {
  const described = blocks.map((b) => describeBlock(b, catalogs));
  const unique = <T>(values: T[]) => [...new Set(values)];
  const catalogIds = unique(blocks.map((b) => b.tag.catalogId));
  const catalog = catalogIds.length === 1 ? described[0].catalog : undefined;
  const newer = unique(described.flatMap((d) => (d.newerCatalogVersion ? [d.newerCatalogVersion] : [])));
  return {
    levelNames: unique(described.map((d) => d.levelName)),
    catalogVersions: unique(described.map((d) => d.catalogVersion)),
    ...(newer.length ? { newerCatalogVersion: newer[0] } : {}),
    sectionCount: blocks.length,
    editedCount: described.filter((d) => d.edited).length,
    catalog,
  };
}

/** True when applying would change nothing the block shows. */
export function unchangedText(changes: readonly LineChange[]): boolean {
  return changes.every((c) => c.kind === 'same');
}

/** Removing a block takes away every line it shows. */
export function linesLostByRemoval(block: ListedBlock): string[] {
  return block.text.split('\n').filter((line) => line.trim() !== '');
}
