/**
 * The "In this document" view's decisions, kept out of the component: how a listed block is described,
 * the plan for re-levelling or refreshing it (with the section Word receives), and what a confirmation
 * must show before the user's own text in a block is overwritten or removed.
 */
import type { LineChange } from '../../blocks/line-diff';
import { planRefresh, planRelevel } from '../../blocks/plan';
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

export interface ReadyChange {
  section: SectionCommand;
  changes: LineChange[];
  messages: Message[];
}

export type ReadyResult = { ok: true; value: ReadyChange } | { ok: false; message: string };

/** The rebuilt block, rendered in the document's house style, and its line diff against what the block shows. */
export function prepareChange(
  catalog: Catalog,
  block: ListedBlock,
  change: BlockChange,
  styleMap: StyleMap,
): ReadyResult {
  const planned = change.kind === 'relevel' ? planRelevel(catalog, block, change.levelId) : planRefresh(catalog, block);
  if (!planned.ok) return { ok: false, message: planned.message.text };
  const { plan } = planned;
  const section = renderCommands({ sections: [plan.section] }, styleMap).sections[0];
  return { ok: true, value: { section, changes: plan.changes, messages: plan.messages } };
}

/** True when applying would change nothing the block shows. */
export function unchangedText(changes: readonly LineChange[]): boolean {
  return changes.every((c) => c.kind === 'same');
}

/** Removing a block takes away every line it shows. */
export function linesLostByRemoval(block: ListedBlock): string[] {
  return block.text.split('\n').filter((line) => line.trim() !== '');
}
