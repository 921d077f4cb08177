/**
 * Starting documents' building blocks: the style sets of an English, a German and a Russian Word document
 * (ids and local names as those Word versions write them), what a fixture asks of a host, and the mapping
 * from a host's style name back to the fixture's.
 */
import type { Fixture, FixtureFeature, FixtureParagraph, FixtureStyle, FixtureTable } from './types';

export const ENGLISH_STYLES: readonly FixtureStyle[] = [
  { id: 'Normal', name: 'Normal', builtIn: 'Normal', type: 'paragraph', font: { name: 'Calibri', sizePt: 11 } },
  { id: 'Title', name: 'Title', builtIn: 'Title', type: 'paragraph', basedOn: 'Normal' },
  { id: 'Heading1', name: 'heading 1', local: 'Heading 1', builtIn: 'Heading1', type: 'paragraph', basedOn: 'Normal' },
  { id: 'Heading2', name: 'heading 2', local: 'Heading 2', builtIn: 'Heading2', type: 'paragraph', basedOn: 'Normal' },
  { id: 'Heading3', name: 'heading 3', local: 'Heading 3', builtIn: 'Heading3', type: 'paragraph', basedOn: 'Normal' },
  { id: 'ListBullet', name: 'List Bullet', builtIn: 'Other', type: 'paragraph', basedOn: 'Normal', list: true },
  { id: 'ListParagraph', name: 'List Paragraph', builtIn: 'ListParagraph', type: 'paragraph', basedOn: 'Normal' },
  { id: 'Strong', name: 'Strong', builtIn: 'Strong', type: 'character' },
  { id: 'TableGrid', name: 'Table Grid', builtIn: 'TableGrid', type: 'table' },
];

/** German Word: localized ids and names; w:name stays English for built-ins. */
export const GERMAN_STYLES: readonly FixtureStyle[] = [
  { id: 'Standard', name: 'Normal', local: 'Standard', builtIn: 'Normal', type: 'paragraph' },
  {
    id: 'berschrift1',
    name: 'heading 1',
    local: 'Überschrift 1',
    builtIn: 'Heading1',
    type: 'paragraph',
    basedOn: 'Standard',
  },
  {
    id: 'berschrift2',
    name: 'heading 2',
    local: 'Überschrift 2',
    builtIn: 'Heading2',
    type: 'paragraph',
    basedOn: 'Standard',
  },
  {
    id: 'berschrift3',
    name: 'heading 3',
    local: 'Überschrift 3',
    builtIn: 'Heading3',
    type: 'paragraph',
    basedOn: 'Standard',
  },
  {
    id: 'Aufzhlungszeichen',
    name: 'List Bullet',
    local: 'Aufzählungszeichen',
    builtIn: 'Other',
    type: 'paragraph',
    basedOn: 'Standard',
    list: true,
  },
  { id: 'Tabellenraster', name: 'Table Grid', local: 'Tabellenraster', builtIn: 'TableGrid', type: 'table' },
];

/** Russian Word: numeric and letter ids ("1", "a"), Cyrillic local names. */
export const RUSSIAN_STYLES: readonly FixtureStyle[] = [
  { id: 'a', name: 'Normal', local: 'Обычный', builtIn: 'Normal', type: 'paragraph' },
  { id: '1', name: 'heading 1', local: 'Заголовок 1', builtIn: 'Heading1', type: 'paragraph', basedOn: 'a' },
  { id: '2', name: 'heading 2', local: 'Заголовок 2', builtIn: 'Heading2', type: 'paragraph', basedOn: 'a' },
  { id: '3', name: 'heading 3', local: 'Заголовок 3', builtIn: 'Heading3', type: 'paragraph', basedOn: 'a' },
  {
    id: 'a0',
    name: 'List Bullet',
    local: 'Маркированный список',
    builtIn: 'Other',
    type: 'paragraph',
    basedOn: 'a',
    list: true,
  },
  { id: 'a3', name: 'Table Grid', local: 'Сетка таблицы', builtIn: 'TableGrid', type: 'table' },
];

export function stylesOf(fixture: Fixture): readonly FixtureStyle[] {
  return fixture.styles ?? ENGLISH_STYLES;
}

export function isTable(block: FixtureParagraph | FixtureTable): block is FixtureTable {
  return 'table' in block;
}

/** The body's paragraphs in reading order (table cells included), as cursor and control indexes count them. */
export function fixtureParagraphs(fixture: Fixture): { text: string; inTable: boolean }[] {
  return fixture.body.flatMap((b): { text: string; inTable: boolean }[] =>
    isTable(b)
      ? b.table.flat().map((text) => ({ text, inTable: true }))
      : [{ text: b.text + (b.deleted ?? ''), inTable: false }],
  );
}

/** What a host must be able to build for this fixture. */
export function fixtureFeatures(fixture: Fixture): FixtureFeature[] {
  const features = new Set<FixtureFeature>();
  const paragraphs = fixtureParagraphs(fixture);
  for (const b of fixture.body) {
    if (isTable(b)) features.add('table');
    else {
      if (b.list) features.add('list');
      if (b.deleted) features.add('tracked-deletion');
      if (b.font) features.add('hand-formatting');
    }
  }
  const { cursor } = fixture;
  if (cursor.endParagraph !== undefined || cursor.endOffset !== undefined) features.add('selection');
  const at = paragraphs[cursor.paragraph];
  if (at?.inTable) features.add('cursor-in-table');
  else if (at?.text) features.add('cursor-in-text');
  if (fixture.controls?.length) features.add('controls');
  if (fixture.controls?.some((c) => c.locked)) features.add('locked-control');
  if (fixture.trackChanges) features.add('track-changes');
  if (fixture.protected) features.add('protected');
  if (stylesOf(fixture).some((s) => s.local && s.local.toLowerCase() !== s.name.toLowerCase()))
    features.add('localized-styles');
  if (fixture.settings && Object.keys(fixture.settings).length) features.add('settings');
  return [...features];
}

/**
 * A host's name for a style (id, local name or w:name) -> the fixture style's `name`, lower case; a style the
 * fixture did not have (one the host added) by the host's name, lower case ("heading 2" from "Heading 2").
 */
export function fixtureStyleName(fixture: Fixture, hostName: string): string {
  const key = hostName.toLowerCase();
  const style = stylesOf(fixture).find(
    (s) => s.id.toLowerCase() === key || s.name.toLowerCase() === key || (s.local ?? '').toLowerCase() === key,
  );
  return (style?.name ?? hostName).toLowerCase();
}
