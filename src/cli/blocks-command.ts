/**
 * `jd-builder blocks list|relevel|refresh|remove`: the job-description blocks already in a .docx, found by
 * their content-control tags. Re-level and refresh rebuild a block in place with the same pipeline as
 * insert (compose -> house style chosen around the block, with the mapping saved in the document -> OOXML);
 * remove takes out the control and its paragraphs. A block the user edited is left alone unless --force
 * (the pane's refusal), and the command prints what would be lost.
 */
import { detectEdits, type EditState } from '../blocks/edits';
import type { LineChange } from '../blocks/line-diff';
import { planRefresh, planRelevel, type PlanResult } from '../blocks/plan';
import type { Section } from '../compose/blocks';
import { controlFacts } from '../docx/docx-cursor';
import type { StyleMapping } from '../house-style/types';
import { sectionLines, type TextLine } from '../render/section-text';
import { blockChangeRefusal } from '../workflows/refusal';
import type { Message } from '../messages';
import { renderOoxmlBody } from '../render/ooxml';
import { catalogFromArg } from './catalog-source';
import { findBlocks, type DocxBlock } from './document-blocks';
import { parsePart, readDocumentBody, splice, type DocumentBody } from './document-body';
import { textWidthTwips } from './document-context';
import { packDocx, PARTS, readDocx, readPart, writePart, type DocxPackage } from './docx-package';
import {
  addDefinitions,
  catalogArg,
  readTemplate,
  savedSettings,
  templateHouseStyle,
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
    refuseEdited(block, [], args.force);
    const newXml = removeBlock(body, block);
    await save(pkg, newXml, args.out);
    return { output: `Wrote ${args.out}: removed block ${block.number} (${block.title}).\n`, messages: [] };
  }

  const saved = await savedSettings(pkg);
  const chosenCatalog = catalogArg(saved, args.catalog);
  const { catalog, messages } = await catalogFromArg(chosenCatalog.arg);
  messages.unshift(...chosenCatalog.messages);
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
  refuseEdited(block, sectionLines(plan.section.blocks), args.force);

  const rendered = await renderSection(pkg, body, block, plan.section, {
    ...saved.mapping,
    ...styleMapping(args.styles),
  });
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

/**
 * An edited block (or one whose tag cannot vouch for its text, or a locked one) is only changed with --force:
 * the refusal is the pane's (workflows/refusal.ts), with the lines that would be lost.
 */
function refuseEdited(block: DocxBlock, newLines: TextLine[], force: boolean): void {
  const control = controlFacts(block.at.element);
  const refusal = blockChangeRefusal({ ...block, locked: control.cannotEdit || control.cannotDelete }, newLines, force);
  if (!refusal) return;
  if (refusal.code !== 'block-edited')
    throw new EditedBlockError(`Block ${block.number}: ${refusal.message} ${refusal.advice}`);
  const lost = refusal.lost?.length
    ? `\nThis text would be lost:\n${refusal.lost.map((l) => `  - ${l}`).join('\n')}`
    : '';
  throw new EditedBlockError(
    `Block ${block.number}: ${refusal.message} Nothing was written.${lost}\nAdd --force to go ahead anyway.`,
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
  mapping: StyleMapping,
) {
  const isOurs = new Set(findBlocks(body).map((b) => b.at.element));
  const context = (from: number, to?: number) =>
    body.elements
      .slice(from, to)
      .map((e) => e.element)
      .filter((e) => !isOurs.has(e));
  const house = await templateHouseStyle(
    pkg,
    body,
    { above: context(0, block.index), below: context(block.index + 1) },
    mapping,
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
