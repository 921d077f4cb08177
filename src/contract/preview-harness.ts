/**
 * The contract harness for the standalone preview's document (also what the pane's self-check runs there): a fixture becomes the preview's styles,
 * paragraphs and sections (a fixture's block becomes a section holding its paragraphs as they are, edits
 * included), and the view is read from the preview's own document. The preview has no selection, tables,
 * locks, protection or tracked changes, so scenarios needing them are not run here.
 */
import { fixtureStyleName, isTable, stylesOf } from './fixtures';
import type { ContractHarness, DocumentView, Fixture, FixtureFeature, FixtureParagraph, ViewParagraph } from './types';
import type { StyleDef } from '../house-style/types';
import type { ParagraphCommand, StyleRef } from '../render/commands';
import { parseSectionTag } from '../render/section-tag';
import {
  createPreviewPort,
  type PreviewDocument,
  type PreviewNode,
  type PreviewPort,
} from '../taskpane/preview/preview-port';

const FEATURES: ReadonlySet<FixtureFeature> = new Set<FixtureFeature>(['controls', 'localized-styles', 'settings']);

function styleDefs(fixture: Fixture): StyleDef[] {
  return stylesOf(fixture).map((s, i) => ({
    id: s.id,
    localName: s.local ?? s.name,
    type: s.type,
    // The fixture's w:name is the built-in key for built-ins, as a .docx stores it.
    ...(s.builtIn ? { builtInKey: s.name.toLowerCase() } : {}),
    ...(s.basedOn ? { basedOn: s.basedOn } : {}),
    ...(s.list ? { hasNumbering: true } : {}),
    ...(i === 0 ? { isDefault: true } : {}),
  }));
}

function document(fixture: Fixture): PreviewDocument {
  const styles = styleDefs(fixture);
  const normal = styles[0].id;
  const nodes: PreviewNode[] = [];
  let cursor = 0;
  fixture.body.forEach((block, index) => {
    if (isTable(block)) throw new Error('the preview has no tables');
    if (index === fixture.cursor.paragraph) cursor = nodes.length;
    const control = fixture.controls?.find((c) => c.from === index);
    if (!control) {
      if (!fixture.controls?.some((c) => c.from < index && index <= (c.to ?? c.from)))
        nodes.push({ kind: 'paragraph', text: block.text, style: block.style ?? normal });
      return;
    }
    const inside = fixture.body.slice(control.from, (control.to ?? control.from) + 1) as FixtureParagraph[];
    const ref = (id: string | undefined): StyleRef => {
      const def = styles.find((s) => s.id === (id ?? normal));
      return { id: def?.id ?? normal, localName: def?.localName ?? normal };
    };
    const content = inside.map((p): ParagraphCommand => ({
      kind: 'paragraph',
      style: ref(p.style),
      runs: [{ text: p.text }],
    }));
    nodes.push({ kind: 'section', section: { title: control.title, tag: control.tag, content } });
  });
  return { styles: { styles }, nodes, cursor };
}

function view(port: PreviewPort, fixture: Fixture): DocumentView {
  const doc = port.current();
  const numbered = new Set(doc.styles.styles.filter((s) => s.hasNumbering).map((s) => s.id));
  const result: DocumentView = { content: [], blocks: [] };
  for (const node of doc.nodes) {
    if (node.kind === 'paragraph') {
      result.content.push({
        kind: 'paragraph',
        text: node.text,
        style: fixtureStyleName(fixture, node.style),
        listItem: numbered.has(node.style),
      });
      continue;
    }
    const block = parseSectionTag(node.section.tag)
      ? result.blocks.push({ title: node.section.title, tag: node.section.tag }) - 1
      : undefined;
    for (const c of node.section.content) {
      if (c.kind === 'table') {
        result.content.push({ kind: 'table', rows: [c.header, ...c.rows], ...(block !== undefined ? { block } : {}) });
        continue;
      }
      // A style the preview's sheet lacks (a built-in detection would add) goes by its built-in key.
      const known = doc.styles.styles.some((s) => s.id === c.style.id);
      const paragraph: ViewParagraph = {
        kind: 'paragraph',
        text: c.runs.map((r) => r.text).join(''),
        style: known ? fixtureStyleName(fixture, c.style.id) : (c.style.builtInKey ?? c.style.localName).toLowerCase(),
        listItem: c.bullet === true || numbered.has(c.style.id) || c.style.numbered === true,
        ...(block !== undefined ? { block } : {}),
      };
      result.content.push(paragraph);
    }
  }
  return result;
}

export const previewHarness: ContractHarness = {
  host: 'preview',
  features: FEATURES,
  async open(fixture) {
    const port = createPreviewPort(document(fixture), fixture.settings ?? {});
    return { port, view: async () => view(port, fixture), close: async () => undefined };
  },
};
