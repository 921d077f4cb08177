/**
 * Re-level, refresh and remove a block already in the document, for every host: the rebuilt section is
 * composed by src/blocks/plan.ts and rendered in the house style chosen for the document (houseStyle, the
 * same choice as for an insertion), with the line diff the user sees before anything is written. The port
 * refuses an edited block (blockChangeRefusal) unless the user confirmed.
 */
import { planJob, type JobChange } from '../blocks/jobs';
import type { LineChange } from '../blocks/line-diff';
import { planRefresh, planRelevel, type RebuildOptions } from '../blocks/plan';
import type { Catalog } from '../catalog/types';
import type { StyleMap, StyleMapping } from '../house-style/types';
import type { Message, WithMessages } from '../messages';
import type { SectionCommand } from '../render/commands';
import { renderCommands } from '../render/render-commands';
import type { BlockReport, DocumentPort, ListedBlock, PortResult, WordError } from '../word/port';
import { houseStyle } from './house-style';

export type BlockChange = JobChange;

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

/** A job description's change ready for the port, with what the review shows. */
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
 * Every section of a job description (one block is a job of one) rebuilt and rendered in the house style,
 * with its line diff against what it shows now, or the sections that cannot be rebuilt (then none is).
 * The pane and `jd-builder blocks --job` both prepare here.
 */
export function prepareJobChange(
  catalog: Catalog,
  blocks: readonly ListedBlock[],
  change: BlockChange,
  styleMap: StyleMap,
  options: RebuildOptions = {},
): ReadyJobResult {
  const planned = planJob(catalog, blocks, change, options);
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

/**
 * The house style around a block: the cursor is put on it first, so a rebuilt block looks like the text
 * around it (for the .docx adapter, whose cursor nobody sees).
 */
export async function houseStyleAtBlock(
  port: DocumentPort,
  block: ListedBlock,
  mapping: StyleMapping,
): Promise<PortResult<WithMessages<StyleMap>>> {
  if (port.selectBlock) {
    const selected = await port.selectBlock(block.id);
    if (!selected.ok) return selected;
  }
  const read = await port.readDocument();
  if (!read.ok) return read;
  return { ok: true, value: houseStyle(read.value, mapping), messages: read.messages };
}

/** Writes a job description's prepared changes in one go: every one or none; edited blocks as changeBlocks. */
export async function applyJobChange(
  port: DocumentPort,
  sections: readonly Pick<ReadySection, 'block' | 'section'>[],
  overwriteEdits: boolean,
): Promise<PortResult<BlockReport[]>> {
  if (!port.changeBlocks) return { ok: false, error: NO_BLOCKS };
  return port.changeBlocks(
    sections.map((s) => ({ id: s.block.id, ...(s.section ? { section: s.section } : {}), overwriteEdits })),
  );
}

/** Writes a prepared change; an edited block is refused unless overwriteEdits. */
export async function applyChange(
  port: DocumentPort,
  block: ListedBlock,
  ready: Pick<ReadyChange, 'section'>,
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
