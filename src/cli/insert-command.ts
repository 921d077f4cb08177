/**
 * `jd-builder insert`: template .docx -> finished job description .docx. The pane's own insert workflow
 * (src/workflows/insert.ts) runs on the .docx adapter (src/docx): the house style is chosen the same way,
 * from the mapping and catalog address the pane saved in the document, with --style and --catalog winning.
 * Only document.xml and, when needed, styles.xml / numbering.xml change; everything else is copied.
 */
import { readFile, rename, rm, stat, writeFile } from 'fs/promises';
import path from 'path';
import { ROLES, type BlockModel, type Role } from '../compose/blocks';
import type { StyleMapping } from '../house-style/types';
import { info, type Message } from '../messages';
import { openDocxPort, type DocxPort } from '../docx/docx-document';
import { insertSelection } from '../workflows/insert';
import { savedCatalogUrl, savedMapping } from '../workflows/settings';
import type { WordError } from '../word/port';
import { splitPair } from './args';
import { catalogFromArg } from './catalog-source';
import { DocxError, readDocx } from './docx-package';
import type { InsertionTarget } from './insertion-point';
import { selectionFromProfile, type ProfileArgs } from './profile-source';
import { selectionFromArgs, type SelectionArgs } from './selection-args';

export const DEFAULT_PLACEHOLDER = '[[JOB DESCRIPTION]]';

export class UsageError extends Error {}

/** The document refused the change (protected, a locked control, an edited block): nothing is written. */
export class DocumentRefusal extends Error {
  constructor(readonly error: WordError) {
    super(`${error.message} ${error.advice}`);
  }
}

export interface InsertArgs {
  /** The items: chosen on the command line, or by a saved profile. */
  items: SelectionArgs | ProfileArgs;
  template: string;
  out: string;
  catalog?: string;
  target: InsertionTarget;
  styles: string[];
  force: boolean;
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
  const where = await port.cursorDescription();
  const chosenCatalog = catalogArg(port, args.catalog);
  const { catalog, selection, messages, source } = await chosenItems(args.items, chosenCatalog.arg);
  messages.unshift(...chosenCatalog.messages);

  const outcome = await insertSelection(
    port,
    { catalog, selection, mapping: savedMapping(port, explicit) },
    // The command line asks nothing: what it was told to insert goes in, at its target.
    { duplicatesConfirmed: true, mode: 'after-selection' },
  );
  if (outcome.kind === 'failed') throw new DocumentRefusal(outcome.error);
  if (outcome.kind === 'question')
    throw new Error(`Unexpected question from the insert workflow: ${outcome.question.kind}`);
  messages.push(...outcome.messages);

  await writeOutput(args.out, await port.bytes());
  return {
    messages,
    summary: `Wrote ${args.out}${source}: ${describe(outcome.model)}; ${where}.`,
  };
}

/** --catalog, else the catalog address the pane saved in the document (said so), else the built-in catalog. */
export function catalogArg(port: DocxPort, given: string | undefined): { arg?: string; messages: Message[] } {
  const saved = given === undefined ? savedCatalogUrl(port) : undefined;
  if (!saved) return { arg: given, messages: [] };
  return {
    arg: saved,
    messages: [info('catalog-from-document', `Using the catalog address saved in the document: ${saved}.`)],
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
    const role = ROLES.find((r) => r.toLowerCase() === split[0].replace(/-/g, '').toLowerCase());
    if (!role) throw new UsageError(`--style: unknown role "${split[0]}". Roles: ${ROLES.map(dashed).join(', ')}.`);
    mapping[role] = split[1].trim();
  }
  return mapping;
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
