import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import { builtinCatalog } from '../../src/catalog/builtin';
import { levelView } from '../../src/catalog/query';
import type { ParagraphCommand } from '../../src/render/commands';
import { parseSectionTag } from '../../src/render/section-tag';
import { filterView } from '../../src/taskpane/state/search-filter';
import { createFakePort, fakeSnapshot } from './fake-port';
import {
  catalogChoice,
  checkbox,
  competencyHeader,
  countText,
  expandCompetency,
  insertButton,
  isDisabled,
  renderPane,
} from './render-pane';

const catalog = builtinCatalog('namss-jd-builder-2021');
const entry = levelView(catalog, 'entry');
const executive = levelView(catalog, 'executive');
const psv = entry.competencies[0];

function paragraphTexts(content: { kind: string }[]): string[] {
  return content
    .filter((c): c is ParagraphCommand => c.kind === 'paragraph')
    .map((p) => p.runs.map((r) => r.text).join(''));
}

beforeEach(() => localStorage.clear());

/** The cursor after body text under the heading "Duties": the part heading is added (auto). */
function afterBodyText() {
  const snapshot = fakeSnapshot();
  snapshot.context.paragraphsAbove.push({ style: 'Normal', text: 'The duties of the post.', isListItem: false });
  return createFakePort(snapshot);
}

test('the Level control lists the levels with their years, and switching level changes the responsibilities', async () => {
  const { user } = await renderPane();
  const level = screen.getByRole('combobox', { name: 'Level' });
  const options = within(level)
    .getAllByRole('option')
    .map((o) => o.textContent);
  expect(options).toEqual([
    'Entry Level · 0–4 years',
    'Mid-Career · 5–14 years',
    'Managerial · 15–24 years',
    'Executive · 25+ years',
  ]);

  await user.selectOptions(level, 'entry');
  await expandCompetency(user, psv.competency.title);
  const entryText = psv.responsibilities[0].text;
  expect(screen.getByRole('checkbox', { name: entryText })).toBeTruthy();

  await user.selectOptions(level, 'executive');
  await expandCompetency(user, psv.competency.title);
  expect(screen.queryByRole('checkbox', { name: entryText })).toBeNull();
  expect(screen.getByRole('checkbox', { name: executive.competencies[0].responsibilities[0].text })).toBeTruthy();
});

test('each competency shows its essentiality as text, in catalog order', async () => {
  await renderPane();
  const headers = entry.competencies.map((c) => competencyHeader(c.competency.title));
  expect(headers).toHaveLength(entry.competencies.length);
  for (let i = 1; i < headers.length; i++) {
    expect(headers[i - 1].compareDocumentPosition(headers[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }
  expect(headers[0].textContent).toContain('Very Essential');
  const somewhat = entry.competencies.findIndex((c) => c.rating === 'somewhat-essential');
  expect(headers[somewhat].textContent).toContain('Somewhat Essential');
});

test('search filters as the user types and marks the matches', async () => {
  const { user } = await renderPane();
  await user.type(screen.getByLabelText('Search'), 'enrollment');
  await waitFor(() => expect(document.querySelectorAll('mark').length).toBeGreaterThan(0));
  for (const mark of document.querySelectorAll('mark')) expect(mark.textContent?.toLowerCase()).toBe('enrollment');
  const { matchCount } = filterView(catalog, entry, 'enrollment');
  expect(screen.getByText(`${matchCount} matching items`)).toBeTruthy();
  // Competencies without a match are gone; a matching responsibility is shown (its competency opens by itself).
  const unmatched = entry.competencies.find(
    (c) => !/enrollment/i.test(c.competency.title) && !c.responsibilities.some((r) => /enrollment/i.test(r.text)),
  )!;
  expect(screen.queryByText(unmatched.competency.title)).toBeNull();
  const matching = entry.competencies.flatMap((c) => c.responsibilities).find((r) => /enrollment/i.test(r.text))!;
  expect(checkbox(matching.text)).toBeTruthy();
});

test('a competency closed during a search stays closed for that query; another query opens it again', async () => {
  const { user } = await renderPane();
  const box = screen.getByLabelText('Search');
  // A long word of a responsibility, its first letters not in its competency's title (so the title is plain text).
  const { c, word } = entry.competencies
    .flatMap((c) => c.responsibilities.map((r) => ({ c, word: r.text.split(/\W+/).find((w) => w.length >= 8) ?? '' })))
    .find(({ c, word }) => word && !c.competency.title.toLowerCase().includes(word.slice(0, -1).toLowerCase()))!;
  const expanded = () => competencyHeader(c.competency.title).getAttribute('aria-expanded');
  await user.type(box, word.slice(0, -1));
  await waitFor(() => expect(expanded()).toBe('true'));
  await user.click(competencyHeader(c.competency.title));
  await waitFor(() => expect(expanded()).toBe('false'));
  await user.type(box, word.slice(-1));
  await waitFor(() => expect(expanded()).toBe('true'));
  // Back to the first query: the matches decide again, the earlier closing is forgotten.
  await user.type(box, '{Backspace}');
  await waitFor(() => expect(box).toHaveProperty('value', word.slice(0, -1)));
  await waitFor(() => expect(expanded()).toBe('true'));
});

test('"Select all" ticks every responsibility of one competency, and the count follows', async () => {
  const { user } = await renderPane();
  await expandCompetency(user, psv.competency.title);
  await user.click(screen.getByRole('checkbox', { name: `Select all in ${psv.competency.title}` }));
  for (const r of psv.responsibilities) expect(checkbox(r.text).checked).toBe(true);
  const n = psv.responsibilities.length;
  expect(countText()).toBe(`${n} items selected: ${n} responsibilities`);

  await user.click(checkbox(psv.responsibilities[0].text));
  expect(countText()).toBe(`${n - 1} items selected: ${n - 1} responsibilities`);
});

test('the quick pick selects every Very Essential and Essential competency', async () => {
  const { user } = await renderPane();
  await user.click(screen.getByRole('button', { name: 'Select all Very Essential and Essential' }));
  const expected = entry.competencies
    .filter((c) => c.rating === 'very-essential' || c.rating === 'essential')
    .reduce((n, c) => n + c.responsibilities.length, 0);
  expect(countText()).toBe(`${expected} items selected: ${expected} responsibilities`);
});

test('the insert button is disabled with an explanation until something is selected', async () => {
  const { user, port } = await renderPane();
  const button = insertButton();
  expect(isDisabled(button)).toBe(true);
  const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  expect(why?.textContent).toMatch(/Pick at least one item/);
  await user.click(button);
  expect(port.inserts).toHaveLength(0);

  await user.click(checkbox(entry.skills[0].name));
  expect(isDisabled(insertButton())).toBe(false);
});

test('a placeholder input appears when a picked item uses it, and its value goes into the insertion', async () => {
  const { user, port } = await renderPane();
  expect(screen.queryByRole('textbox', { name: 'Work setting' })).toBeNull();
  const qualification = entry.qualifications.find((q) => q.text.includes('[insert work setting]'))!;
  await user.click(checkbox(`${qualification.text} (preferred)`));
  const input = screen.getByRole('textbox', { name: 'Work setting' });
  await user.type(input, 'a hospital');
  await user.click(insertButton());
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  const table = port.inserts[0].plan.sections[0].content.find((c) => c.kind === 'table');
  expect(table && table.kind === 'table' && table.rows.flat().join(' ')).toContain(
    'Experience in medical services profession and a hospital',
  );
});

test('Insert sends a plan whose content matches the selection, then confirms what was inserted', async () => {
  const { user, port } = await renderPane();
  const second = entry.competencies[1];
  await expandCompetency(user, psv.competency.title);
  await user.click(checkbox(psv.responsibilities[1].text));
  await expandCompetency(user, second.competency.title);
  await user.click(checkbox(second.responsibilities[0].text));
  await user.click(checkbox(entry.skills[2].name));
  await user.click(insertButton());

  await waitFor(() => expect(port.inserts).toHaveLength(1));
  const { plan, mode } = port.inserts[0];
  expect(mode).toBe('after-selection');
  expect(plan.sections.map((s) => s.title)).toEqual([
    psv.competency.title,
    second.competency.title,
    'Knowledge and Skills',
  ]);
  const texts = plan.sections.flatMap((s) => paragraphTexts(s.content));
  expect(texts).toContain(psv.responsibilities[1].text);
  expect(texts).toContain(second.responsibilities[0].text);
  expect(texts.some((t) => t.startsWith(`${entry.skills[2].name}: `))).toBe(true);
  expect(texts).not.toContain(psv.responsibilities[0].text);
  // One line for the result; the section names only on request.
  const summary = await screen.findByText('Inserted 3 sections: 2 responsibilities, 1 skill.');
  const status = summary.closest('.fui-MessageBar') as HTMLElement;
  expect(within(status).getByText("Word's Undo (Ctrl+Z) takes it out again.")).toBeTruthy();
  const details = status.querySelector('details')!;
  expect(details.open).toBe(false);
  expect(within(details).getByText('Sections inserted')).toBeTruthy();
  expect(within(details).getByText(second.competency.title)).toBeTruthy();
  // Every inserted section carries the same new job id: they form one job description.
  const jobIds = plan.sections.map((s) => parseSectionTag(s.tag)?.jobId);
  expect(new Set(jobIds).size).toBe(1);
  expect(jobIds[0]).toMatch(/^[a-z0-9]{6}$/);
});

test('an error from Word shows as an error MessageBar with its advice, and the pane stays usable', async () => {
  const port = createFakePort();
  port.insertResult = {
    ok: false,
    error: {
      code: 'protected',
      message: 'This document is protected.',
      advice: 'Ask its owner to remove the protection.',
    },
  };
  const { user } = await renderPane({ port });
  await user.click(checkbox(entry.skills[0].name));
  await user.click(insertButton());
  const bar = await screen.findByText(/This document is protected\./);
  expect(bar.textContent).toContain('Ask its owner to remove the protection.');
  expect(screen.getByText('Nothing was inserted')).toBeTruthy();
  expect(screen.getByRole('combobox', { name: 'Level' })).toBeTruthy();
  expect(isDisabled(insertButton())).toBe(false);
});

test('with text selected in the document, the pane asks whether to insert after it or replace it', async () => {
  const port = createFakePort(
    fakeSnapshot({ cursor: { location: 'body', collapsed: false, selectedText: 'old text', inEmptyParagraph: false } }),
  );
  const { user } = await renderPane({ port });
  await user.click(checkbox(entry.skills[0].name));
  await user.click(insertButton());
  expect(await screen.findByRole('button', { name: 'Insert after selection' })).toBeTruthy();
  expect(port.inserts).toHaveLength(0);
  await user.click(screen.getByRole('button', { name: 'Replace selection' }));
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  expect(port.inserts[0].mode).toBe('replace-selection');
  // The answered question's buttons are gone; focus is back on the insert button, not lost.
  expect(document.activeElement).toBe(insertButton());
});

test('items already in the document are marked, and inserting them again asks first', async () => {
  const skill = entry.skills[0];
  const tag = {
    catalogId: catalog.id,
    catalogVersion: catalog.version,
    levelId: 'entry',
    part: 'skills' as const,
    itemIds: [skill.id],
  };
  const port = createFakePort(
    fakeSnapshot({ blocks: [{ id: 'cc1', title: 'Knowledge and Skills', tag, text: skill.name }] }),
  );
  const { user } = await renderPane({ port });
  const row = checkbox(skill.name).closest('div')!.parentElement!.parentElement!;
  await waitFor(() => expect(within(row).getByText('In document')).toBeTruthy());

  await user.click(checkbox(skill.name));
  await user.click(insertButton());
  await user.click(await screen.findByRole('button', { name: 'Cancel' }));
  expect(port.inserts).toHaveLength(0);

  await user.click(insertButton());
  await user.click(await screen.findByRole('button', { name: 'Insert again' }));
  await waitFor(() => expect(port.inserts).toHaveLength(1));
});

test('a house-style choice is saved in the document and used for the insertion; reset goes back to detected', async () => {
  const { user, port } = await renderPane({ port: afterBodyText() });
  await user.click(screen.getByRole('button', { name: 'House style' }));
  const heading = await screen.findByRole('combobox', { name: 'Section heading style' });
  await waitFor(() => expect((heading as HTMLSelectElement).value).toBe('Heading1'));
  expect(
    within(heading)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toContain('House Heading');

  await user.selectOptions(heading, 'HouseHeading');
  expect(port.settingWrites.at(-1)).toEqual({ key: 'houseStyleMapping', value: { sectionHeading: 'HouseHeading' } });

  await user.click(checkbox(entry.skills[0].name));
  await user.click(insertButton());
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  const first = port.inserts[0].plan.sections[0].content[0] as ParagraphCommand;
  expect(first.style.id).toBe('HouseHeading');

  await user.click(screen.getByRole('button', { name: 'Reset to detected' }));
  expect(port.settingWrites.at(-1)).toEqual({ key: 'houseStyleMapping', value: {} });
  expect((screen.getByRole('combobox', { name: 'Section heading style' }) as HTMLSelectElement).value).toBe('Heading1');
});

test('a mapping stored in the document is used from the start', async () => {
  const port = createFakePort();
  port.settings.set('houseStyleMapping', { sectionHeading: 'HouseHeading' });
  const { user } = await renderPane({ port });
  await user.click(screen.getByRole('button', { name: 'House style' }));
  const heading = await screen.findByRole('combobox', { name: 'Section heading style' });
  await waitFor(() => expect((heading as HTMLSelectElement).value).toBe('HouseHeading'));
});

test('the first-run explanation can be skipped, and stays skipped', async () => {
  const { user, unmount } = await renderPane({ firstRun: true });
  expect(screen.getByText('Three steps')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Got it' }));
  expect(screen.queryByText('Three steps')).toBeNull();
  // Focus goes to the next step rather than being lost with the button.
  expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Level' }));
  unmount();
  await renderPane({ firstRun: true });
  expect(screen.queryByText('Three steps')).toBeNull();
});

test('the level is remembered for the user and in the document', async () => {
  const { user, port, unmount } = await renderPane();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'managerial');
  expect(port.settings.get('jdbLevel')).toBe('managerial');
  unmount();

  const again = await renderPane();
  expect((screen.getByLabelText('Level') as HTMLSelectElement).value).toBe('managerial');
  again.unmount();

  // The document's own level wins over the user's last one.
  const other = createFakePort();
  other.settings.set('jdbLevel', 'executive');
  await renderPane({ port: other });
  expect((screen.getByLabelText('Level') as HTMLSelectElement).value).toBe('executive');
});

test('the Greeley profile offers its own levels and its position summary, which is inserted first', async () => {
  const greeley = builtinCatalog('greeley-dmss-sample');
  const { user, port } = await renderPane({ port: afterBodyText() });
  await user.selectOptions(await catalogChoice(user), greeley.id);
  const levels = within(screen.getByLabelText('Level'))
    .getAllByRole('option')
    .map((o) => o.getAttribute('value'));
  expect(levels).toEqual(greeley.levels.map((l) => l.id));
  await user.click(checkbox(greeley.summary!.title));
  const competency = levelView(greeley, levels[0]!).competencies[0];
  await expandCompetency(user, competency.competency.title);
  await user.click(checkbox(competency.responsibilities[0].text));
  await user.click(insertButton());
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  const sections = port.inserts[0].plan.sections;
  expect(sections[0].title).toBe('Position Summary');
  expect(paragraphTexts(sections[0].content)).toContain(greeley.summary!.text);
  expect(paragraphTexts(sections[1].content)).toContain(competency.responsibilities[0].text);
});

test('where skill ratings would show, one note says the source rated them and its text lost the ratings', async () => {
  await renderPane();
  const skills = screen.getByRole('region', { name: 'Knowledge and skills' });
  expect(within(skills).getByText(/The source rates every skill at every level/)).toBeTruthy();
  expect(within(skills).queryByText(/Not rated/i)).toBeNull();
});

test('the Greeley levels say they are added, not in the source; its profile inserts in the sample’s order and headings', async () => {
  const greeley = builtinCatalog('greeley-dmss-sample');
  const { user, port } = await renderPane({ port: afterBodyText() });
  await user.selectOptions(await catalogChoice(user), greeley.id);
  const labels = within(screen.getByLabelText('Level'))
    .getAllByRole('option')
    .map((o) => o.textContent);
  expect(labels).toEqual(['Managerial (added, not in the source)', 'Executive (added, not in the source)']);
  const profile = screen.getByRole('group', { name: /^Director, Medical Staff Services – Greeley sample/ });
  await user.click(within(profile).getByRole('button', { name: 'Apply' }));
  await user.click(insertButton());
  await waitFor(() => expect(port.inserts).toHaveLength(1));
  const texts = port.inserts[0].plan.sections.flatMap((s) => paragraphTexts(s.content));
  const order = [
    'Summary',
    'Major Responsibilities',
    'Administration/Management',
    'Additional responsibilities',
    'Ideal qualifications',
  ];
  const at = order.map((t) => texts.indexOf(t));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
});
