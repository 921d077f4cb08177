/**
 * Numbered duties in Word: when the house's duty style numbers (List Number), each competency's duties start
 * again at 1 in a list of their own (startNewList, before the style: #2307), the rest of the competency's
 * duties following into it; "continue" leaves the numbering to the style, straight through.
 */
import { builtinCatalog } from '../../src/catalog/builtin';
import { DEFAULT_COMPOSE_OPTIONS } from '../../src/compose/selection';
import { insertSelection } from '../../src/workflows/insert';
import type { NumberingMode } from '../../src/render/numbered-lists';
import { ENGLISH_STYLES, uninstallFakeOffice } from '../support/fake-word';
import { paragraphs, wordWith } from './helpers';

afterEach(() => uninstallFakeOffice(globalThis));

const catalog = builtinCatalog();
const [first, second] = catalog.competencies;
const duties = (c: typeof first) => (c.levels.entry?.responsibilities ?? []).slice(0, 2);

async function insertWith(numbering: NumberingMode, bugs: 'startNewList-empty-item'[] = []) {
  const { fake, port } = wordWith({
    styles: [
      ...ENGLISH_STYLES,
      { nameLocal: 'List Number', builtInOther: true, type: 'Paragraph', baseStyle: 'Normal', list: true },
    ],
    body: [{ text: 'Duties', style: 'Heading 1' }, '', 'Signature'],
    selection: { paragraph: 1 },
    bugs,
  });
  const outcome = await insertSelection(port, {
    catalog,
    selection: {
      catalogId: catalog.id,
      levelId: 'entry',
      qualificationIds: [],
      responsibilityIds: [...duties(first), ...duties(second)].map((r) => r.id),
      skillIds: [],
      placeholderValues: {},
      options: DEFAULT_COMPOSE_OPTIONS,
    },
    mapping: { responsibility: 'List Number' },
    choices: { numbering },
  });
  expect(outcome.kind).toBe('done');
  const byText = new Map(paragraphs(fake).map((p) => [p.text, p]));
  const items = (c: typeof first) => duties(c).map((r) => byText.get(r.text)!);
  return { fake, items };
}

test('restart: each competency’s duties are a numbered list of their own, in the house’s style', async () => {
  const { fake, items } = await insertWith('restart');
  const [a, b] = [items(first), items(second)];
  for (const list of [a, b]) {
    expect(list.map((p) => p.style)).toEqual(['List Number', 'List Number']);
    expect(list.map((p) => p.numbering)).toEqual(['Arabic', 'Arabic']);
    expect(list[1].listId).toBe(list[0].listId);
  }
  expect(a[0].listId).toBeDefined();
  expect(b[0].listId).not.toBe(a[0].listId);
  // The competency headings and the paragraphs around are no list items.
  const others = paragraphs(fake).filter((p) => p.style !== 'List Number');
  expect(others.filter((p) => p.isListItem)).toEqual([]);
});

test('restart on a Word build that adds an empty item to each new list (#3156): none is left', async () => {
  const { fake } = await insertWith('restart', ['startNewList-empty-item']);
  expect(paragraphs(fake).filter((p) => p.isListItem && p.text === '')).toEqual([]);
});

test('continue: the duties take the style alone, which numbers them straight through', async () => {
  const { items } = await insertWith('continue');
  const all = [...items(first), ...items(second)];
  expect(all.map((p) => [p.style, p.isListItem, p.listId])).toEqual(all.map(() => ['List Number', true, undefined]));
});
