/**
 * The contract harness for the Word the pane runs in (the "Run Word checks" self-check): each scenario's
 * starting document is built in the open document, which must be empty, the port under test is the
 * Office.js adapter, the view is read back from Word, and everything the scenario wrote is removed after it.
 * Word's own built-in styles serve the fixtures, so localized style sets are not built here.
 */
import { fixtureStyleName, isTable, stylesOf } from '../contract/fixtures';
import type {
  ContractHarness,
  ContractSession,
  DocumentView,
  Fixture,
  FixtureFeature,
  ViewParagraph,
  ViewTable,
} from '../contract/types';
import { parseSectionTag } from '../render/section-tag';
import type { StyleSheet } from '../house-style/types';
import { wordHandFormatting } from './hand-formatting';
import { supportsWordApi } from './requirements';
import { createWordPort } from './word-document';
import { styleSheetFromWordStyles } from './word-styles';

/** Hand formatting is told from the styles' own fonts, which getStyles (WordApi 1.5) gives. */
const STYLE_FONTS_API = '1.5';

/** The document holds nothing: no text, table or content control (the self-check runs only then). */
export async function documentIsEmpty(): Promise<boolean> {
  return Word.run(async (context) => {
    const body = context.document.body;
    body.load('text');
    const tables = body.tables.load('items');
    const controls = body.contentControls.load('items');
    await context.sync();
    return body.text.trim() === '' && tables.items.length === 0 && controls.items.length === 0;
  });
}

function features(): ReadonlySet<FixtureFeature> {
  const all: FixtureFeature[] = ['cursor-in-text', 'table', 'list', 'cursor-in-table', 'controls', 'locked-control'];
  return new Set<FixtureFeature>([
    ...all,
    'settings',
    ...(supportsWordApi('1.4') ? ['track-changes' as const] : []),
    ...(supportsWordApi(STYLE_FONTS_API) ? ['hand-formatting' as const] : []),
  ]);
}

function localName(fixture: Fixture, id: string | undefined): string | undefined {
  const style = id ? stylesOf(fixture).find((s) => s.id === id) : undefined;
  return style ? (style.local ?? style.name) : undefined;
}

/** Writes the fixture into the (empty) document, its controls around its paragraphs, and puts the cursor. */
async function build(fixture: Fixture): Promise<void> {
  await Word.run(async (context) => {
    const body = context.document.body;
    const first = body.paragraphs.getFirst();
    let afterList = false;
    for (const block of fixture.body) {
      if (isTable(block)) {
        const columns = Math.max(...block.table.map((r) => r.length));
        const table = body.insertTable(block.table.length, columns, 'End', block.table);
        const style = localName(fixture, block.style);
        if (style) table.style = style;
        afterList = false;
        continue;
      }
      const p = body.insertParagraph(block.text, 'End');
      p.style =
        localName(fixture, block.style) ?? stylesOf(fixture).find((s) => s.builtIn === 'Normal')?.local ?? 'Normal';
      // A paragraph added after a list item would continue its list.
      if (afterList && !block.list) p.detachFromList();
      if (block.list) p.startNewList();
      if (block.font) {
        const font = p.getRange('Content').font;
        font.name = block.font.name;
        font.size = block.font.sizePt;
      }
      afterList = block.list === true;
    }
    // The empty paragraph a blank document starts with.
    first.delete();
    // A new collection, read after the changes above.
    const paragraphs = body.getRange('Whole').paragraphs.load('items');
    await context.sync();

    const at = (i: number) => paragraphs.items[i];
    for (const c of fixture.controls ?? []) {
      const control = at(c.from)
        .getRange('Whole')
        .expandTo(at(c.to ?? c.from).getRange('Whole'))
        .insertContentControl();
      control.tag = c.tag;
      control.title = c.title;
      control.cannotEdit = c.locked === true;
      control.cannotDelete = c.locked === true;
    }
    const cursor = at(fixture.cursor.paragraph);
    cursor.getRange(fixture.cursor.offset === 0 ? 'Start' : 'End').select();
    if (fixture.trackChanges) context.document.changeTrackingMode = 'TrackAll';
    await context.sync();
  });
}

async function view(fixture: Fixture): Promise<DocumentView> {
  return Word.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs.load(
      'items/text,items/style,items/isListItem,items/tableNestingLevel,items/font/name,items/font/size',
    );
    const tables = body.tables.load('items/values');
    const controls = body.contentControls.load('items/id,items/tag,items/title');
    const styles = supportsWordApi(STYLE_FONTS_API)
      ? context.document
          .getStyles()
          .load('items/nameLocal,items/builtIn,items/type,items/baseStyle,items/font/name,items/font/size')
      : undefined;
    await context.sync();
    const sheet: StyleSheet = styleSheetFromWordStyles(
      (styles?.items ?? []).map((s) => ({
        nameLocal: s.nameLocal,
        builtIn: s.builtIn,
        type: s.type,
        baseStyle: s.baseStyle,
        font: { name: s.font.name, size: s.font.size },
      })),
      new Map(),
    );
    const holders = paragraphs.items.map((p) => p.parentContentControlOrNullObject.load('id'));
    await context.sync();

    const ours = controls.items.filter((c) => parseSectionTag(c.tag));
    const blockOf = (i: number) => {
      const holder = holders[i];
      const b = holder.isNullObject ? -1 : ours.findIndex((c) => c.id === holder.id);
      return b >= 0 ? { block: b } : {};
    };
    const content: (ViewParagraph | ViewTable)[] = [];
    let table = 0;
    paragraphs.items.forEach((p, i) => {
      if (p.tableNestingLevel > 0) {
        // A table's cells follow one another; it shows once, at its first cell.
        if (i > 0 && paragraphs.items[i - 1].tableNestingLevel > 0) return;
        const values = tables.items[table++]?.values ?? [];
        content.push({
          kind: 'table',
          rows: values.map((row) => row.map((cell) => cell.split('\r').join(' '))),
          ...blockOf(i),
        });
        return;
      }
      content.push({
        kind: 'paragraph',
        text: p.text,
        style: fixtureStyleName(fixture, p.style),
        listItem: p.isListItem,
        ...handFont(wordHandFormatting({ name: p.font.name, size: p.font.size }, p.style, sheet)?.appearance),
        ...blockOf(i),
      });
    });
    return { content, blocks: ours.map((c) => ({ title: c.title, tag: c.tag })) };
  });
}

function handFont(look: { fontFamily?: string; sizePt?: number } | undefined): Pick<ViewParagraph, 'font'> {
  if (!look) return {};
  return {
    font: { ...(look.fontFamily ? { name: look.fontFamily } : {}), ...(look.sizePt ? { sizePt: look.sizePt } : {}) },
  };
}

/** Removes everything the scenario wrote: tracking off, controls unlocked, the body emptied, settings restored. */
async function clear(withTracking: boolean): Promise<void> {
  await Word.run(async (context) => {
    if (withTracking) context.document.changeTrackingMode = 'Off';
    const controls = context.document.body.contentControls.load('items');
    await context.sync();
    for (const c of controls.items) {
      c.cannotEdit = false;
      c.cannotDelete = false;
    }
    context.document.body.clear();
    await context.sync();
  });
}

function settingsStore(): Office.Settings | undefined {
  return (globalThis as { Office?: typeof Office }).Office?.context?.document?.settings;
}

export function wordHarness(host: string): ContractHarness {
  const withTracking = supportsWordApi('1.4');
  return {
    host,
    features: features(),
    async open(fixture): Promise<ContractSession> {
      const store = settingsStore();
      const keys = Object.keys(fixture.settings ?? {});
      const before = new Map(keys.map((k) => [k, store?.get(k) as unknown]));
      for (const k of keys) store?.set(k, fixture.settings?.[k]);
      try {
        await build(fixture);
      } catch (e) {
        await clear(withTracking);
        throw e;
      }
      return {
        port: createWordPort(),
        view: () => view(fixture),
        async close() {
          await clear(withTracking);
          before.forEach((value, k) =>
            value === null || value === undefined ? store?.remove(k) : store?.set(k, value),
          );
        },
      };
    },
  };
}
