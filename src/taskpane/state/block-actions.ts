/**
 * The "In this document" view's descriptions, kept out of the component: how a listed block or job
 * description is described. Re-levelling, refreshing and removing them is src/workflows/blocks.ts.
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
