/**
 * `jd-builder blocks list|relevel|refresh|remove`: the job-description blocks already in a .docx, through the
 * pane's own block workflows (src/workflows/blocks.ts) on the .docx adapter. Re-level and refresh rebuild a
 * block in place in the house style chosen around it (the mapping the pane saved in the document, --style
 * winning); remove takes out the control and its paragraphs. A block the user edited is left alone unless
 * --force, and the command prints what would be lost.
 */
import type { EditState } from '../blocks/edits';
import type { LineChange } from '../blocks/line-diff';
import type { Message } from '../messages';
import { openDocxPort } from '../docx/docx-document';
import { applyChange, listBlocks, prepareChange, removeBlock, type BlockChange } from '../workflows/blocks';
import { savedMapping } from '../workflows/settings';
import type { ListedBlock, PortResult, WordError } from '../word/port';
import { catalogFromArg } from './catalog-source';
import { readDocx } from './docx-package';
import {
  catalogArg,
  DocumentRefusal,
  readTemplate,
  sameFile,
  styleMapping,
  UsageError,
  writeOutput,
} from './insert-command';
import { findLevel, placeholderValues } from './selection-args';

export type BlocksAction = 'list' | 'relevel' | 'refresh' | 'remove';
export const BLOCKS_ACTIONS: readonly BlocksAction[] = ['list', 'relevel', 'refresh', 'remove'];

export interface BlocksArgs {
  action: BlocksAction;
  in: string;
  out?: string;
  /** 1-based block number, as `blocks list` shows it. */
  block?: string;
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
  const port = await openDocxPort(pkg, { kind: 'paragraph', paragraph: 0 });
  const blocks = listed(await listBlocks(port));
  if (args.action === 'list') return { output: listOutput(blocks), messages: [] };

  if (!args.out) throw new UsageError(`blocks ${args.action} needs --out FILE.`);
  if ((await sameFile(args.in, args.out)) && !args.force) {
    throw new UsageError(
      `--out is the input document itself (${args.in}); it is never overwritten unless you add --force.`,
    );
  }
  const number = pickBlock(blocks, args.block);
  const block = blocks[number - 1];
  if (args.action === 'remove') {
    refused(number, await removeBlock(port, block, args.force));
    await writeOutput(args.out, await port.bytes());
    return { output: `Wrote ${args.out}: removed block ${number} (${block.title}).\n`, messages: [] };
  }

  const chosenCatalog = catalogArg(port, args.catalog);
  const { catalog, messages } = await catalogFromArg(chosenCatalog.arg);
  messages.unshift(...chosenCatalog.messages);
  let change: BlockChange = { kind: 'refresh' };
  if (args.action === 'relevel') {
    if (!args.level) throw new UsageError('blocks relevel needs --level LEVEL.');
    change = { kind: 'relevel', levelId: findLevel(catalog, args.level).id };
  }
  // The house style is chosen around the block, as if the cursor were in it.
  await port.selectBlock(block.id);
  const ready = await prepareChange(port, catalog, block, change, savedMapping(port, styleMapping(args.styles)), {
    placeholderValues: placeholderValues(catalog, args.fills),
    items: args.allItems ? 'all' : 'auto',
  });
  if (!ready.ok) throw new BlockPlanError(ready.message);
  messages.push(...ready.value.messages);
  const diff = describeChanges(ready.value.changes);
  refused(number, await applyChange(port, block, ready.value, args.force));

  await writeOutput(args.out, await port.bytes());
  const verb =
    change.kind === 'relevel' ? `re-levelled block ${number} to ${change.levelId}` : `refreshed block ${number}`;
  return { output: `${diff}Wrote ${args.out}: ${verb} (${ready.value.section.title}).\n`, messages };
}

export class BlockPlanError extends Error {}

function listed(result: PortResult<ListedBlock[]>): ListedBlock[] {
  if (!result.ok) throw new DocumentRefusal(result.error);
  return result.value;
}

function listOutput(blocks: ListedBlock[]): string {
  if (!blocks.length) return 'No job-description blocks in this document.\n';
  const header = ['#', 'title', 'part', 'competency', 'level', 'catalog', 'items', 'edited'];
  const rows = blocks.map((b, i) => [
    String(i + 1),
    b.title,
    b.tag.part,
    b.tag.competencyId ?? '-',
    b.tag.levelId,
    `${b.tag.catalogId} ${b.tag.catalogVersion}`,
    `${(b.tag.itemKeys ?? b.tag.itemIds).length}${'truncated' in b.tag && b.tag.truncated ? '+' : ''}`,
    EDITED_LABEL[b.edits],
  ]);
  return [header, ...rows].map((r) => r.join('\t')).join('\n') + '\n';
}

const EDITED_LABEL: Record<EditState, string> = { unchanged: 'no', edited: 'yes', unknown: 'unknown' };

function pickBlock(blocks: ListedBlock[], arg: string | undefined): number {
  if (!blocks.length) throw new UsageError('The document has no job-description blocks.');
  if (arg === undefined)
    throw new UsageError(`Say which block with --block N (1-${blocks.length}; see "jd-builder blocks list").`);
  const n = Number(arg);
  if (!Number.isInteger(n) || n < 1 || n > blocks.length)
    throw new UsageError(`--block ${arg}: the document has blocks 1-${blocks.length} (see "jd-builder blocks list").`);
  return n;
}

/** A refused change: an edited block's refusal (the pane's text) with the lines that would be lost and --force. */
function refused(number: number, result: PortResult<unknown>): void {
  if (result.ok) return;
  const error: WordError = result.error;
  if (error.code !== 'block-edited') throw new DocumentRefusal(error);
  const lost = error.lost?.length ? `\nThis text would be lost:\n${error.lost.map((l) => `  - ${l}`).join('\n')}` : '';
  throw new EditedBlockError(
    `Block ${number}: ${error.message} Nothing was written.${lost}\nAdd --force to go ahead anyway.`,
  );
}

function describeChanges(changes: LineChange[]): string {
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
  return lines.length ? `Changes:\n${lines.join('\n')}\n` : 'No change to the text.\n';
}
