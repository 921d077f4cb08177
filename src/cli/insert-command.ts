/**
 * `jd-builder insert`: template .docx -> finished job description .docx. The same pipeline as the task
 * pane (catalog -> selection -> blocks -> house style -> OOXML), with the package side done here:
 * only document.xml and, when needed, styles.xml / numbering.xml change; everything else is copied.
 */
import { readFile, rename, rm, stat, writeFile } from 'fs/promises';
import path from 'path';
import { newJobId, withJobId } from '../blocks/jobs';
import { compose } from '../compose/compose';
import { ROLES, type BlockModel, type Role } from '../compose/blocks';
import { parseStylesXml } from '../house-style/styles-xml';
import { followsHeading, type DetectOptions } from '../house-style/detect';
import { houseStyle } from '../workflows/house-style';
import { CATALOG_URL_SETTING, HOUSE_STYLE_SETTING, readMapping } from '../workflows/settings';
import { readAddinSettings } from '../docx/web-extension-settings';
import { withPartHeading, type PartHeadingChoice } from '../compose/part-heading';
import type { StyleMapping } from '../house-style/types';
import { renderOoxmlBody, type OoxmlBody, type OoxmlOptions } from '../render/ooxml';
import { numberedListsOf, type NumberingMode } from '../render/numbered-lists';
import {
  builtinStyleXml,
  bulletNumberingXml,
  withBulletNumbering,
  withListInstances,
  type BulletNumbering,
} from '../render/builtin-definitions';
import { XmlParseError } from '../xml/dom';
import { info, type Message } from '../messages';
import { splitPair } from './args';
import { catalogFromArg } from './catalog-source';
import { findBlocks } from '../docx/document-blocks';
import { DocumentXmlError, parsePart, readDocumentBody, splice, type DocumentBody } from '../docx/document-body';
import { documentContext, styleFacts, textWidthTwips } from '../docx/document-context';
import { DocxError, packDocx, PARTS, readDocx, readPart, writePart, type DocxPackage } from '../docx/docx-package';
import { locateInsertionPoint, type InsertionPoint, type InsertionTarget } from '../docx/insertion-point';
import { findPart, updatePart, withStyles } from '../docx/package-parts';
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
  const saved = await savedSettings(pkg);
  const mapping = { ...saved.mapping, ...explicit };
  const chosenCatalog = catalogArg(saved, args.catalog);
  const { catalog, selection, messages, source } = await chosenItems(args.items, chosenCatalog.arg);
  messages.unshift(...chosenCatalog.messages);
  const composed = (args.table ? tableComposer(args.table) : compose)(catalog, selection);
  messages.push(...composed.messages);
  if (!composed.value.sections.length) {
    // Nothing is written rather than an unchanged copy that looks like success.
    const why = composed.messages.map((m) => m.text).join(' ');
    throw new NothingToInsertError(`Nothing to insert, so nothing was written.${why ? ` ${why}` : ''}`);
  }

  const documentXml = (await readPart(pkg, PARTS.document)) ?? '';
  const body = readDocumentBody(documentXml);
  const point = locateInsertionPoint(body, args.target);
  messages.push(...point.messages);

  const house = await templateHouseStyle(pkg, body, point.value, mapping, {
    numbering: args.numbering ?? 'restart',
    styleOnly: (args.styleOnly ?? []).map((r) => roleNamed(r, '--style-only')),
  });
  messages.push(...house.messages);
  const textWidth = textWidthTwips(body.doc);
  // The sections inserted together form one job description (src/blocks/jobs.ts).
  const jobId = newJobId(findBlocks(body));
  // A table's heading is its title ("What changes from ..."), not a part heading the template's may stand for.
  const model = withJobId(
    withPartHeading(composed.value, args.partHeading ?? (args.table ? 'always' : 'auto'), house.underHeading),
    jobId,
  );
  const rendered = renderOoxmlBody(model, house.styleMap, {
    ...house.listOptions,
    ...(textWidth ? { textWidthTwips: textWidth } : {}),
  });
  messages.push(...rendered.messages);
  await addDefinitions(pkg, rendered.value, house.bullets);

  const { start, end, before, after } = point.value;
  const newDocument = splice(documentXml, start, end, before + rendered.value.xml + after);
  // Never write a document Word cannot open: a failure here is our bug, and nothing is written.
  parsePart(newDocument, 'The new word/document.xml');
  writePart(pkg, PARTS.document, newDocument);

  await writeOutput(args.out, await packDocx(pkg));
  return {
    messages,
    summary: `Wrote ${args.out}${source}: ${describeTable(model) ?? describe(model)}; ${point.value.description}.`,
  };
}

/** What the pane saved in the document: its house-style mapping and catalog address (web-extension part). */
export async function savedSettings(pkg: DocxPackage): Promise<{ mapping: StyleMapping; catalogUrl?: string }> {
  const settings = await readAddinSettings(pkg);
  const url = settings.get(CATALOG_URL_SETTING);
  return {
    mapping: readMapping(settings.get(HOUSE_STYLE_SETTING)),
    ...(typeof url === 'string' && url.trim() ? { catalogUrl: url.trim() } : {}),
  };
}

/** --catalog, else the catalog address the pane saved in the document (said so), else the built-in catalog. */
export function catalogArg(
  saved: { catalogUrl?: string },
  given: string | undefined,
): { arg?: string; messages: Message[] } {
  if (given !== undefined || !saved.catalogUrl) return { arg: given, messages: [] };
  return {
    arg: saved.catalogUrl,
    messages: [info('catalog-from-document', `Using the catalog address saved in the document: ${saved.catalogUrl}.`)],
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

/**
 * The template's styles and numbering around the insertion point, and the style each role gets: chosen by
 * the workflows' houseStyle, as in the pane.
 */
export async function templateHouseStyle(
  pkg: DocxPackage,
  body: DocumentBody,
  point: Pick<InsertionPoint, 'above' | 'below'>,
  mapping: StyleMapping,
  options: DetectOptions & { numbering?: NumberingMode } = {},
) {
  const stylesName = await findPart(pkg, 'styles');
  const stylesXml = stylesName ? await readPart(pkg, stylesName) : undefined;
  const sheet = namingPart(stylesName, () => parseStylesXml(stylesXml ?? ''));
  const context = documentContext(point.above, point.below, body.doc, styleFacts(sheet, stylesXml));
  const detected = houseStyle({ styles: sheet, context }, mapping, options);
  const numberingName = await findPart(pkg, 'numbering');
  const numberingXml = numberingName ? await readPart(pkg, numberingName) : undefined;
  const bullets = namingPart(numberingName, () => bulletNumberingXml(numberingXml));
  const listOptions: OoxmlOptions = {
    bulletNumId: bullets.numId,
    ...((options.numbering ?? 'restart') === 'restart'
      ? { restartLists: { numbered: numberedListsOf(numberingXml), firstNumId: bullets.numId + 1 } }
      : {}),
  };
  return {
    styleMap: detected.value,
    messages: detected.messages,
    bullets,
    listOptions,
    underHeading: followsHeading(context),
  };
}

/** Built-in styles and the list definitions the rendered block relies on, added to the package. */
export async function addDefinitions(pkg: DocxPackage, rendered: OoxmlBody, bullets: BulletNumbering): Promise<void> {
  if (rendered.needsBulletNumbering) {
    await updatePart(pkg, 'numbering', (existing) => withBulletNumbering(existing, bullets));
  }
  if (rendered.restartedLists.length > 0) {
    await updatePart(pkg, 'numbering', (existing) => withListInstances(existing!, rendered.restartedLists.join('')));
  }
  if (rendered.requiredStyles.length > 0) {
    const added = rendered.requiredStyles.map((s) => builtinStyleXml(s, { bulletNumId: bullets.numId })).join('');
    await updatePart(pkg, 'styles', (existing) => withStyles(existing, added));
  }
}

/** A part that is not well-formed XML is reported by its name. */
function namingPart<T>(name: string | undefined, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof XmlParseError)
      throw new DocumentXmlError(`${name} in the template is damaged: ${e.message.split('\n')[0]}`);
    throw e;
  }
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
