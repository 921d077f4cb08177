/**
 * Re-level, refresh and remove a block already in the document, for every host: the rebuilt section is
 * composed by src/blocks/plan.ts and rendered in the house style chosen for the document (houseStyle, the
 * same choice as for an insertion), with the line diff the user sees before anything is written. The port
 * refuses an edited block (blockChangeRefusal) unless the user confirmed.
 */
import type { LineChange } from '../blocks/line-diff';
import { planRefresh, planRelevel, type RebuildOptions } from '../blocks/plan';
import type { Catalog } from '../catalog/types';
import type { StyleMapping } from '../house-style/types';
import type { Message } from '../messages';
import type { SectionCommand } from '../render/commands';
import { renderCommands } from '../render/render-commands';
import type { BlockReport, DocumentPort, ListedBlock, PortResult, WordError } from '../word/port';
import { houseStyle } from './house-style';

export type BlockChange = { kind: 'relevel'; levelId: string } | { kind: 'refresh' };

export interface ReadyChange {
  section: SectionCommand;
  /** The block's current lines against the new ones. */
  changes: LineChange[];
  messages: Message[];
}

export type ReadyResult = { ok: true; value: ReadyChange } | { ok: false; message: string };

export const NO_BLOCKS: WordError = {
  code: 'block-not-found',
  message: 'This document cannot list job-description blocks.',
  advice: 'Open it in Word or with the jd-builder command line tool.',
};

/** The blocks in the document, each with its edit state. */
export async function listBlocks(port: DocumentPort): Promise<PortResult<ListedBlock[]>> {
  return port.listBlocks ? port.listBlocks() : { ok: false, error: NO_BLOCKS };
}

/** The rebuilt block in the document's house style, and its line diff against what the block shows. */
export async function prepareChange(
  port: DocumentPort,
  catalog: Catalog,
  block: ListedBlock,
  change: BlockChange,
  mapping: StyleMapping,
  options: RebuildOptions = {},
): Promise<ReadyResult> {
  const planned =
    change.kind === 'relevel'
      ? planRelevel(catalog, block, change.levelId, options)
      : planRefresh(catalog, block, options);
  if (!planned.ok) return { ok: false, message: planned.message.text };
  const read = await port.readDocument();
  if (!read.ok) return { ok: false, message: `${read.error.message} ${read.error.advice}` };
  const styles = houseStyle(read.value, mapping);
  const { plan } = planned;
  const section = renderCommands({ sections: [plan.section] }, styles.value).sections[0];
  return { ok: true, value: { section, changes: plan.changes, messages: [...styles.messages, ...plan.messages] } };
}

/** Writes a prepared change; an edited block is refused unless overwriteEdits. */
export async function applyChange(
  port: DocumentPort,
  block: ListedBlock,
  ready: ReadyChange,
  overwriteEdits: boolean,
): Promise<PortResult<BlockReport>> {
  if (!port.replaceBlock) return { ok: false, error: NO_BLOCKS };
  return port.replaceBlock(block.id, ready.section, { overwriteEdits });
}

export async function removeBlock(
  port: DocumentPort,
  block: ListedBlock,
  overwriteEdits: boolean,
): Promise<PortResult<void>> {
  if (!port.removeBlock) return { ok: false, error: NO_BLOCKS };
  return port.removeBlock(block.id, { overwriteEdits });
}

/** True when applying would change nothing the block shows. */
export function unchangedText(changes: readonly LineChange[]): boolean {
  return changes.every((c) => c.kind === 'same');
}

/** Removing a block takes away every line it shows. */
export function linesLostByRemoval(block: ListedBlock): string[] {
  return block.text.split('\n').filter((line) => line.trim() !== '');
}
