/** A scriptable DocumentPort for component tests: records what the pane sends, answers what the test says. */
import type { StyleSheet } from '../../src/house-style/types';
import type { InsertPlan } from '../../src/render/commands';
import type {
  DocumentPort,
  DocumentSnapshot,
  InsertMode,
  InsertReport,
  PortResult,
  WordError,
} from '../../src/word/port';

export const FAKE_STYLES: StyleSheet = {
  styles: [
    { id: 'Normal', localName: 'Normal', type: 'paragraph', builtInKey: 'normal', isDefault: true },
    { id: 'Heading1', localName: 'Heading 1', type: 'paragraph', builtInKey: 'heading 1' },
    { id: 'Heading2', localName: 'Heading 2', type: 'paragraph', builtInKey: 'heading 2' },
    { id: 'HouseHeading', localName: 'House Heading', type: 'paragraph' },
    { id: 'ListBullet', localName: 'List Bullet', type: 'paragraph', builtInKey: 'list bullet', hasNumbering: true },
    { id: 'TableGrid', localName: 'Table Grid', type: 'table', builtInKey: 'table grid' },
  ],
};

export function fakeSnapshot(overrides: Partial<DocumentSnapshot> = {}): DocumentSnapshot {
  return {
    styles: FAKE_STYLES,
    context: {
      paragraphsAbove: [
        { style: 'Heading1', builtInKey: 'heading 1', text: 'Duties', isListItem: false, outlineLevel: 1 },
      ],
      paragraphsBelow: [],
      tableStyles: [],
    },
    cursor: { location: 'body', collapsed: true, selectedText: '', inEmptyParagraph: true },
    blocks: [],
    trackChangesOn: false,
    ...overrides,
  };
}

export interface FakePort extends DocumentPort {
  snapshot: DocumentSnapshot;
  readError?: WordError;
  insertResult?: PortResult<InsertReport>;
  inserts: { plan: InsertPlan; mode: InsertMode }[];
  settings: Map<string, unknown>;
  settingWrites: { key: string; value: unknown }[];
}

export function createFakePort(snapshot: DocumentSnapshot = fakeSnapshot()): FakePort {
  const port: FakePort = {
    kind: 'word',
    snapshot,
    inserts: [],
    settings: new Map(),
    settingWrites: [],
    async readDocument() {
      return port.readError ? { ok: false, error: port.readError } : { ok: true, value: port.snapshot, messages: [] };
    },
    async insert(plan, mode) {
      port.inserts.push({ plan, mode });
      const content = plan.sections.flatMap((s) => s.content);
      return (
        port.insertResult ?? {
          ok: true,
          value: {
            sectionsInserted: plan.sections.length,
            paragraphsInserted: content.filter((c) => c.kind === 'paragraph').length,
            tablesInserted: content.filter((c) => c.kind === 'table').length,
          },
          messages: [],
        }
      );
    },
    getDocumentSetting: (key) => port.settings.get(key),
    async setDocumentSetting(key, value) {
      port.settingWrites.push({ key, value });
      port.settings.set(key, value);
    },
  };
  return port;
}
