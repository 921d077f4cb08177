/**
 * The contract scenarios: one set, run on every host (npm test: the .docx adapter, the Word test double and
 * the preview; the pane's "Run Word checks": real Word). Each acts only through the workflows and the
 * DocumentPort and checks the normalized DocumentView, so what it expects is what the user gets anywhere.
 */
import { HOUSE_STYLE_SETTING } from '../workflows/settings';
import { applyChange, listBlocks, prepareChange, removeBlock } from '../workflows/blocks';
import { insertSelection, type InsertAnswers, type InsertOutcome } from '../workflows/insert';
import { savedMapping } from '../workflows/settings';
import type { Catalog } from '../catalog/types';
import type { ListedBlock } from '../word/port';
import { check, checkError, checkOk, checkThat, blockTexts, paragraphs, texts, textsOutsideBlocks } from './expect';
import { GERMAN_STYLES, RUSSIAN_STYLES, stylesOf } from './fixtures';
import {
  blockFixture,
  expectedBlocks,
  LEVEL,
  OTHER_LEVEL,
  picked,
  sectionsOf,
  smallSelection,
  wholeCompetency,
} from './selections';
import type { CheckResult, DocumentView, Fixture, FixtureBlock, Scenario, ScenarioContext } from './types';

/** A house-style mapping saved in the document (its bullets in List Paragraph). */
const SAVED_MAPPING = { responsibility: 'List Paragraph' };

const TEMPLATE: FixtureBlock[] = [
  { text: 'Job description', style: 'Title' },
  { text: 'Responsibilities', style: 'Heading1' },
  { text: '' },
  { text: 'Signature' },
];

/** The template's texts with `middle` between its heading and its last paragraph. */
function templateTexts(...middle: string[]): string[] {
  return ['Job description', 'Responsibilities', ...middle, 'Signature'];
}

function template(overrides: Partial<Fixture> = {}): Fixture {
  return { body: TEMPLATE, cursor: { paragraph: 2 }, ...overrides };
}

async function insert(context: ScenarioContext, answers: InsertAnswers = {}): Promise<InsertOutcome> {
  const { port, catalog } = context;
  // The template's cursor sits under its own "Responsibilities" heading, where the part heading would be left out
  // by default; these scenarios check the part heading's style too, so they ask for it.
  const choices = { partHeading: 'always' } as const;
  return insertSelection(
    port,
    { catalog, selection: smallSelection(catalog), mapping: savedMapping(port), choices },
    answers,
  );
}

function outcomeText(outcome: InsertOutcome): unknown {
  return outcome.kind === 'failed' ? outcome.error : outcome.kind === 'question' ? outcome.question : 'done';
}

function checkDone(outcome: InsertOutcome): CheckResult {
  return checkThat('the insertion succeeds', outcome.kind === 'done', 'done', outcomeText(outcome));
}

/** The two blocks hold exactly the selected texts, titled as their sections. */
function checkBlocks(view: DocumentView, catalog: Catalog): CheckResult[] {
  const { competency } = picked(catalog);
  return [
    check(
      'two blocks, titled as their sections',
      view.blocks.map((b) => b.title),
      [competency.title, 'Knowledge and Skills'],
    ),
    check('the blocks hold the selected texts', blockTexts(view), expectedBlocks(catalog)),
  ];
}

/** Styles: the section heading, and bullets that are list items. */
function checkStyles(view: DocumentView, sectionHeading: string, bullet: string): CheckResult[] {
  const inBlock = paragraphs(view).filter((p) => p.block === 0);
  const bullets = inBlock.slice(2);
  return [
    check('the section heading takes the house heading style', inBlock[0]?.style, sectionHeading),
    check('the competency heading is not a list item', inBlock[1]?.listItem, false),
    check(
      'responsibilities take the house bullet style',
      bullets.map((p) => p.style),
      bullets.map(() => bullet),
    ),
    check(
      'responsibilities are list items',
      bullets.map((p) => p.listItem),
      bullets.map(() => true),
    ),
  ];
}

/** A refused change leaves the document exactly as it was. */
async function checkUnchanged(context: ScenarioContext, before: DocumentView): Promise<CheckResult> {
  return check('the document is unchanged', await context.session.view(), before);
}

const insertScenarios: Scenario[] = [
  {
    id: 'insert-empty-paragraph',
    title: 'Insert into an empty paragraph',
    fixture: template(),
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      const blocks = expectedBlocks(context.catalog);
      return [
        checkDone(outcome),
        check('the empty paragraph is replaced by the blocks', texts(view), templateTexts(...blocks.flat())),
        ...checkBlocks(view, context.catalog),
        // The heading above the cursor sets the level: sections take its style.
        ...checkStyles(view, 'heading 1', 'list bullet'),
      ];
    },
  },
  {
    id: 'insert-after-heading',
    title: 'Insert after a heading',
    fixture: template({ cursor: { paragraph: 1 } }),
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      return [
        checkDone(outcome),
        check(
          'every paragraph of the document is kept, the blocks follow the heading',
          texts(view),
          templateTexts(...expectedBlocks(context.catalog).flat(), ''),
        ),
        // The cursor's own paragraph is not above it: no heading above, so Heading 2.
        ...checkStyles(view, 'heading 2', 'list bullet'),
      ];
    },
  },
  {
    id: 'insert-after-list-item',
    title: 'Insert after a list item',
    fixture: template({
      body: [...TEMPLATE.slice(0, 2), { text: 'Keeps the files', style: 'ListBullet' }, { text: 'Signature' }],
      cursor: { paragraph: 2 },
    }),
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      const inBlocks = paragraphs(view).filter((p) => p.block !== undefined);
      return [
        checkDone(outcome),
        check(
          'the list item is kept and the blocks follow it',
          textsOutsideBlocks(view),
          templateTexts('Keeps the files'),
        ),
        check('the section heading does not continue the list', inBlocks[0]?.listItem, false),
        ...checkBlocks(view, context.catalog),
      ];
    },
  },
  {
    id: 'insert-in-table-cell',
    title: 'Insert in a table cell',
    fixture: template({
      body: [
        ...TEMPLATE.slice(0, 2),
        {
          table: [
            ['Duty', 'Notes'],
            ['', ''],
          ],
        },
        { text: 'Signature' },
      ],
      cursor: { paragraph: 4 },
    }),
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      return [
        checkDone(outcome),
        check(
          'the text around the table is kept',
          textsOutsideBlocks(view).filter((t) => t !== '[table]'),
          templateTexts(),
        ),
        check('two blocks are in the document', view.blocks.length, 2),
      ];
    },
  },
  {
    id: 'insert-inside-our-section',
    title: 'Insert inside one of our sections',
    fixture: (catalog) => {
      const block = blockFixture(sectionsOf(catalog, wholeCompetency(catalog))[0], 2);
      return {
        body: [...TEMPLATE.slice(0, 2), ...block.body, { text: 'Signature' }],
        controls: [block.control],
        cursor: { paragraph: block.control.to ?? 2 },
      };
    },
    async run(context) {
      const before = blockTexts(await context.session.view());
      const asked = await insert(context);
      const outcome = await insert(context, { duplicatesConfirmed: true });
      const view = await context.session.view();
      return [
        check(
          'the workflow asks before inserting items the document holds',
          asked.kind === 'question' ? asked.question : outcomeText(asked),
          {
            kind: 'confirm-duplicates',
            count: 2,
          },
        ),
        checkDone(outcome),
        check('the new blocks follow the existing one, not nested in it', view.blocks.length, 3),
        check('the existing block keeps its text', blockTexts(view)[0], before[0]),
        check('the new blocks hold the selected texts', blockTexts(view).slice(1), expectedBlocks(context.catalog)),
      ];
    },
  },
  {
    id: 'insert-after-selection',
    title: 'Insert with text selected: after the selection',
    fixture: template({
      body: [...TEMPLATE.slice(0, 2), { text: 'Keep this sentence.' }, { text: 'Signature' }],
      cursor: { paragraph: 2, offset: 0, endParagraph: 2, endOffset: 4 },
    }),
    async run(context) {
      const asked = await insert(context);
      const outcome = await insert(context, { mode: 'after-selection' });
      const view = await context.session.view();
      return [
        check('the workflow asks where to insert', asked.kind === 'question' ? asked.question : outcomeText(asked), {
          kind: 'choose-mode',
        }),
        checkDone(outcome),
        check('the selected text is kept', textsOutsideBlocks(view), templateTexts('Keep this sentence.')),
        ...checkBlocks(view, context.catalog),
      ];
    },
  },
  {
    id: 'insert-replace-selection',
    title: 'Insert with text selected: replace the selection',
    fixture: template({
      body: [...TEMPLATE.slice(0, 2), { text: 'Replace me' }, { text: 'Signature' }],
      cursor: { paragraph: 2, offset: 0, endParagraph: 2, endOffset: 10 },
    }),
    async run(context) {
      const outcome = await insert(context, { mode: 'replace-selection' });
      const view = await context.session.view();
      return [
        checkDone(outcome),
        check(
          'the selected paragraph is replaced by the blocks',
          texts(view),
          templateTexts(...expectedBlocks(context.catalog).flat()),
        ),
      ];
    },
  },
  {
    id: 'insert-track-changes',
    title: 'Insert with track changes on',
    fixture: template({ trackChanges: true }),
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      return [
        checkDone(outcome),
        check(
          'the user is told the insertion is tracked',
          outcome.kind === 'done' && outcome.messages.some((m) => m.code === 'track-changes-on'),
          true,
        ),
        ...checkBlocks(view, context.catalog),
      ];
    },
  },
  ...[
    {
      id: 'insert-locked-control',
      title: 'Insert into a locked content control',
      fixture: template({ controls: [{ from: 2, title: 'Signed off', tag: 'approval', locked: true }] }),
      code: 'locked-content-control',
    },
    {
      id: 'insert-protected',
      title: 'Insert into a protected document',
      fixture: template({ protected: true }),
      code: 'protected',
    },
  ].map(({ id, title, fixture, code }): Scenario => ({
    id,
    title,
    fixture,
    async run(context) {
      const before = await context.session.view();
      const outcome = await insert(context);
      const refused = outcome.kind === 'failed' ? outcome.error.code : outcomeText(outcome);
      return [check(`the insertion is refused (${code})`, refused, code), await checkUnchanged(context, before)];
    },
  })),
  ...[
    { id: 'german', title: 'German', styles: GERMAN_STYLES, heading: 'berschrift2', bullet: 'Aufzhlungszeichen' },
    { id: 'russian', title: 'Russian', styles: RUSSIAN_STYLES, heading: '2', bullet: 'a0' },
  ].map(({ id, title, styles, heading, bullet }): Scenario => ({
    id: `insert-${id}-styles`,
    title: `Insert with localized style names (${title} ids)`,
    fixture: {
      styles,
      body: [
        { text: 'Overview', style: heading },
        { text: 'Works with every department.', style: bullet },
        { text: '' },
      ],
      cursor: { paragraph: 2 },
    },
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      const known = new Set(stylesOf(context.fixture).map((s) => s.name.toLowerCase()));
      const used = [...new Set(paragraphs(view).map((p) => p.style))];
      return [
        checkDone(outcome),
        ...checkBlocks(view, context.catalog),
        // The document's own heading and bullet styles, found by their localized ids.
        ...checkStyles(view, 'heading 2', 'list bullet'),
        checkThat(
          "only the document's own styles are used",
          used.every((s) => known.has(s)),
          'document styles only',
          used,
        ),
      ];
    },
  })),
  {
    id: 'insert-style-missing',
    title: 'Insert where the document lacks the styles needed',
    fixture: {
      styles: stylesOf({ body: [], cursor: { paragraph: 0 } }).filter((s) => ['Normal', 'Heading1'].includes(s.id)),
      body: [{ text: 'Duties', style: 'Heading1' }, { text: '' }],
      cursor: { paragraph: 1 },
    },
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      const inBlock = paragraphs(view).filter((p) => p.block === 0);
      return [
        checkDone(outcome),
        ...checkBlocks(view, context.catalog),
        check("the competency heading takes Word's Heading 2, added", inBlock[1]?.style, 'heading 2'),
        check(
          'responsibilities are still list items',
          inBlock.slice(2).map((p) => p.listItem),
          [true, true],
        ),
      ];
    },
  },
  {
    id: 'insert-saved-mapping',
    title: 'Insert with a house-style mapping saved in the document',
    fixture: template({ settings: { [HOUSE_STYLE_SETTING]: SAVED_MAPPING } }),
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      return [checkDone(outcome), ...checkStyles(view, 'heading 1', 'list paragraph')];
    },
  },
  {
    id: 'insert-hand-formatted-bullets',
    title: "Insert where the document's bullets are formatted by hand (font and size over the style)",
    fixture: {
      body: [
        { text: 'Key duties', style: 'Heading1' },
        { text: 'Answers the phone.', style: 'ListBullet', font: { name: 'Lato', sizePt: 9 } },
        { text: 'Signature' },
      ],
      cursor: { paragraph: 1 },
    },
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      const inBlock = paragraphs(view).filter((p) => p.block === 0);
      const bullets = inBlock.slice(2);
      return [
        checkDone(outcome),
        ...checkBlocks(view, context.catalog),
        check(
          "responsibilities take the font of the document's own bullets",
          bullets.map((p) => p.font),
          bullets.map(() => ({ name: 'Lato', sizePt: 9 })),
        ),
        check(
          'the headings keep their style’s font',
          inBlock.slice(0, 2).map((p) => p.font),
          [undefined, undefined],
        ),
        check('the document’s own bullet keeps its font', paragraphs(view)[1]?.font, { name: 'Lato', sizePt: 9 }),
      ];
    },
  },
];

/** A document with one block of every entry responsibility of the first competency, between two paragraphs. */
function withBlock(edit?: Parameters<typeof blockFixture>[2]) {
  return (catalog: Catalog): Fixture => {
    const block = blockFixture(sectionsOf(catalog, wholeCompetency(catalog))[0], 1, edit);
    const body = [{ text: 'Before' }, ...block.body, { text: 'After' }, { text: '' }];
    return { body, controls: [block.control], cursor: { paragraph: body.length - 1 } };
  };
}

async function theBlock(context: ScenarioContext): Promise<ListedBlock> {
  const listed = await listBlocks(context.port);
  if (!listed.ok) throw new Error(`listing the blocks failed: ${listed.error.message}`);
  if (listed.value.length !== 1) throw new Error(`expected one block, the document lists ${listed.value.length}`);
  return listed.value[0];
}

const blockScenarios: Scenario[] = [
  {
    id: 'block-relevel',
    title: 'Re-level a block',
    fixture: withBlock(),
    async run(context) {
      const { port, catalog } = context;
      const block = await theBlock(context);
      const ready = await prepareChange(
        port,
        catalog,
        block,
        { kind: 'relevel', levelId: OTHER_LEVEL },
        savedMapping(port),
      );
      if (!ready.ok) return [checkThat('the change can be prepared', false, 'a plan', ready.message)];
      const result = await applyChange(port, block, ready.value, false);
      const view = await context.session.view();
      const after = await theBlock(context);
      const { competency } = picked(catalog);
      const texts = (competency.levels[OTHER_LEVEL]?.responsibilities ?? []).map((r) => r.text);
      return [
        checkOk('the block is re-levelled', result),
        check('the block now has the new level', after.tag.levelId, OTHER_LEVEL),
        check('it holds every responsibility at the new level', blockTexts(view)[0]?.slice(2), texts),
        check('the text around it is kept', textsOutsideBlocks(view), ['Before', 'After', '']),
        check('the rebuilt block is unedited', after.edits, 'unchanged'),
      ];
    },
  },
  {
    id: 'block-refresh',
    title: 'Refresh a block from the catalog',
    fixture: withBlock(),
    async run(context) {
      const { port, catalog } = context;
      const before = await context.session.view();
      const block = await theBlock(context);
      const ready = await prepareChange(port, catalog, block, { kind: 'refresh' }, savedMapping(port));
      if (!ready.ok) return [checkThat('the change can be prepared', false, 'a plan', ready.message)];
      const result = await applyChange(port, block, ready.value, false);
      const view = await context.session.view();
      return [
        checkOk('the block is refreshed', result),
        check('an unchanged catalog changes no text', texts(view), texts(before)),
        check('one block remains', view.blocks.length, 1),
      ];
    },
  },
  {
    id: 'block-remove',
    title: 'Remove a block',
    fixture: withBlock(),
    async run(context) {
      const block = await theBlock(context);
      const result = await removeBlock(context.port, block, false);
      const view = await context.session.view();
      return [
        checkOk('the block is removed', result),
        check('its paragraphs go and nothing else', texts(view), ['Before', 'After', '']),
        check('no block remains', view.blocks.length, 0),
      ];
    },
  },
  {
    id: 'block-edited-refused',
    title: 'An edited block is refused',
    fixture: withBlock((text, i) => (i === 2 ? { text: `${text} Typed by the user.` } : {})),
    async run(context) {
      const { port, catalog } = context;
      const before = await context.session.view();
      const block = await theBlock(context);
      const ready = await prepareChange(port, catalog, block, { kind: 'refresh' }, savedMapping(port));
      if (!ready.ok) return [checkThat('the change can be prepared', false, 'a plan', ready.message)];
      const refused = await applyChange(port, block, ready.value, false);
      const removal = await removeBlock(port, block, false);
      const lost = refused.ok ? [] : (refused.error.lost ?? []);
      return [
        check('the block lists as edited', block.edits, 'edited'),
        checkError('refreshing it is refused', refused, 'block-edited'),
        checkThat(
          'the refusal shows the typed text',
          lost.some((l) => l.includes('Typed by the user.')),
          'the typed line',
          lost,
        ),
        checkError('removing it is refused', removal, 'block-edited'),
        await checkUnchanged(context, before),
      ];
    },
  },
  {
    id: 'block-tracked-deletion',
    title: 'A block whose text has a tracked deletion',
    fixture: withBlock((text, i) => (i === 2 ? { text: text.slice(0, -1), deleted: text.slice(-1) } : {})),
    async run(context) {
      const block = await theBlock(context);
      const shown = block.text.split('\n')[2] ?? '';
      const line = sectionsOf(context.catalog, wholeCompetency(context.catalog))[0].content[2];
      const full = line.kind === 'paragraph' ? line.runs.map((r) => r.text).join('') : '';
      return [
        check('the block text leaves the deleted text out', shown, full.slice(0, -1)),
        check('the block lists as edited', block.edits, 'edited'),
      ];
    },
  },
  {
    id: 'blocks-200-listed',
    title: '200 blocks listed',
    fixture: (catalog) => {
      const section = sectionsOf(catalog, { ...smallSelection(catalog), responsibilityIds: [] })[0];
      const body: FixtureBlock[] = [];
      const controls = [];
      for (let i = 0; i < 200; i++) {
        const block = blockFixture(section, body.length);
        body.push(...block.body);
        controls.push(block.control);
      }
      return { body: [...body, { text: '' }], controls, cursor: { paragraph: body.length } };
    },
    async run(context) {
      const listed = await listBlocks(context.port);
      const blocks = listed.ok ? listed.value : [];
      return [
        checkOk('the blocks are listed', listed),
        check('all 200 are listed', blocks.length, 200),
        check('none is taken for edited', blocks.filter((b) => b.edits !== 'unchanged').length, 0),
      ];
    },
  },
];

/**
 * Real Word's known behaviours (OfficeDev/office-js issues): the situation each arises in, with what the
 * user must get whatever the Word. The Word test double plays the behaviour (Fixture.wordQuirks); the
 * adapter's defences are in src/word. Also covered above: Heading 1 set on new paragraphs (samples#223,
 * #1656) by "Insert into an empty paragraph", a tracked deletion in a block (#1267) by "A block whose text
 * has a tracked deletion".
 */
/** Insertion went through with both blocks, or was refused with the document left as it was: never half. */
async function checkAllOrNothing(
  context: ScenarioContext,
  outcome: InsertOutcome,
  before: DocumentView,
): Promise<CheckResult[]> {
  const view = await context.session.view();
  if (outcome.kind === 'done') return [checkDone(outcome), ...checkBlocks(view, context.catalog)];
  return [
    checkThat('a refusal says what to do', outcome.kind === 'failed', 'a plain-language refusal', outcomeText(outcome)),
    check('the document is unchanged', view, before),
  ];
}

/** The catalog with its first picked responsibility on two lines, as a spreadsheet cell of an organization's may be. */
function withTwoLineItem(catalog: Catalog): Catalog {
  const copy = JSON.parse(JSON.stringify(catalog)) as Catalog;
  const first = picked(copy).competency.levels[LEVEL]?.responsibilities[0];
  if (first) first.text = `${first.text}\n${SECOND_LINE}`;
  return copy;
}

const SECOND_LINE = 'Second line of the item';

const lineBreakScenario: Scenario = {
  id: 'word-item-line-break',
  title: 'An item whose text has two lines (#4275, #1755, #3705)',
  fixture: template(),
  async run(context) {
    const outcome = await insert({ ...context, catalog: withTwoLineItem(context.catalog) });
    const view = await context.session.view();
    const listed = await listBlocks(context.port);
    const block = listed.ok ? listed.value[0] : undefined;
    return [
      checkDone(outcome),
      // Part heading, competency heading and the two responsibilities: the item was not split in two.
      check('the item stays one paragraph', paragraphs(view).filter((p) => p.block === 0).length, 4),
      checkThat(
        'the block holds both lines of the item',
        !!block?.text.includes(SECOND_LINE),
        SECOND_LINE,
        block?.text ?? 'no block',
      ),
      check('the block reads as not edited', block?.edits, 'unchanged'),
    ];
  },
};

const wordBehaviourScenarios: Scenario[] = [
  {
    id: 'word-new-list-after-list-item',
    title: 'Bullets we number, after a list item (startNewList: #2307, #3156, #6524)',
    // The house bullet style (List Paragraph) has no numbering: the bullets are lists the adapter starts.
    fixture: {
      body: [{ text: 'Duties', style: 'Heading1' }, { text: 'Keeps the files', list: true }, { text: 'Signature' }],
      cursor: { paragraph: 1 },
      settings: { [HOUSE_STYLE_SETTING]: { responsibility: 'List Paragraph' } },
      wordQuirks: ['startNewList-empty-item'],
    },
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      const bullets = paragraphs(view)
        .filter((p) => p.block === 0)
        .slice(2);
      return [
        checkDone(outcome),
        check('every paragraph is kept, no empty one is added', texts(view), [
          'Duties',
          'Keeps the files',
          ...expectedBlocks(context.catalog).flat(),
          'Signature',
        ]),
        check(
          'responsibilities are list items',
          bullets.map((p) => p.listItem),
          bullets.map(() => true),
        ),
        check('the list item at the cursor stays one', paragraphs(view)[1]?.listItem, true),
      ];
    },
  },
  {
    id: 'word-template-control',
    title: "At the end of the template's own content control (#3176)",
    fixture: template({
      body: [...TEMPLATE.slice(0, 2), { text: 'Main duties:' }, { text: 'Signature' }],
      controls: [{ from: 2, title: 'Duties', tag: 'template-duties' }],
      cursor: { paragraph: 2 },
    }),
    async run(context) {
      const outcome = await insert(context);
      const view = await context.session.view();
      return [
        checkDone(outcome),
        check(
          'the blocks follow the paragraph of the cursor',
          texts(view),
          templateTexts('Main duties:', ...expectedBlocks(context.catalog).flat()),
        ),
        ...checkBlocks(view, context.catalog),
      ];
    },
  },
  {
    id: 'word-mac-after-table',
    title: 'After a table, on Word for Mac (a table\'s last style reads "": #5934)',
    fixture: template({
      body: [
        ...TEMPLATE.slice(0, 2),
        { table: [['Area', 'Detail']], style: 'TableGrid' },
        { text: '' },
        { text: 'Signature' },
      ],
      cursor: { paragraph: 4 },
      wordQuirks: ['mac'],
    }),
    async run(context) {
      const read = await context.port.readDocument();
      const outcome = await insert(context);
      const view = await context.session.view();
      const styles = read.ok
        ? [...read.value.context.paragraphsAbove, ...read.value.context.paragraphsBelow].map((p) => p.style)
        : [];
      return [
        checkOk('the document is read', read),
        checkThat('no paragraph is read without a style', !styles.includes(''), 'none', styles),
        checkDone(outcome),
        ...checkBlocks(view, context.catalog),
        ...checkStyles(view, 'heading 1', 'list bullet'),
      ];
    },
  },
  ...(
    [
      ['getStyles-missing', 'getStyles missing although WordApi 1.5 is reported (#6859)'],
      ['getStyles-fails', 'getStyles failing although isSetSupported says yes (#4953)'],
    ] as const
  ).map(([quirk, title]): Scenario => ({
    id: `word-${quirk}`,
    title: `Insert with ${title}`,
    fixture: template({ wordQuirks: [quirk] }),
    async run(context) {
      const read = await context.port.readDocument();
      const outcome = await insert(context);
      const view = await context.session.view();
      return [checkOk('the document is read', read), checkDone(outcome), ...checkBlocks(view, context.catalog)];
    },
  })),
  {
    id: 'word-comment-selected',
    title: 'Insert while Word for Mac has a comment selected (#6046)',
    fixture: template({ wordQuirks: ['mac', 'comment-selected'] }),
    async run(context) {
      const before = await context.session.view();
      return checkAllOrNothing(context, await insert(context), before);
    },
  },
  {
    id: 'word-relevel-twice-web',
    title: 'Re-level the same block twice, on Word on the web (#6738)',
    fixture: (catalog) => ({ ...withBlock()(catalog), wordQuirks: ['web'] }),
    async run(context) {
      const { port, catalog } = context;
      const results: CheckResult[] = [];
      for (const levelId of [OTHER_LEVEL, smallSelection(catalog).levelId]) {
        const block = await theBlock(context);
        const ready = await prepareChange(port, catalog, block, { kind: 'relevel', levelId }, savedMapping(port));
        if (!ready.ok) return [checkThat('the change can be prepared', false, 'a plan', ready.message)];
        results.push(
          checkOk(`the block is re-levelled to ${levelId}`, await applyChange(port, block, ready.value, false)),
        );
      }
      const view = await context.session.view();
      results.push(check('the text around it is kept', textsOutsideBlocks(view), ['Before', 'After', '']));
      return results;
    },
  },
  {
    id: 'word-settings-over-limit',
    title: 'Save a document setting larger than Word keeps (#621, #6304)',
    fixture: template({ settings: { [HOUSE_STYLE_SETTING]: SAVED_MAPPING } }),
    async run(context) {
      const { port } = context;
      const huge = { responsibility: 'x'.repeat(2_500_000) };
      const refused = await port.setDocumentSetting(HOUSE_STYLE_SETTING, huge).then(
        () => undefined,
        (e: unknown) => (e instanceof Error ? e.message : String(e)),
      );
      const outcome = await insert(context);
      const view = await context.session.view();
      return [
        checkThat('saving is refused, saying why', !!refused?.trim(), 'a refusal', refused ?? 'saved'),
        check('the saved mapping is kept', port.getDocumentSetting(HOUSE_STYLE_SETTING), SAVED_MAPPING),
        checkDone(outcome),
        ...checkStyles(view, 'heading 1', 'list paragraph'),
      ];
    },
  },
  {
    id: 'word-block-deleted-tracked',
    title: 'A block deleted while tracking changes, not yet accepted (#1524)',
    // Every line of the block is a tracked deletion: Word still has the control, looking live.
    fixture: withBlock((text) => ({ text: '', deleted: text })),
    async run(context) {
      const listed = await listBlocks(context.port);
      const read = await context.port.readDocument();
      return [
        checkOk('the blocks are listed', listed),
        check('the deleted block is not offered', listed.ok ? listed.value.map((b) => b.title) : [], []),
        // Else its items would count as already in the document when the same ones are inserted again.
        check('the document read holds no block', read.ok ? read.value.blocks.map((b) => b.title) : ['unread'], []),
      ];
    },
  },
  lineBreakScenario,
];

export const SCENARIOS: readonly Scenario[] = [...insertScenarios, ...blockScenarios, ...wordBehaviourScenarios];
