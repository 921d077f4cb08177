import { parseSectionTag } from '../../src/render/section-tag';
import type { InsertPlan } from '../../src/render/commands';
import { ENGLISH_STYLES, uninstallFakeOffice, type StyleEntry } from '../support/fake-word';
import { paragraphs, texts, wordWith } from './helpers';
import { bulletPlan, HEADING_2, HEADING_3, LIST_BULLET, NORMAL, STRONG, TABLE_GRID, tagFor } from './plans';

afterEach(() => uninstallFakeOffice(globalThis));

const BLOCK_OF_TWO = ['Competency 1', 'Responsibility r1', 'Responsibility r2'];

describe('where the block goes', () => {
  test('after the paragraph holding the cursor, whatever the cursor position in it', async () => {
    const { fake, port } = wordWith({
      body: ['Title', 'Duties of the role', 'Signature'],
      selection: { paragraph: 1, offset: 3 },
    });
    const result = await port.insert(bulletPlan(2), 'after-selection');
    expect(result.ok).toBe(true);
    expect(texts(fake)).toEqual(['Title', 'Duties of the role', ...BLOCK_OF_TWO, 'Signature']);
  });

  test('a non-empty selection is kept, and the block goes after it', async () => {
    const { fake, port } = wordWith({
      body: ['Intro', 'Keep this text', 'End'],
      selection: { paragraph: 1, offset: 0, endParagraph: 1, endOffset: 4 },
    });
    await port.insert(bulletPlan(2), 'after-selection');
    expect(texts(fake)).toEqual(['Intro', 'Keep this text', ...BLOCK_OF_TWO, 'End']);
  });

  test('a selection over several paragraphs is kept; the block follows its last paragraph', async () => {
    const { fake, port } = wordWith({
      body: ['One', 'Two', 'Three'],
      selection: { paragraph: 0, offset: 1, endParagraph: 1, endOffset: 2 },
    });
    await port.insert(bulletPlan(2), 'after-selection');
    expect(texts(fake)).toEqual(['One', 'Two', ...BLOCK_OF_TWO, 'Three']);
  });

  test('replace-selection removes only the selected words', async () => {
    const { fake, port } = wordWith({
      body: ['Intro', 'Keep this text', 'End'],
      selection: { paragraph: 1, offset: 0, endParagraph: 1, endOffset: 5 },
    });
    await port.insert(bulletPlan(2), 'replace-selection');
    expect(texts(fake)).toEqual(['Intro', 'this text', ...BLOCK_OF_TWO, 'End']);
  });

  test('replace-selection over whole paragraphs replaces them, leaving no blank line', async () => {
    const { fake, port } = wordWith({
      body: ['Intro', '[[RESPONSIBILITIES]]', 'old line', 'End'],
      selection: { paragraph: 1, offset: 0, endParagraph: 2 },
    });
    await port.insert(bulletPlan(2), 'replace-selection');
    expect(texts(fake)).toEqual(['Intro', ...BLOCK_OF_TWO, 'End']);
  });

  test('an empty placeholder paragraph at the cursor is replaced, not left as a blank line', async () => {
    const { fake, port } = wordWith({ body: ['Intro', '', 'End'], selection: { paragraph: 1 } });
    await port.insert(bulletPlan(2), 'after-selection');
    expect(texts(fake)).toEqual(['Intro', ...BLOCK_OF_TWO, 'End']);
  });

  test('after the empty paragraph is replaced, the document can be read again (the cursor moved on, as in Word)', async () => {
    const { port } = wordWith({ body: ['Intro', '', 'End'], selection: { paragraph: 1 } });
    await port.insert(bulletPlan(2), 'after-selection');
    const again = await port.readDocument();
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.value.blocks).toHaveLength(1);
  });

  test('at the very end of the document no empty paragraph is left after the block', async () => {
    const { fake, port } = wordWith({ body: ['Intro', ''], selection: { paragraph: 1 } });
    await port.insert(bulletPlan(2), 'after-selection');
    expect(texts(fake)).toEqual(['Intro', ...BLOCK_OF_TWO]);
  });

  test('a cursor inside an editable content control inserts inside it', async () => {
    const { fake, port } = wordWith({
      body: ['Intro', 'Placeholder', 'End'],
      controls: [{ from: 1, title: 'Responsibilities', tag: 'template-slot' }],
      selection: { paragraph: 1 },
    });
    const result = await port.insert(bulletPlan(2), 'after-selection');
    expect(result.ok).toBe(true);
    const slot = fake.snapshot().controls.find((c) => c.tag === 'template-slot');
    expect(slot?.text.split('\r')).toEqual(['Placeholder', ...BLOCK_OF_TWO]);
  });

  test('a cursor in a body table cell inserts there', async () => {
    const { fake, port } = wordWith({
      body: ['Intro', { table: [['Duties', '']] }, 'End'],
      selection: { paragraph: 2 },
    });
    const result = await port.insert(bulletPlan(1), 'after-selection');
    expect(result.ok).toBe(true);
    const table = fake.snapshot().body[1];
    expect(table.kind === 'table' && table.values[0][1].split('\r')).toEqual(['Competency 1', 'Responsibility r1']);
  });
});

describe('styles', () => {
  test('every new paragraph gets its own style, even the last one, whatever the anchor paragraph looked like', async () => {
    const { fake, port } = wordWith({ body: [{ text: 'Job title', style: 'Title' }], selection: { paragraph: 0 } });
    await port.insert(bulletPlan(3), 'after-selection');
    const inserted = paragraphs(fake).slice(1);
    expect(inserted.map((p) => p.style)).toEqual(['Heading 3', 'List Bullet', 'List Bullet', 'List Bullet']);
    expect(inserted.map((p) => p.isListItem)).toEqual([false, true, true, true]);
  });

  test('built-ins go by styleBuiltIn (any language), custom styles by their name in this document', async () => {
    const german: StyleEntry[] = [
      { nameLocal: 'Standard', builtIn: 'Normal', type: 'Paragraph' },
      { nameLocal: 'Überschrift 3', builtIn: 'Heading3', type: 'Paragraph' },
      { nameLocal: 'JD Aufgabe', type: 'Paragraph', list: true },
    ];
    const { fake, port } = wordWith({ styles: german, body: ['Einleitung'], selection: { paragraph: 0 } });
    // As the OOXML path resolves them: built-ins carry their English display name and the built-in key.
    const custom = { id: 'JDAufgabe', localName: 'JD Aufgabe' };
    const result = await port.insert(bulletPlan(2, 10, custom), 'after-selection');
    expect(result.ok).toBe(true);
    expect(paragraphs(fake).map((p) => p.style)).toEqual(['Standard', 'Überschrift 3', 'JD Aufgabe', 'JD Aufgabe']);
  });

  test('a style the document lacks falls back to Normal with a warning, and nothing fails half-way', async () => {
    const { fake, port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 } });
    const result = await port.insert(bulletPlan(2, 10, { id: 'Gone', localName: 'House Bullet' }), 'after-selection');
    expect(result.ok && result.messages.map((m) => m.code)).toEqual(['style-missing']);
    expect(result.ok && result.messages[0].text).toContain('House Bullet');
    expect(paragraphs(fake).map((p) => p.style)).toEqual(['Normal', 'Heading 3', 'Normal', 'Normal']);
  });

  test('a cursor in a bulleted paragraph does not turn headings into bullets', async () => {
    const { fake, port } = wordWith({
      body: [{ text: '', style: 'List Paragraph', list: true }],
      selection: { paragraph: 0 },
    });
    await port.insert(bulletPlan(1, 10, NORMAL), 'after-selection');
    expect(paragraphs(fake).map((p) => [p.text, p.isListItem])).toEqual([
      ['Competency 1', false],
      ['Responsibility r1', false],
    ]);
  });

  test('a skill: bold term, then a description that is not bold, with a character style where asked', async () => {
    const plan: InsertPlan = {
      sections: [
        {
          title: 'Knowledge and skills',
          tag: tagFor('skills', ['s1']),
          content: [
            {
              kind: 'paragraph',
              style: NORMAL,
              runs: [
                { text: 'Credentialing', bold: true },
                { text: ': verifies licences.' },
                { text: ' Key', characterStyle: STRONG },
              ],
            },
          ],
        },
      ],
    };
    const { fake, port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 } });
    await port.insert(plan, 'after-selection');
    const skill = paragraphs(fake)[1];
    expect(skill.text).toBe('Credentialing: verifies licences. Key');
    expect(skill.runs).toEqual([
      { text: 'Credentialing', bold: true },
      { text: ': verifies licences.', bold: false },
      { text: ' Key', style: 'Strong' },
    ]);
  });
});

describe('tables', () => {
  const qualifications: InsertPlan = {
    sections: [
      {
        title: 'Qualifications',
        tag: tagFor('quals', ['q1', 'q2']),
        content: [
          { kind: 'paragraph', style: HEADING_2, runs: [{ text: 'Qualifications' }] },
          {
            kind: 'table',
            style: TABLE_GRID,
            headerStyle: HEADING_3,
            bodyStyle: NORMAL,
            header: ['Area', 'Requirement'],
            rows: [
              ['Education', "Bachelor's degree"],
              ['Certification', 'CPMSM'],
            ],
          },
          {
            kind: 'table',
            style: null,
            headerStyle: HEADING_3,
            bodyStyle: NORMAL,
            header: [],
            rows: [['Experience', '5 years', 'extra cell']],
          },
        ],
      },
    ],
  };

  test('a table gets the values, the table style, a repeated header row and a style in every cell', async () => {
    const { fake, port } = wordWith({ body: ['Intro', 'End'], selection: { paragraph: 0 } });
    const result = await port.insert(qualifications, 'after-selection');
    expect(result.ok && result.value).toEqual({ sectionsInserted: 1, paragraphsInserted: 2, tablesInserted: 2 });
    const [intro, heading, table, separator, second, end] = fake.snapshot().body;
    expect([intro, heading, separator, end].map((b) => b.kind === 'paragraph' && b.text)).toEqual([
      'Intro',
      'Qualifications',
      '',
      'End',
    ]);
    expect(table).toEqual({
      kind: 'table',
      style: 'Table Grid',
      headerRowCount: 1,
      values: [
        ['Area', 'Requirement'],
        ['Education', "Bachelor's degree"],
        ['Certification', 'CPMSM'],
      ],
      cellStyles: [
        ['Heading 3', 'Heading 3'],
        ['Normal', 'Normal'],
        ['Normal', 'Normal'],
      ],
      cellBold: [
        [false, false],
        [false, false],
        [false, false],
      ],
    });
    expect(second.kind === 'table' && second.headerRowCount).toBe(0);
    expect(fake.snapshot().controls[0].text).toContain('Qualifications\rArea\rRequirement');
  });
});

describe('content controls', () => {
  test('each section is wrapped in its own control, tagged for later features and titled for people', async () => {
    const { fake, port } = wordWith({ body: ['Intro', 'End'], selection: { paragraph: 0 } });
    const plan = bulletPlan(5, 2);
    await port.insert(plan, 'after-selection');
    const controls = fake.snapshot().controls;
    expect(controls.map((c) => c.title)).toEqual(['Competency 1', 'Competency 2', 'Competency 3']);
    expect(controls.map((c) => c.tag)).toEqual(plan.sections.map((s) => s.tag));
    expect(controls.every((c) => parseSectionTag(c.tag) !== undefined)).toBe(true);
    expect(controls.map((c) => c.text)).toEqual([
      'Competency 1\rResponsibility r1\rResponsibility r2',
      'Competency 2\rResponsibility r3\rResponsibility r4',
      'Competency 3\rResponsibility r5',
    ]);
    expect(new Set(controls.map((c) => c.appearance))).toEqual(new Set(['BoundingBox']));
  });
});

describe('what the user is told', () => {
  test('track changes on: the insertion succeeds and says so', async () => {
    const { port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 }, changeTracking: 'TrackAll' });
    const result = await port.insert(bulletPlan(1), 'after-selection');
    expect(result.ok && result.messages.map((m) => [m.level, m.code])).toEqual([['info', 'track-changes-on']]);
  });

  test('track changes off: no message', async () => {
    const { port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 } });
    const result = await port.insert(bulletPlan(1), 'after-selection');
    expect(result.ok && result.messages).toEqual([]);
  });

  test('an empty plan is refused before Word is touched', async () => {
    const { fake, port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 } });
    const result = await port.insert(
      { sections: [{ title: 'Empty', tag: tagFor('c1', []), content: [] }] },
      'after-selection',
    );
    expect(!result.ok && result.error.code).toBe('nothing-to-insert');
    expect(fake.counters.runs).toBe(0);
  });

  test('the report counts what was inserted', async () => {
    const { port } = wordWith({ body: ['Intro'], selection: { paragraph: 0 }, styles: [...ENGLISH_STYLES] });
    const result = await port.insert(bulletPlan(25, 10, LIST_BULLET), 'after-selection');
    expect(result.ok && result.value).toEqual({ sectionsInserted: 3, paragraphsInserted: 28, tablesInserted: 0 });
  });
});

describe('inserting again', () => {
  test('with the cursor inside a section inserted earlier, the new sections follow it instead of nesting in it', async () => {
    const { fake, port } = wordWith({ body: ['Intro', ''], selection: { paragraph: 1 } });
    await port.insert(bulletPlan(2), 'after-selection');
    // The user clicks into the earlier section's last bullet.
    fake.select({ paragraph: 3, offset: 2 });
    const plan = bulletPlan(1);
    plan.sections[0].title = 'Competency again';
    const result = await port.insert(plan, 'after-selection');
    expect(result.ok).toBe(true);
    expect(texts(fake)).toEqual(['Intro', ...BLOCK_OF_TWO, 'Competency 1', 'Responsibility r1']);
    expect(fake.snapshot().controls.map((c) => [c.title, c.text.split('\r').length])).toEqual([
      ['Competency 1', 3],
      ['Competency again', 2],
    ]);
  });
});

describe('content controls in the template', () => {
  test('an empty placeholder inside a control that cannot be deleted is kept, so Word never fails half-way', async () => {
    const { fake, port } = wordWith({
      body: ['Intro', '', 'End'],
      controls: [{ from: 1, title: 'Responsibilities', tag: 'slot', cannotDelete: true }],
      selection: { paragraph: 1 },
    });
    const result = await port.insert(bulletPlan(2), 'after-selection');
    expect(result.ok).toBe(true);
    expect(texts(fake)).toEqual(['Intro', '', ...BLOCK_OF_TWO, 'End']);
    expect(fake.snapshot().controls.map((c) => c.tag)).toContain('slot');
  });

  test('replacing the whole text of such a control removes the text, not the control', async () => {
    const { fake, port } = wordWith({
      body: ['Intro', '[[DUTIES]]', 'End'],
      controls: [{ from: 1, title: 'Duties', tag: 'slot', cannotDelete: true }],
      selection: { paragraph: 1, offset: 0, endParagraph: 1 },
    });
    const result = await port.insert(bulletPlan(2), 'replace-selection');
    expect(result.ok).toBe(true);
    expect(texts(fake)).not.toContain('[[DUTIES]]');
    expect(fake.snapshot().controls.map((c) => c.tag)).toContain('slot');
  });

  test('an empty placeholder in an ordinary control is replaced like any other', async () => {
    const { fake, port } = wordWith({
      body: ['Intro', '', 'End'],
      controls: [{ from: 1, title: 'Responsibilities', tag: 'slot' }],
      selection: { paragraph: 1 },
    });
    await port.insert(bulletPlan(2), 'after-selection');
    expect(texts(fake)).toEqual(['Intro', ...BLOCK_OF_TWO, 'End']);
  });
});
