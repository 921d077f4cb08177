/**
 * The contract harness for the Word test double: a fixture becomes the double's starting document, the port
 * under test is the Office.js adapter, and the view is read from the double's own snapshot. Built-in styles
 * are told apart by the fixture's own data, never by production code.
 */
import { fixtureStyleName, isTable, stylesOf } from '../../src/contract/fixtures';
import type {
  ContractHarness,
  DocumentView,
  Fixture,
  FixtureFeature,
  ViewParagraph,
  ViewTable,
} from '../../src/contract/types';
import { parseSectionTag } from '../../src/render/section-tag';
import { createWordPort } from '../../src/word/word-document';
import {
  installFakeOffice,
  uninstallFakeOffice,
  type BlockInit,
  type FakeWordHandle,
  type FakeWordOptions,
  type KnownBug,
  type StyleEntry,
} from '../support/fake-word';

const FEATURES: ReadonlySet<FixtureFeature> = new Set<FixtureFeature>([
  'cursor-in-text',
  'tracked-deletion',
  'table',
  'list',
  'selection',
  'cursor-in-text',
  'cursor-in-table',
  'controls',
  'locked-control',
  'track-changes',
  'protected',
  'localized-styles',
  'settings',
  'hand-formatting',
]);

function styleEntries(fixture: Fixture): StyleEntry[] {
  const names = new Map(stylesOf(fixture).map((s) => [s.id, s.local ?? s.name]));
  return stylesOf(fixture).map((s) => ({
    nameLocal: s.local ?? s.name,
    ...(s.builtIn && s.builtIn !== 'Other' ? { builtIn: s.builtIn } : {}),
    ...(s.builtIn === 'Other' ? { builtInOther: true } : {}),
    type: s.type === 'paragraph' ? 'Paragraph' : s.type === 'character' ? 'Character' : 'Table',
    ...(s.list ? { list: true } : {}),
    ...(s.basedOn ? { baseStyle: names.get(s.basedOn) ?? s.basedOn } : {}),
    ...(s.font ? { font: { name: s.font.name, size: s.font.sizePt } } : {}),
  }));
}

function body(fixture: Fixture): BlockInit[] {
  const local = (id: string | undefined) => {
    const style = id ? stylesOf(fixture).find((s) => s.id === id) : undefined;
    return style ? { style: style.local ?? style.name } : {};
  };
  return fixture.body.map((b) =>
    isTable(b)
      ? { table: b.table, ...local(b.style) }
      : {
          text: b.text,
          ...local(b.style),
          ...(b.list ? { list: true } : {}),
          ...(b.deleted ? { deleted: b.deleted } : {}),
          ...(b.font ? { font: { name: b.font.name, size: b.font.sizePt } } : {}),
        },
  );
}

function view(fake: FakeWordHandle, fixture: Fixture): DocumentView {
  const snapshot = fake.snapshot();
  const ours = snapshot.controls.filter((c) => parseSectionTag(c.tag));
  const blockAt = (index: number) => {
    const i = ours.findIndex((c) => c.from <= index && index <= c.to);
    return i >= 0 ? { block: i } : {};
  };
  let index = 0;
  const content = snapshot.body.map((item): ViewParagraph | ViewTable => {
    if (item.kind === 'paragraph') {
      const at = index++;
      return {
        kind: 'paragraph',
        text: item.text,
        style: fixtureStyleName(fixture, item.style),
        listItem: item.isListItem,
        ...handFont(item.runs.find((r) => r.text)),
        ...blockAt(at),
      };
    }
    const first = index;
    index += item.values.flat().reduce((n, cell) => n + cell.split('\r').length, 0);
    return {
      kind: 'table',
      rows: item.values.map((row) => row.map((cell) => cell.split('\r').join(' '))),
      ...blockAt(first),
    };
  });
  return { content, blocks: ours.map((c) => ({ title: c.title, tag: c.tag })) };
}

function handFont(run: { font?: string; size?: number } | undefined): Pick<ViewParagraph, 'font'> {
  if (!run || (run.font === undefined && run.size === undefined)) return {};
  return { font: { ...(run.font ? { name: run.font } : {}), ...(run.size ? { sizePt: run.size } : {}) } };
}

/** The double's platform and bugs for the fixture's Word quirks. */
function quirks(fixture: Fixture): Pick<FakeWordOptions, 'platform' | 'bugs'> {
  const wanted = fixture.wordQuirks ?? [];
  const platform = wanted.includes('mac') ? 'Mac' : wanted.includes('web') ? 'OfficeOnline' : undefined;
  const bugs = wanted.filter((q): q is KnownBug => q !== 'mac' && q !== 'web');
  return { ...(platform ? { platform } : {}), ...(bugs.length ? { bugs } : {}) };
}

export const wordDoubleHarness: ContractHarness = {
  host: 'Word test double',
  features: FEATURES,
  async open(fixture) {
    const fake = installFakeOffice(globalThis, {
      styles: styleEntries(fixture),
      body: body(fixture),
      selection: fixture.cursor,
      controls: (fixture.controls ?? []).map((c) => ({
        from: c.from,
        to: c.to ?? c.from,
        tag: c.tag,
        title: c.title,
        cannotEdit: c.locked === true,
        cannotDelete: c.locked === true,
      })),
      ...(fixture.trackChanges ? { changeTracking: 'TrackAll' as const } : {}),
      ...(fixture.protected ? { protected: true } : {}),
      ...(fixture.settings ? { settings: fixture.settings } : {}),
      ...quirks(fixture),
    });
    return {
      port: createWordPort(),
      view: async () => view(fake, fixture),
      close: async () => uninstallFakeOffice(globalThis),
    };
  },
};
