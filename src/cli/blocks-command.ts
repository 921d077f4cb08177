/**
 * `jd-builder blocks list|relevel|refresh|remove`: the job-description blocks already in a .docx, found by
 * their content-control tags. Re-level and refresh rebuild a block in place with the same pipeline as
 * insert (compose -> house style detected around the block -> OOXML); remove takes out the control and its
 * paragraphs. A block the user edited is left alone unless --force, and the command prints what would be lost.
 * --job N does the same to every section of a job description (the sections inserted together), all or none.
 */
import { detectEdits, type EditState } from '../blocks/edits';
import type { LineChange } from '../blocks/line-diff';
import { groupBlocks, jobDescriptions, planJob, type JobChange, type JobDescription } from '../blocks/jobs';
import type { Section } from '../compose/blocks';
import { controlFacts } from '../docx/docx-cursor';
import type { StyleMapping } from '../house-style/types';
import { sectionLines, type TextLine } from '../render/section-text';
import { blockChangeRefusal } from '../workflows/refusal';
import type { Message } from '../messages';
import { renderOoxmlBody } from '../render/ooxml';
import { catalogFromArg } from './catalog-source';
import { findBlocks, type DocxBlock } from '../docx/document-blocks';
import { parsePart, readDocumentBody, splice, type DocumentBody } from '../docx/document-body';
import { textWidthTwips } from '../docx/document-context';
import { packDocx, PARTS, readDocx, readPart, writePart, type DocxPackage } from '../docx/docx-package';
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
import { isW } from '../docx/paragraph-text';
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
  const target = pickTarget(blocks, args);
  if (args.action === 'remove') {
    refuseEdited(
      target.blocks.map((block) => ({ block, newLines: [] })),
      args.force,
    );
    await save(pkg, removeBlocks(body, target.blocks), args.out);
    return { output: `Wrote ${args.out}: removed ${target.name}.\n`, messages: [] };
  }

  const saved = await savedSettings(pkg);
  const chosenCatalog = catalogArg(saved, args.catalog);
  const { catalog, messages } = await catalogFromArg(chosenCatalog.arg);
  messages.unshift(...chosenCatalog.messages);
  const mapping = { ...saved.mapping, ...styleMapping(args.styles) };
  const options = {
    placeholderValues: placeholderValues(catalog, args.fills),
    items: args.allItems ? ('all' as const) : ('auto' as const),
  };
  if (args.action === 'relevel' && !args.level) throw new UsageError('blocks relevel needs --level LEVEL.');
  const change: JobChange =
    args.action === 'relevel' ? { kind: 'relevel', levelId: findLevel(catalog, args.level!).id } : { kind: 'refresh' };
  const result = planJob(catalog, target.blocks, change, options);
  if (!result.ok) {
    const problems = result.problems.map((p) => (target.job ? `${blockName(p.block)}: ${p.text}` : p.text));
    throw new BlockPlanError(`${problems.join('\n')}${target.job ? '\nNothing was written.' : ''}`);
  }
  messages.push(...result.sections.flatMap((s) => s.plan.messages));
  const diff = result.sections
    .map((s) => describeChanges(s.plan.changes, target.job ? blockName(s.block) : undefined))
    .join('');
  refuseEdited(
    result.sections.map((s) => ({ block: s.block, newLines: sectionLines(s.plan.section.blocks) })),
    args.force,
  );

  let newXml = documentXml;
  // From the last block back, so the earlier blocks' offsets stay true.
  for (const { block, plan } of [...result.sections].reverse()) {
    const rendered = await renderSection(pkg, body, block, plan.section, mapping);
    messages.push(...rendered.messages);
    newXml = splice(newXml, block.at.start, block.at.end, rendered.xml);
  }
  await save(pkg, newXml, args.out);
  const verb =
    change.kind === 'relevel' ? `re-levelled ${target.name} to ${change.levelId}` : `refreshed ${target.name}`;
  const title = target.job ? '' : ` (${result.sections[0].plan.section.title})`;
  return { output: `${diff}Wrote ${args.out}: ${verb}${title}.\n`, messages };
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
  blocks: DocxBlock[];
  /** "block 2 (Qualifications)" or "job description 1 (8 sections)". */
  name: string;
  job: boolean;
}

function pickTarget(blocks: DocxBlock[], args: BlocksArgs): Target {
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
  const block = Number.isInteger(n) ? blocks.find((b) => b.number === n) : undefined;
  if (!block)
    throw new UsageError(
      `--block ${args.block}: the document has blocks 1-${blocks.length} (see "jd-builder blocks list").`,
    );
  return { blocks: [block], name: `block ${block.number}`, job: false };
}

function blockName(block: DocxBlock): string {
  return `Block ${block.number} (${block.title})`;
}

/** Edited blocks (or blocks whose tag cannot vouch for their text) are only changed with --force; each loss is shown. */
function refuseEdited(changes: { block: DocxBlock; newLines: TextLine[] }[], force: boolean): void {
  const reasons = changes.flatMap(({ block, newLines }) => {
    const control = controlFacts(block.at.element);
    const locked = control.cannotEdit || control.cannotDelete;
    // The pane's refusal, in its words (workflows/refusal.ts), with the lines that would be lost.
    const refusal = blockChangeRefusal({ ...block, locked }, newLines, force);
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

/** The blocks are cut out whole; a body left without any paragraph gets an empty one, as Word requires. */
function removeBlocks(body: DocumentBody, blocks: DocxBlock[]): string {
  const gone = new Set(blocks.map((b) => b.at));
  const others = body.elements.filter((e) => !gone.has(e));
  const keepsParagraph = others.some((e) => isW(e.element, 'p') || isW(e.element, 'tbl'));
  const last = blocks.reduce((a, b) => (b.at.start > a.at.start ? b : a));
  let text = body.text;
  for (const block of [...blocks].sort((a, b) => b.at.start - a.at.start))
    text = splice(text, block.at.start, block.at.end, block === last && !keepsParagraph ? '<w:p/>' : '');
  return text;
}

async function save(pkg: DocxPackage, documentXml: string, out: string): Promise<void> {
  // Never write a document Word cannot open.
  parsePart(documentXml, 'The new word/document.xml');
  writePart(pkg, PARTS.document, documentXml);
  await writeOutput(out, await packDocx(pkg));
}
