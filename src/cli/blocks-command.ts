/**
 * `jd-builder blocks list|relevel|refresh|remove`: the job-description blocks already in a .docx, found by
 * their content-control tags. Re-level and refresh rebuild a block in place with the same pipeline as
 * insert (compose -> house style detected around the block -> OOXML); remove takes out the control and its
 * paragraphs. A block the user edited is left alone unless --force, and the command prints what would be lost.
 * --job N does the same to every section of a job description (the sections inserted together), all or none.
 */
import { detectEdits, type EditState } from '../blocks/edits';
import type { LineChange } from '../blocks/line-diff';
import { groupBlocks, jobDescriptions, type JobDescription } from '../blocks/jobs';
import { findBlocks, type DocxBlock } from '../docx/document-blocks';
import { readDocumentBody } from '../docx/document-body';
import { openDocxPort, type DocxPort } from '../docx/docx-document';
import { PARTS, readDocx, readPart } from '../docx/docx-package';
import { commandLines, type TextLine } from '../render/section-text';
import {
  applyJobChange,
  houseStyleAtBlock,
  prepareJobChange,
  removalOf,
  type BlockChange,
  type ReadySection,
} from '../workflows/blocks';
import { blockChangeRefusal } from '../workflows/refusal';
import { savedCatalogUrl, savedMapping } from '../workflows/settings';
import type { ListedBlock, WordError } from '../word/port';
import type { Message } from '../messages';
import { catalogFromArg } from './catalog-source';
import { catalogArg, readTemplate, sameFile, styleMapping, UsageError, writeOutput } from './insert-command';
import { findLevel, placeholderValues } from './selection-args';

export type BlocksAction = 'list' | 'relevel' | 'refresh' | 'remove';
export const BLOCKS_ACTIONS: readonly BlocksAction[] = ['list', 'relevel', 'refresh', 'remove'];

export interface BlocksArgs {
  action: BlocksAction;
  in: string;
  out?: string;
  /** 1-based block number, as `blocks list` shows it. */
  block?: string;
  /** 1-based job description number, as `blocks list` shows it: every section of it at once. */
  job?: string;
  level?: string;
  catalog?: string;
  /** Placeholder values (NAME=VALUE pairs already split); NAME is the placeholder's id, token or label. */
  fills: Array<[string, string]>;
  styles: string[];
  /** Re-level: every item of the new level instead of the block's items mapped. */
  allItems: boolean;
  force: boolean;
}

export interface BlocksResult {
  /** Written to stdout: the list, the diff, the summary line. */
  output: string;
  messages: Message[];
}

export class EditedBlockError extends Error {}

export async function blocksCommand(args: BlocksArgs): Promise<BlocksResult> {
  const pkg = await readDocx(await readTemplate(args.in, 'the document'), args.in);
  if (args.action === 'list') {
    const body = readDocumentBody((await readPart(pkg, PARTS.document)) ?? '');
    return { output: listBlocks(findBlocks(body)), messages: [] };
  }

  if (!args.out) throw new UsageError(`blocks ${args.action} needs --out FILE.`);
  if ((await sameFile(args.in, args.out)) && !args.force) {
    throw new UsageError(
      `--out is the input document itself (${args.in}); it is never overwritten unless you add --force.`,
    );
  }
  // The same port and workflows as the pane: the .docx adapter's cursor starts at the end, and is moved
  // onto the block before the house style is read around it.
  const port = await openDocxPort(pkg, { kind: 'target', target: { kind: 'end' } });
  const listed = await port.listBlocks();
  if (!listed.ok) throw new BlockPlanError(portFailure(listed.error));
  const target = pickTarget(listed.value, args);
  if (args.action === 'remove') {
    refuseEdited(
      target.blocks.map((block) => ({ block, newLines: [] })),
      args.force,
    );
    await write(port, target.blocks.map(removalOf), args);
    return { output: `Wrote ${args.out}: removed ${target.name}.\n`, messages: [] };
  }

  const chosenCatalog = catalogArg(savedCatalogUrl(port), args.catalog);
  const { catalog, messages } = await catalogFromArg(chosenCatalog.arg);
  messages.unshift(...chosenCatalog.messages);
  const options = {
    placeholderValues: placeholderValues(catalog, args.fills),
    items: args.allItems ? ('all' as const) : ('auto' as const),
  };
  if (args.action === 'relevel' && !args.level) throw new UsageError('blocks relevel needs --level LEVEL.');
  const change: BlockChange =
    args.action === 'relevel' ? { kind: 'relevel', levelId: findLevel(catalog, args.level!).id } : { kind: 'refresh' };
  const house = await houseStyleAtBlock(port, target.blocks[0], savedMapping(port, styleMapping(args.styles)));
  if (!house.ok) throw new BlockPlanError(portFailure(house.error));
  const result = prepareJobChange(catalog, target.blocks, change, house.value.value, options);
  if (!result.ok) {
    const problems = result.problems.map((p) => (target.job ? `${blockName(p.block)}: ${p.text}` : p.text));
    throw new BlockPlanError(`${problems.join('\n')}${target.job ? '\nNothing was written.' : ''}`);
  }
  messages.push(...house.value.messages, ...result.value.flatMap((s) => s.messages));
  const diff = result.value
    .map((s) => describeChanges(s.changes, target.job ? blockName(s.block) : undefined))
    .join('');
  refuseEdited(
    result.value.map((s) => ({ block: s.block, newLines: s.section ? commandLines(s.section.content) : [] })),
    args.force,
  );
  messages.push(...(await write(port, result.value, args)));
  const verb =
    change.kind === 'relevel' ? `re-levelled ${target.name} to ${change.levelId}` : `refreshed ${target.name}`;
  const title = target.job ? '' : ` (${result.value[0].section?.title ?? target.blocks[0].title})`;
  return { output: `${diff}Wrote ${args.out}: ${verb}${title}.\n`, messages };
}

/** Every change through the port (all or none), then the file written; the port's messages come back. */
async function write(port: DocxPort, sections: ReadySection[], args: BlocksArgs): Promise<Message[]> {
  const written = await applyJobChange(port, sections, args.force);
  if (!written.ok) throw new BlockPlanError(`${portFailure(written.error)}\nNothing was written.`);
  await writeOutput(args.out!, await port.bytes());
  return written.messages;
}

function portFailure(error: WordError): string {
  return `${error.message} ${error.advice}`.trim();
}

export class BlockPlanError extends Error {}

/** Job descriptions first (each with its sections), then the blocks inserted on their own; numbers as --job and --block take them. */
function listBlocks(blocks: DocxBlock[]): string {
  if (!blocks.length) return 'No job-description blocks in this document.\n';
  const groups = groupBlocks(blocks);
  const jobs = groups.flatMap((g) => (g.kind === 'job' ? [g.job] : []));
  const alone = groups.flatMap((g) => (g.kind === 'block' ? [g.block] : []));
  if (!jobs.length) return blockTable(alone);
  const parts = jobs.map((job) => `${jobHeading(job)}\n${blockTable(job.blocks)}`);
  if (alone.length) parts.push(`Blocks on their own:\n${blockTable(alone)}`);
  return parts.join('\n');
}

/** "Job description 1: 8 sections, level entry, catalog namss-jd-builder-2021 1.0.0, none edited" */
function jobHeading(job: JobDescription<DocxBlock>): string {
  const levels = [...new Set(job.blocks.map((b) => b.tag.levelId))].join(' + ');
  const catalogs = [...new Set(job.blocks.map((b) => `${b.tag.catalogId} ${b.tag.catalogVersion}`))].join(' + ');
  const edited = job.blocks.filter((b) => detectEdits(b) !== 'unchanged').length;
  return `Job description ${job.number}: ${job.blocks.length} sections (blocks ${job.blocks.map((b) => b.number).join(', ')}), level ${levels}, catalog ${catalogs}, ${edited ? `${edited} edited` : 'none edited'}`;
}

function blockTable(blocks: DocxBlock[]): string {
  const header = ['#', 'title', 'part', 'competency', 'level', 'catalog', 'items', 'edited'];
  const rows = blocks.map((b) => [
    String(b.number),
    b.title,
    b.tag.part,
    b.tag.competencyId ?? '-',
    b.tag.levelId,
    `${b.tag.catalogId} ${b.tag.catalogVersion}`,
    `${(b.tag.itemKeys ?? b.tag.itemIds).length}${b.tag.truncated ? '+' : ''}`,
    EDITED_LABEL[detectEdits(b)],
  ]);
  return [header, ...rows].map((r) => r.join('\t')).join('\n') + '\n';
}

const EDITED_LABEL: Record<EditState, string> = { unchanged: 'no', edited: 'yes', unknown: 'unknown' };

interface Target {
  blocks: ListedBlock[];
  /** "block 2 (Qualifications)" or "job description 1 (8 sections)". */
  name: string;
  job: boolean;
}

function pickTarget(blocks: ListedBlock[], args: BlocksArgs): Target {
  if (!blocks.length) throw new UsageError('The document has no job-description blocks.');
  if (args.block !== undefined && args.job !== undefined) throw new UsageError('Give --block N or --job N, not both.');
  if (args.job !== undefined) {
    const jobs = jobDescriptions(blocks);
    const n = Number(args.job);
    const job = Number.isInteger(n) ? jobs.find((j) => j.number === n) : undefined;
    if (!job) {
      const have = jobs.length ? `job descriptions 1-${jobs.length}` : 'no job descriptions (only blocks on their own)';
      throw new UsageError(`--job ${args.job}: the document has ${have} (see "jd-builder blocks list").`);
    }
    return { blocks: job.blocks, name: `job description ${job.number} (${job.blocks.length} sections)`, job: true };
  }
  if (args.block === undefined)
    throw new UsageError(
      `Say which block with --block N (1-${blocks.length}) or which job description with --job N (see "jd-builder blocks list").`,
    );
  const n = Number(args.block);
  const block = Number.isInteger(n) ? blocks.find((b) => b.id === String(n)) : undefined;
  if (!block)
    throw new UsageError(
      `--block ${args.block}: the document has blocks 1-${blocks.length} (see "jd-builder blocks list").`,
    );
  return { blocks: [block], name: `block ${block.id}`, job: false };
}

/** The port's block ids are the numbers `blocks list` shows. */
function blockName(block: ListedBlock): string {
  return `Block ${block.id} (${block.title})`;
}

/**
 * Edited blocks (or blocks whose tag cannot vouch for their text) are only changed with --force; each loss
 * is shown, block by block, before anything is written. The port checks again (and refuses locked blocks).
 */
function refuseEdited(changes: { block: ListedBlock; newLines: TextLine[] }[], force: boolean): void {
  const reasons = changes.flatMap(({ block, newLines }) => {
    // The pane's refusal, in its words (workflows/refusal.ts), with the lines that would be lost.
    const refusal = blockChangeRefusal({ ...block, locked: false }, newLines, force);
    if (!refusal) return [];
    const shown = (refusal.lost ?? []).filter((l) => l.trim());
    const lost = shown.length ? ` This text would be lost:\n${shown.map((l) => `  - ${l}`).join('\n')}` : '';
    return [`${blockName(block)}: ${refusal.message}${lost}`];
  });
  if (reasons.length)
    throw new EditedBlockError(`${reasons.join('\n')}\nNothing was written. Add --force to go ahead anyway.`);
}

function describeChanges(changes: LineChange[], section?: string): string {
  const lines = changes.flatMap((c) => {
    switch (c.kind) {
      case 'same':
        return [];
      case 'added':
        return [`+ ${c.new}`];
      case 'removed':
        return [`- ${c.old}`];
      case 'changed':
        return [`- ${c.old}`, `+ ${c.new}`];
    }
  });
  const where = section ? ` in ${section}` : '';
  return lines.length ? `Changes${where}:\n${lines.join('\n')}\n` : `No change to the text${where}.\n`;
}
