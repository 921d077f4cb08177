/**
 * `jd-builder insert`: template .docx -> finished job description .docx. The same pipeline as the task
 * pane (catalog -> selection -> blocks -> house style -> OOXML), with the package side done here:
 * only document.xml and, when needed, styles.xml / numbering.xml change; everything else is copied.
 */
import { readFile, rename, rm, stat, writeFile } from 'fs/promises';
import path from 'path';
import { ROLES, type BlockModel, type Role } from '../compose/blocks';
import type { PartHeadingChoice } from '../compose/part-heading';
import type { StyleMapping } from '../house-style/types';
import type { NumberingMode } from '../render/numbered-lists';
import { openDocxPort } from '../docx/docx-document';
import { DocxError, readDocx } from '../docx/docx-package';
import type { InsertionTarget } from '../docx/insertion-point';
import { insertSelection } from '../workflows/insert';
import { LAYOUT_SETTING, readLayoutChoices, type LayoutChoices } from '../workflows/layout-choices';
import { safeSetting, savedCatalogUrl, savedMapping } from '../workflows/settings';
import type { DocumentPort } from '../word/port';
import { info, type Message } from '../messages';
import { splitPair } from './args';
import { catalogFromArg } from './catalog-source';
import { selectionFromProfile, type ProfileArgs } from './profile-source';
import { selectionFromArgs, type SelectionArgs } from './selection-args';
import { describeTable, tableComposer, type TableRequest } from './table-request';

export const DEFAULT_PLACEHOLDER = '[[JOB DESCRIPTION]]';

export class UsageError extends Error {}

export class NothingToInsertError extends Error {}

export interface InsertArgs {
  /** The items: chosen on the command line, or by a saved profile. */
  items: SelectionArgs | ProfileArgs;
  template: string;
  out: string;
  catalog?: string;
  target: InsertionTarget;
  styles: string[];
  force: boolean;
  /** Numbered duties start again at each competency (default) or number straight through. */
  numbering?: NumberingMode;
  /** The first part's heading: left out under a heading (auto, default), always added, or never. */
  partHeading?: PartHeadingChoice;
  /** --style-only ROLE: roles that take their style alone, not the hand formatting of the document's own. */
  styleOnly?: string[];
  /** A table (matrix, comparison, checklist) instead of the job description. */
  table?: TableRequest;
}

export interface InsertResult {
  messages: Message[];
  summary: string;
}

export async function insertCommand(args: InsertArgs): Promise<InsertResult> {
  if ((await sameFile(args.template, args.out)) && !args.force) {
    throw new UsageError(
      `--out is the template itself (${args.template}); it is never overwritten unless you add --force.`,
    );
  }
  const explicit = styleMapping(args.styles);
  const pkg = await readDocx(await readTemplate(args.template), args.template);
  const port = await openDocxPort(pkg, { kind: 'target', target: args.target });
  const chosenCatalog = catalogArg(savedCatalogUrl(port), args.catalog);
  const { catalog, selection, messages, source } = await chosenItems(args.items, chosenCatalog.arg);
  messages.unshift(...chosenCatalog.messages);
  // Where it goes, said before the insertion moves the port's cursor past it.
  const where = await port.cursorDescription();
  const outcome = await insertSelection(
    port,
    {
      catalog,
      selection,
      mapping: savedMapping(port, explicit),
      choices: layoutChoices(port, args),
      ...(args.table ? { composer: tableComposer(args.table) } : {}),
    },
    // Items already in the document go in again, as before the CLI shared the pane's workflow; a target
    // is a point, never a selection, so the pane's "after or instead of the selected text" does not arise.
    { duplicatesConfirmed: true },
  );
  if (outcome.kind !== 'done') {
    if (outcome.kind === 'failed' && outcome.error.code === 'nothing-to-insert') {
      // Nothing is written rather than an unchanged copy that looks like success.
      const why = outcome.messages.map((m) => m.text).join(' ');
      throw new NothingToInsertError(`Nothing to insert, so nothing was written.${why ? ` ${why}` : ''}`);
    }
    throw new DocxError(outcome.kind === 'failed' ? `${outcome.error.message} ${outcome.error.advice}` : 'unreachable');
  }
  messages.push(...outcome.messages);
  await writeOutput(args.out, await port.bytes());
  return {
    messages,
    summary: `Wrote ${args.out}${source}: ${describeTable(outcome.model) ?? describe(outcome.model)}; ${where}.`,
  };
}

/**
 * The layout choices saved in the document (as the pane remembers them), each overridden by its flag:
 * --part-heading, --numbering, --style-only.
 */
function layoutChoices(port: DocumentPort, args: InsertArgs): LayoutChoices {
  const saved = readLayoutChoices(safeSetting(port, LAYOUT_SETTING));
  return {
    ...saved,
    ...(args.partHeading ? { partHeading: args.partHeading } : {}),
    ...(args.numbering ? { numbering: args.numbering } : {}),
    ...(args.styleOnly?.length ? { styleOnly: args.styleOnly.map((r) => roleNamed(r, '--style-only')) } : {}),
  };
}

/** --catalog, else the catalog address the pane saved in the document (said so), else the built-in catalog. */
export function catalogArg(
  savedUrl: string | undefined,
  given: string | undefined,
): { arg?: string; messages: Message[] } {
  if (given !== undefined || !savedUrl) return { arg: given, messages: [] };
  return {
    arg: savedUrl,
    messages: [info('catalog-from-document', `Using the catalog address saved in the document: ${savedUrl}.`)],
  };
}

async function chosenItems(items: SelectionArgs | ProfileArgs, catalogFile: string | undefined) {
  if ('profile' in items) {
    const chosen = await selectionFromProfile(items, catalogFile);
    return { ...chosen, source: ` from the profile "${chosen.profile.name}"` };
  }
  const { catalog, messages } = await catalogFromArg(catalogFile);
  return { catalog, selection: selectionFromArgs(catalog, items), messages, source: '' };
}

/** --style ROLE=NAME, ROLE as in the block model (sectionHeading) or spelt with dashes (section-heading). */
export function styleMapping(pairs: string[]): StyleMapping {
  const mapping: StyleMapping = {};
  for (const pair of pairs) {
    const split = splitPair(pair);
    if (!split || !split[1].trim()) throw new UsageError(`--style "${pair}" should look like ROLE="Style Name".`);
    mapping[roleNamed(split[0], '--style')] = split[1].trim();
  }
  return mapping;
}

/** A role as in the block model (sectionHeading) or spelt with dashes (section-heading). */
function roleNamed(name: string, option: string): Role {
  const role = ROLES.find((r) => r.toLowerCase() === name.replace(/-/g, '').toLowerCase());
  if (!role) throw new UsageError(`${option}: unknown role "${name}". Roles: ${ROLES.map(dashed).join(', ')}.`);
  return role;
}

export function dashed(role: Role): string {
  return role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export async function readTemplate(file: string, what = 'the template'): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DocxError(
      `Cannot read ${what} ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}.`,
    );
  }
}

/** Written beside the target first and then renamed, so a failed write never leaves half a document. */
export async function writeOutput(file: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw new OutputError(
      `Cannot write ${file}: ${WRITE_ERRORS[(e as NodeJS.ErrnoException).code ?? ''] ?? (e as Error).message}.`,
    );
  }
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

export class OutputError extends Error {}

/** The same path, or two names for one file (a link): either way writing would overwrite the template. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function describe(model: BlockModel): string {
  const count = (kind: string) =>
    model.sections.reduce(
      (n, s) =>
        n +
        s.blocks.reduce((m, b) => {
          if (b.kind === 'bulletList' && kind === 'responsibilities') return m + b.items.length;
          if (b.kind === 'termList' && kind === 'skills') return m + b.items.length;
          if (b.kind === 'table' && kind === 'qualifications') return m + b.rows.length;
          return m;
        }, 0),
      0,
    );
  return `${model.sections.length} sections (${count('responsibilities')} responsibilities, ${count('skills')} skills, ${count('qualifications')} qualifications)`;
}
