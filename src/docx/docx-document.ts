/**
 * The DocumentPort for a .docx file, so the CLI runs the same workflows as the pane: the document is read
 * from the package (styles, the text around the cursor, its blocks, its settings), and every change is a
 * text edit of word/document.xml (plus styles and numbering it needs), checked to parse before it is kept.
 * The settings the pane saves in a document are read from and written to its web-extension part.
 */
import { detectEdits } from '../blocks/edits';
import { findBlocks, type DocxBlock } from './document-blocks';
import { DocumentXmlError, parsePart, readDocumentBody, splice, type DocumentBody } from './document-body';
import { documentContext, styleFacts, textWidthTwips } from './document-context';
import { packDocx, PARTS, readPart, writePart, type DocxPackage } from './docx-package';
import { findPart, updatePart, withStyles } from './package-parts';
import { isW } from './paragraph-text';
import { parseStylesXml } from '../house-style/styles-xml';
import type { StyleSheet } from '../house-style/types';
import { info, type Message } from '../messages';
import {
  builtinStyleXml,
  bulletNumberingXml,
  withBulletNumbering,
  withListInstances,
} from '../render/builtin-definitions';
import { numberedListsOf, type NumberingMode } from '../render/numbered-lists';
import type { InsertPlan, SectionCommand } from '../render/commands';
import { BULLETS_ADDED, renderCommandsXml } from '../render/ooxml';
import { W_NS, XmlParseError } from '../xml/dom';
import { commandLines } from '../render/section-text';
import { changesRefusal } from '../workflows/refusal';
import { settingTooLarge } from '../workflows/settings';
import { insertReport, singleBlockChanges } from '../workflows/port-parts';
import type {
  BlockChangeRequest,
  BlockReport,
  DocumentPort,
  DocumentSnapshot,
  ExistingBlock,
  InsertMode,
  InsertReport,
  ListedBlock,
  PortResult,
} from '../word/port';
import { BLOCK_NOT_FOUND, lockedControlError, NOTHING_TO_INSERT, PROTECTED } from '../word/word-errors';
import { controlFacts, paragraphsBefore, resolveCursor, type DocxCursor } from './docx-cursor';
import { resolvePlanStyles } from './plan-styles';
import { readAddinSettings, writeAddinSetting } from './web-extension-settings';
import { editingSettings } from './word-settings';

export interface DocxPort extends Required<DocumentPort> {
  readonly kind: 'docx';
  /** The package as it is now, ready to write. */
  bytes(): Promise<Uint8Array>;
  /** Where an insertion goes now, for people ("replaced the \"[[JOB DESCRIPTION]]\" paragraph"). */
  cursorDescription(): Promise<string>;
}

const TRACKED = info(
  'track-changes-on',
  'Track changes is on in this document, but a file changed outside Word cannot mark the new sections as tracked changes.',
);

/** Opens the port on a package read with readDocx; the settings are read now (getDocumentSetting is synchronous). */
export async function openDocxPort(pkg: DocxPackage, start: DocxCursor): Promise<DocxPort> {
  const settings = await readAddinSettings(pkg);
  let cursor = start;

  const document = async () => readDocumentBody((await readPart(pkg, PARTS.document)) ?? '');
  const styles = async () => {
    const name = await findPart(pkg, 'styles');
    const xml = name ? await readPart(pkg, name) : undefined;
    try {
      return { sheet: parseStylesXml(xml ?? ''), xml };
    } catch (e) {
      if (!(e instanceof XmlParseError)) throw e;
      throw new DocumentXmlError(`${name} in the template is damaged: ${e.message.split('\n')[0]}`);
    }
  };
  const editing = async () => {
    const name = await findPart(pkg, 'settings');
    return editingSettings(name ? await readPart(pkg, name) : undefined);
  };

  /**
   * The sections' XML in the document's styles, with the definitions it needs added to the package:
   * built-in styles it lacks, our bullet list, and a list instance per section whose numbered list restarts.
   */
  const render = async (
    body: DocumentBody,
    sheet: StyleSheet,
    sections: readonly SectionCommand[],
    numbering: NumberingMode = 'restart',
  ) => {
    const resolved = resolvePlanStyles({ sections: [...sections] }, sheet);
    const needsBullets = resolved.added.some((s) => s.hasNumbering) || ownBullets(resolved.plan);
    const numberingName = await findPart(pkg, 'numbering');
    const numberingXml = numberingName ? await readPart(pkg, numberingName) : undefined;
    const bullets = bulletNumberingXml(numberingXml);
    if (needsBullets) await updatePart(pkg, 'numbering', (existing) => withBulletNumbering(existing, bullets));
    if (resolved.added.length) {
      const added = resolved.added.map((s) => builtinStyleXml(s, { bulletNumId: bullets.numId })).join('');
      await updatePart(pkg, 'styles', (existing) => withStyles(existing, added));
    }
    const width = textWidthTwips(body.doc);
    const styleLists = new Map(
      [...sheet.styles, ...resolved.added].flatMap((s) => (s.list ? [[s.id, s.list] as const] : [])),
    );
    const { xml, restartedLists } = renderCommandsXml(resolved.plan.sections, {
      ...(needsBullets ? { bulletNumId: bullets.numId } : {}),
      ...(width ? { textWidthTwips: width } : {}),
      ...(numbering === 'restart'
        ? { restartLists: { numbered: numberedListsOf(numberingXml), firstNumId: bullets.numId + 1 }, styleLists }
        : {}),
    });
    if (restartedLists.length)
      await updatePart(pkg, 'numbering', (existing) => withListInstances(existing!, restartedLists.join('')));
    return { xml, messages: [...resolved.messages, ...(ownBullets(resolved.plan) ? [BULLETS_ADDED] : [])] };
  };

  /** Keeps a new document text, never one that does not parse (that would be our bug, and a broken file). */
  const save = (text: string) => {
    parsePart(text, 'The new word/document.xml');
    writePart(pkg, PARTS.document, text);
  };

  /**
   * Our blocks, leaving out one deleted while Word tracked changes and not yet accepted: its control is
   * still in the file with every line struck through, and Word's adapter treats it as gone (office-js#1524).
   */
  const liveBlocks = (body: DocumentBody): DocxBlock[] =>
    findBlocks(body).filter((b) => b.text.trim() !== '' || !b.at.element.getElementsByTagNameNS(W_NS, 'del').length);

  const blockById = (body: DocumentBody, id: string): DocxBlock | undefined =>
    liveBlocks(body).find((b) => String(b.number) === id);

  const existing = (b: DocxBlock): ExistingBlock => {
    const { truncated: _truncated, ...tag } = b.tag;
    return { id: String(b.number), title: b.title, tag, text: b.text };
  };

  /** Every change checked first (all or nothing), then made from the last block back so offsets stay true. */
  const changeBlocks = async (changes: readonly BlockChangeRequest[]): Promise<PortResult<BlockReport[]>> => {
    if ((await editing()).protected) return { ok: false, error: PROTECTED };
    const body = await document();
    const targets = changes.map((change) => ({ change, block: blockById(body, change.id) }));
    for (const { block } of targets) if (!block) return { ok: false, error: BLOCK_NOT_FOUND };
    const refusal = changesRefusal(
      targets.map(({ change, block }) => ({
        id: change.id,
        block: lockedBlock(block!),
        newLines: change.section ? commandLines(change.section.content) : [],
        overwriteEdits: change.overwriteEdits,
      })),
    );
    if (refusal) return { ok: false, error: refusal };
    const messages: Message[] = [];
    let text = body.text;
    const order = [...targets].sort((a, b) => (b.block?.index ?? 0) - (a.block?.index ?? 0));
    for (const { change, block } of order) {
      if (!block) continue;
      let xml = '';
      if (change.section) {
        const rendered = await render(body, (await styles()).sheet, [change.section]);
        messages.push(...rendered.messages);
        xml = rendered.xml;
      }
      text = splice(text, block.at.start, block.at.end, xml);
    }
    // A body left without any paragraph gets an empty one, as Word requires.
    const changed = readDocumentBody(text);
    const left = changed.elements.some((e) => isW(e.element, 'p') || isW(e.element, 'tbl'));
    save(left ? text : splice(text, changed.contentEnd, changed.contentEnd, '<w:p/>'));
    // Block ids are numbers in document order: a removal renumbers the blocks after it.
    const value = targets.map(({ change, block }) => {
      if (!change.section || !block) return { id: '' };
      const removedBefore = targets.filter((t) => !t.change.section && t.block && t.block.index < block.index).length;
      return { id: String(block.number - removedBefore) };
    });
    return { ok: true, value, messages };
  };

  return {
    kind: 'docx',
    bytes: () => packDocx(pkg),
    cursorDescription: async () => resolveCursor(await document(), cursor).after.description,

    async readDocument(): Promise<PortResult<DocumentSnapshot>> {
      const body = await document();
      const { sheet, xml } = await styles();
      const at = resolveCursor(body, cursor);
      return {
        ok: true,
        value: {
          styles: sheet,
          context: documentContext(at.after.above, at.after.below, body.doc, styleFacts(sheet, xml)),
          cursor: at.info,
          blocks: liveBlocks(body).map(existing),
          trackChangesOn: (await editing()).trackChanges,
        },
        messages: at.messages,
      };
    },

    async insert(plan: InsertPlan, mode: InsertMode): Promise<PortResult<InsertReport>> {
      if (!plan.sections.some((s) => s.content.length)) return { ok: false, error: NOTHING_TO_INSERT };
      const state = await editing();
      if (state.protected) return { ok: false, error: PROTECTED };
      const body = await document();
      const at = resolveCursor(body, cursor);
      if (at.control?.cannotEdit) return { ok: false, error: lockedControlError(at.control.title) };
      const point = mode === 'replace-selection' && at.replace ? at.replace : at.after;
      const { sheet } = await styles();
      const rendered = await render(body, sheet, plan.sections, plan.numbering);
      const inserted = point.before + rendered.xml + point.after;
      const text = splice(body.text, point.start, point.end, inserted);
      save(text);
      cursor = {
        kind: 'paragraph',
        paragraph: lastParagraphBefore(readDocumentBody(text), point.start + inserted.length),
      };
      const messages: Message[] = [...at.messages, ...rendered.messages, ...(state.trackChanges ? [TRACKED] : [])];
      return {
        ok: true,
        value: insertReport(plan),
        messages,
      };
    },

    async listBlocks(): Promise<PortResult<ListedBlock[]>> {
      const blocks = liveBlocks(await document()).map(existing);
      return { ok: true, value: blocks.map((b) => ({ ...b, edits: detectEdits(b) })), messages: [] };
    },

    async selectBlock(id) {
      const block = blockById(await document(), id);
      if (!block) return { ok: false, error: BLOCK_NOT_FOUND };
      cursor = { kind: 'paragraph', paragraph: paragraphsBefore(await document(), block.index) };
      return { ok: true, value: undefined, messages: [] };
    },

    ...singleBlockChanges(changeBlocks),

    changeBlocks,

    getDocumentSetting: (key) => settings.get(key),
    async setDocumentSetting(key, value) {
      const tooLarge = settingTooLarge(value);
      if (tooLarge) throw new Error(tooLarge);
      await writeAddinSetting(pkg, key, value);
      settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
    },
  };
}

/** Some list item is bulleted by our definition: no style of the document's own bullets it. */
function ownBullets(plan: InsertPlan): boolean {
  return plan.sections.some((s) => s.content.some((c) => c.kind === 'paragraph' && c.bullet));
}

function lockedBlock(block: DocxBlock) {
  const control = controlFacts(block.at.element);
  return { ...block, locked: control.cannotEdit || control.cannotDelete };
}

/** Reading-order index of the last paragraph ending at or before text offset `end` (the end of an insertion). */
function lastParagraphBefore(body: DocumentBody, end: number): number {
  const index = body.elements.findIndex((e) => e.end >= end);
  const last = index < 0 ? body.elements.length - 1 : index;
  return Math.max(0, paragraphsBefore(body, last + 1) - 1);
}
