/**
 * `jd-builder blocks list|relevel|refresh|remove`: the job-description blocks already in a .docx, found by
 * their content-control tags. Re-level and refresh rebuild a block in place with the same pipeline as
 * insert (compose -> house style detected around the block -> OOXML); remove takes out the control and its
 * paragraphs. A block the user edited is left alone unless --force, and the command prints what would be lost.
 */
import { detectEdits, needsConfirmation, type EditState } from '../blocks/edits';
import { lostLines, type LineChange } from '../blocks/line-diff';
import { planRefresh, planRelevel, type PlanResult } from '../blocks/plan';
import type { Section } from '../compose/blocks';
import type { Message } from '../messages';
import { renderOoxmlBody } from '../render/ooxml';
import { catalogFromArg } from './catalog-source';
import { findBlocks, type DocxBlock } from './document-blocks';
import { parsePart, readDocumentBody, splice, type DocumentBody } from './document-body';
import { textWidthTwips } from './document-context';
import { packDocx, PARTS, readDocx, readPart, writePart, type DocxPackage } from './docx-package';
import {
  addDefinitions,
  houseStyle,
  readTemplate,
  sameFile,
  styleMapping,
  UsageError,
  writeOutput,
} from './insert-command';
import { isW } from './paragraph-text';
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
  const documentXml = (await readPart(pkg, PARTS.document)) ?? '';
  const body = readDocumentBody(documentXml);
  const blocks = findBlocks(body);
  if (args.action === 'list') return { output: listBlocks(blocks), messages: [] };

  if (!args.out) throw new UsageError(`blocks ${args.action} needs --out FILE.`);
  if ((await sameFile(args.in, args.out)) && !args.force) {
    throw new UsageError(
      `--out is the input document itself (${args.in}); it is never overwritten unless you add --force.`,
    );
  }
  const block = pickBlock(blocks, args.block);
  if (args.action === 'remove') {
    refuseEdited(block, block.text.split('\n'), args.force);
    const newXml = removeBlock(body, block);
    await save(pkg, newXml, args.out);
    return { output: `Wrote ${args.out}: removed block ${block.number} (${block.title}).\n`, messages: [] };
  }

  const { catalog, messages } = await catalogFromArg(args.catalog);
  const options = {
    placeholderValues: placeholderValues(catalog, args.fills),
    items: args.allItems ? ('all' as const) : ('auto' as const),
  };
  let result: PlanResult;
  if (args.action === 'relevel') {
    if (!args.level) throw new UsageError('blocks relevel needs --level LEVEL.');
    result = planRelevel(catalog, block, findLevel(catalog, args.level).id, options);
  } else result = planRefresh(catalog, block, options);
  if (!result.ok) throw new BlockPlanError(result.message.text);
  const { plan } = result;
  messages.push(...plan.messages);
  const diff = describeChanges(plan.changes);
  refuseEdited(block, lostLines(plan.changes), args.force);

  const rendered = await renderSection(pkg, body, block, plan.section, args.styles);
  messages.push(...rendered.messages);
  await save(pkg, splice(documentXml, block.at.start, block.at.end, rendered.xml), args.out);
  const verb =
    args.action === 'relevel'
      ? `re-levelled block ${block.number} to ${plan.section.tag.levelId}`
      : `refreshed block ${block.number}`;
  return { output: `${diff}Wrote ${args.out}: ${verb} (${plan.section.title}).\n`, messages };
}

export class BlockPlanError extends Error {}

function listBlocks(blocks: DocxBlock[]): string {
  if (!blocks.length) return 'No job-description blocks in this document.\n';
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

function pickBlock(blocks: DocxBlock[], arg: string | undefined): DocxBlock {
  if (!blocks.length) throw new UsageError('The document has no job-description blocks.');
  if (arg === undefined)
    throw new UsageError(`Say which block with --block N (1-${blocks.length}; see "jd-builder blocks list").`);
  const n = Number(arg);
  const block = Number.isInteger(n) ? blocks.find((b) => b.number === n) : undefined;
  if (!block)
    throw new UsageError(`--block ${arg}: the document has blocks 1-${blocks.length} (see "jd-builder blocks list").`);
  return block;
}

/** An edited block (or one whose tag cannot vouch for its text) is only changed with --force; the loss is shown. */
function refuseEdited(block: DocxBlock, lost: string[], force: boolean): void {
  if (force || !needsConfirmation(block)) return;
  const why =
    detectEdits(block) === 'edited'
      ? `Block ${block.number} (${block.title}) was edited since it was inserted`
      : `Block ${block.number} (${block.title}) was inserted by an older version, so edits to it cannot be ruled out`;
  const shown = lost.length ? `This text would be lost:\n${lost.map((l) => `  - ${l}`).join('\n')}\n` : '';
  throw new EditedBlockError(
    `${why}; nothing was written.${shown ? `\n${shown}` : ' '}Add --force to go ahead anyway.`,
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

/** The new block's OOXML in the house style detected around it (our other blocks left out of the context). */
async function renderSection(
  pkg: DocxPackage,
  body: DocumentBody,
  block: DocxBlock,
  section: Section,
  styles: string[],
) {
  const isOurs = new Set(findBlocks(body).map((b) => b.at.element));
  const context = (from: number, to?: number) =>
    body.elements
      .slice(from, to)
      .map((e) => e.element)
      .filter((e) => !isOurs.has(e));
  const house = await houseStyle(
    pkg,
    body,
    { above: context(0, block.index), below: context(block.index + 1) },
    styleMapping(styles),
  );
  const width = textWidthTwips(body.doc);
  const rendered = renderOoxmlBody({ sections: [section] }, house.styleMap, {
    ...house.listOptions,
    ...(width ? { textWidthTwips: width } : {}),
  });
  await addDefinitions(pkg, rendered.value, house.bullets);
  return { xml: rendered.value.xml, messages: [...house.messages, ...rendered.messages] };
}

/** The block's text is cut out whole; a body left without any paragraph gets an empty one, as Word requires. */
function removeBlock(body: DocumentBody, block: DocxBlock): string {
  const others = body.elements.filter((e) => e !== block.at);
  const keepsParagraph = others.some((e) => isW(e.element, 'p') || isW(e.element, 'tbl'));
  return splice(body.text, block.at.start, block.at.end, keepsParagraph ? '' : '<w:p/>');
}

async function save(pkg: DocxPackage, documentXml: string, out: string): Promise<void> {
  // Never write a document Word cannot open.
  parsePart(documentXml, 'The new word/document.xml');
  writePart(pkg, PARTS.document, documentXml);
  await writeOutput(out, await packDocx(pkg));
}
