/**
 * The contract harness for the standalone preview: each fixture becomes a new in-memory preview document
 * (the one on screen is never touched), and the view is read from its nodes. The preview has paragraphs,
 * styles, document settings and a cursor on an empty line; fixtures needing more (text at the cursor,
 * tables, lists, selections, content controls, ...) are reported as not run here.
 */
import { fixtureStyleName, isTable, stylesOf } from '../../contract/fixtures';
import type {
  ContractHarness,
  DocumentView,
  Fixture,
  FixtureFeature,
  ViewParagraph,
  ViewTable,
} from '../../contract/types';
import type { StyleDef, StyleSheet } from '../../house-style/types';
import type { ContentCommand } from '../../render/commands';
import { parseSectionTag } from '../../render/section-tag';
import { createPreviewPort, type PreviewDocument, type PreviewPort } from './preview-port';

const FEATURES: ReadonlySet<FixtureFeature> = new Set<FixtureFeature>(['localized-styles', 'settings']);

/** The fixture's styles as a style sheet; a built-in's key is its w:name, as a .docx would give it. */
function sheet(fixture: Fixture): StyleSheet {
  return {
    styles: stylesOf(fixture).map((s): StyleDef => ({
      id: s.id,
      localName: s.local ?? s.name,
      type: s.type,
      ...(s.builtIn ? { builtInKey: s.name.toLowerCase() } : {}),
      ...(s.builtIn === 'Normal' ? { isDefault: true } : {}),
      ...(s.basedOn ? { basedOn: s.basedOn } : {}),
      ...(s.list ? { hasNumbering: true } : {}),
    })),
  };
}

function documentOf(fixture: Fixture): PreviewDocument {
  const normal = stylesOf(fixture).find((s) => s.builtIn === 'Normal')?.id ?? 'Normal';
  const paragraphs = fixture.body.flatMap((b) =>
    isTable(b) ? [] : [{ kind: 'paragraph' as const, style: b.style ?? normal, text: b.text }],
  );
  return {
    styles: sheet(fixture),
    nodes: paragraphs,
    // The preview's cursor is an empty paragraph, which insertion replaces.
    cursor: fixture.cursor.paragraph,
  };
}

function viewOf(port: PreviewPort, fixture: Fixture): DocumentView {
  const doc = port.current();
  const numbered = new Set(doc.styles.styles.filter((s) => s.hasNumbering).map((s) => s.id));
  const blocks: DocumentView['blocks'] = [];
  const content = doc.nodes.flatMap((node): (ViewParagraph | ViewTable)[] => {
    if (node.kind === 'paragraph') {
      const style = fixtureStyleName(fixture, node.style);
      return [{ kind: 'paragraph', text: node.text, style, listItem: numbered.has(node.style) }];
    }
    const block = parseSectionTag(node.section.tag)
      ? blocks.push({ title: node.section.title, tag: node.section.tag }) - 1
      : undefined;
    const at = block === undefined ? {} : { block };
    return node.section.content.map((c: ContentCommand): ViewParagraph | ViewTable =>
      c.kind === 'paragraph'
        ? {
            kind: 'paragraph',
            text: c.runs.map((r) => r.text).join(''),
            style: fixtureStyleName(fixture, c.style.localName),
            listItem: c.bullet === true || c.style.numbered === true || numbered.has(c.style.id),
            ...at,
          }
        : { kind: 'table', rows: c.header.length ? [c.header, ...c.rows] : c.rows, ...at },
    );
  });
  return { content, blocks };
}

export function previewHarness(): ContractHarness {
  return {
    host: 'standalone preview',
    features: FEATURES,
    async open(fixture) {
      const port = createPreviewPort(documentOf(fixture), fixture.settings);
      return { port, view: async () => viewOf(port, fixture), close: async () => undefined };
    },
  };
}
