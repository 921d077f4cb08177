/**
 * The in-browser document behind the standalone preview: the sample template in memory, with a
 * cursor. It implements the same DocumentPort as Word, so the pane runs unchanged; inserted sections
 * are kept as the plan's content at the cursor, and the page shows them beside the pane.
 */
import type { ParagraphInfo, StyleDef, StyleSheet } from '../../house-style/types';
import type { ContentCommand, InsertPlan, SectionCommand } from '../../render/commands';
import { detectEdits } from '../../blocks/edits';
import { parseSectionTag } from '../../render/section-tag';
import { canonicalText, commandLines } from '../../render/section-text';
import { changesRefusal } from '../../workflows/refusal';
import { settingTooLarge } from '../../workflows/settings';
import { insertReport, singleBlockChanges } from '../../workflows/port-parts';
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
} from '../../word/port';
import { BLOCK_NOT_FOUND } from '../../word/word-errors';
import { SAMPLE_CURSOR_INDEX, sampleParagraphs, sampleStyles, type SampleParagraph } from './sample-template';

export type PreviewNode = ({ kind: 'paragraph' } & SampleParagraph) | { kind: 'section'; section: SectionCommand };

export interface PreviewDocument {
  styles: StyleSheet;
  nodes: readonly PreviewNode[];
  /** Insertion happens before nodes[cursor]; an empty paragraph there is replaced. */
  cursor: number;
}

export interface PreviewPort extends DocumentPort {
  readonly kind: 'preview';
  /** The document as it is now (a new object after every change, for useSyncExternalStore). */
  current(): PreviewDocument;
  subscribe(listener: () => void): () => void;
}

export function isPreviewPort(port: DocumentPort): port is PreviewPort {
  return port.kind === 'preview' && typeof (port as Partial<PreviewPort>).current === 'function';
}

/** The sample template, with the cursor in its empty paragraph. */
function sampleDocument(): PreviewDocument {
  return {
    styles: sampleStyles(),
    nodes: sampleParagraphs().map((p) => ({ kind: 'paragraph', ...p })),
    cursor: SAMPLE_CURSOR_INDEX,
  };
}

/** A preview over `start` (the sample template unless given) and the document settings it carries. */
export function createPreviewPort(
  start: PreviewDocument = sampleDocument(),
  storedSettings: Record<string, unknown> = {},
): PreviewPort {
  let doc = start;
  const settings = new Map<string, unknown>(Object.entries(storedSettings));
  const listeners = new Set<() => void>();
  /**
   * Replaces each listed section node (a new section, or nothing to remove it) in one change; the cursor
   * keeps its place in the text. Block ids are positions before the change; the reports give them after it.
   */
  const changeBlocks = (changes: readonly BlockChangeRequest[]): PortResult<BlockReport[]> => {
    if (changes.some((c) => sectionAt(doc, c.id) === undefined)) return { ok: false, error: BLOCK_NOT_FOUND };
    // Edited blocks are refused as in Word (a document handed in may hold edited ones): all or nothing.
    const blocks = listed(doc);
    const refusal = changesRefusal(
      changes.map((c) => ({
        id: c.id,
        block: { ...blocks.find((b) => b.id === c.id)!, locked: false },
        newLines: c.section ? commandLines(c.section.content) : [],
        overwriteEdits: c.overwriteEdits,
      })),
    );
    if (refusal) return { ok: false, error: refusal };
    const byPosition = new Map(changes.map((c) => [positionOf(c.id), c]));
    const nodes: PreviewNode[] = [];
    const newPosition = new Map<number, number>();
    let cursor = doc.cursor;
    doc.nodes.forEach((node, i) => {
      const change = byPosition.get(i);
      if (!change) nodes.push(node);
      else if (change.section) {
        newPosition.set(i, nodes.length);
        nodes.push({ kind: 'section', section: change.section });
      } else if (i < doc.cursor) cursor--;
    });
    doc = { ...doc, nodes, cursor };
    listeners.forEach((l) => l());
    const value = changes.map((c) => {
      const at = newPosition.get(positionOf(c.id));
      return { id: at === undefined ? '' : `preview-${at}` };
    });
    return { ok: true, value, messages: [] };
  };

  return {
    kind: 'preview',
    current: () => doc,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async readDocument(): Promise<PortResult<DocumentSnapshot>> {
      return { ok: true, value: snapshot(doc), messages: [] };
    },
    async insert(plan: InsertPlan, _mode: InsertMode): Promise<PortResult<InsertReport>> {
      // The preview's selection is always collapsed, so the mode never changes anything here.
      if (!plan.sections.length) {
        return {
          ok: false,
          error: {
            code: 'nothing-to-insert',
            message: 'There is nothing to insert.',
            advice: 'Tick at least one item first.',
          },
        };
      }
      const sections: PreviewNode[] = plan.sections.map((section) => ({ kind: 'section', section }));
      const replaced = isEmptyParagraph(doc.nodes[doc.cursor]) ? 1 : 0;
      const nodes = [...doc.nodes];
      nodes.splice(doc.cursor, replaced, ...sections);
      doc = { ...doc, nodes, cursor: doc.cursor + sections.length };
      listeners.forEach((l) => l());
      return { ok: true, value: insertReport(plan), messages: [] };
    },
    async listBlocks(): Promise<PortResult<ListedBlock[]>> {
      return { ok: true, value: listed(doc), messages: [] };
    },
    async selectBlock(id) {
      return sectionAt(doc, id) === undefined
        ? { ok: false, error: BLOCK_NOT_FOUND }
        : { ok: true, value: undefined, messages: [] };
    },
    ...singleBlockChanges(async (changes) => changeBlocks(changes)),
    async changeBlocks(changes) {
      return changeBlocks(changes);
    },
    getDocumentSetting: (key) => settings.get(key),
    async setDocumentSetting(key, value) {
      const tooLarge = settingTooLarge(value);
      if (tooLarge) throw new Error(tooLarge);
      settings.set(key, value);
    },
  };
}

/** The blocks with their text as the section's commands hold it (a document handed in may hold edited ones). */
function listed(doc: PreviewDocument): ListedBlock[] {
  return snapshot(doc).blocks.map((b) => {
    const node = doc.nodes[positionOf(b.id)] as { section: SectionCommand };
    const block = { ...b, text: canonicalText(commandLines(node.section.content)) };
    return { ...block, edits: detectEdits(block) };
  });
}

/** Block ids are node positions ("preview-3"), valid until the next change; the pane lists again after each. */
function positionOf(id: string): number {
  return Number(id.replace(/^preview-/, ''));
}

function sectionAt(doc: PreviewDocument, id: string): number | undefined {
  const at = positionOf(id);
  return doc.nodes[at]?.kind === 'section' ? at : undefined;
}

function isEmptyParagraph(node: PreviewNode | undefined): boolean {
  return node?.kind === 'paragraph' && !node.text.trim();
}

function snapshot(doc: PreviewDocument): DocumentSnapshot {
  const byId = new Map(doc.styles.styles.map((s) => [s.id, s]));
  const info = (node: PreviewNode): ParagraphInfo[] =>
    node.kind === 'paragraph'
      ? [paragraphInfo(byId.get(node.style), node.style, node.text, false)]
      : node.section.content.flatMap(commandInfo);
  const commandInfo = (c: ContentCommand): ParagraphInfo[] =>
    c.kind === 'paragraph'
      ? [paragraphInfo(byId.get(c.style.id), c.style.id, c.runs.map((r) => r.text).join(''), !!c.bullet)]
      : [];
  const blocks: ExistingBlock[] = doc.nodes.flatMap((node, i) => {
    if (node.kind !== 'section') return [];
    const tag = parseSectionTag(node.section.tag);
    if (!tag) return [];
    const { truncated: _truncated, ...sectionTag } = tag;
    const text = node.section.content.map(commandText).join('\n');
    return [{ id: `preview-${i}`, title: node.section.title, tag: sectionTag, text }];
  });
  const cursorNode = doc.nodes[doc.cursor];
  return {
    styles: doc.styles,
    context: {
      paragraphsAbove: doc.nodes.slice(0, doc.cursor).flatMap(info),
      paragraphsBelow: doc.nodes.slice(doc.cursor).flatMap(info),
      tableStyles: doc.nodes.flatMap((n) =>
        n.kind === 'section'
          ? n.section.content.flatMap((c) => (c.kind === 'table' && c.style ? [c.style.id] : []))
          : [],
      ),
    },
    cursor: { location: 'body', collapsed: true, selectedText: '', inEmptyParagraph: isEmptyParagraph(cursorNode) },
    blocks,
    trackChangesOn: false,
  };
}

function paragraphInfo(style: StyleDef | undefined, styleId: string, text: string, bullet: boolean): ParagraphInfo {
  const heading = /^heading ([1-9])$/.exec(style?.builtInKey ?? '');
  return {
    style: styleId,
    ...(style?.builtInKey ? { builtInKey: style.builtInKey } : {}),
    text,
    isListItem: bullet || !!style?.hasNumbering,
    ...(heading ? { outlineLevel: Number(heading[1]) } : {}),
  };
}

function commandText(c: ContentCommand): string {
  return c.kind === 'paragraph'
    ? c.runs.map((r) => r.text).join('')
    : [c.header, ...c.rows].map((row) => row.join('\t')).join('\n');
}
