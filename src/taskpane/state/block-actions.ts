/**
 * How the "In this document" view describes a listed block (the changes themselves are src/workflows/blocks.ts).
 */
import type { Catalog } from '../../catalog/types';
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
