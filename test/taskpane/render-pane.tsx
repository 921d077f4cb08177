/** Renders the app against a port, with the first-run explanation already dismissed unless asked. */
import { act, render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { DocumentPort } from '../../src/word/port';
import { createFakePort, type FakePort } from './fake-port';

/** Resolves once the pane has read the document (its first state update), so tests start from a settled pane. */
export async function renderPane<P extends DocumentPort = FakePort>(options: { port?: P; firstRun?: boolean } = {}) {
  if (!options.firstRun) localStorage.setItem('jdb.firstRunDone', '1');
  const port = (options.port ?? createFakePort()) as P;
  // The pointer-events check calls getComputedStyle up the tree on every click (slow in jsdom, see setup.ts).
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(<App port={port} theme="light" />);
  await act(async () => undefined);
  return { port, user, ...view };
}

export function insertButton(): HTMLButtonElement {
  const button = screen.getByText('Insert at cursor').closest('button');
  if (!button) throw new Error('No "Insert at cursor" button');
  return button;
}

export function isDisabled(el: HTMLElement): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}

/** A competency's accordion header button (its name starts with the competency title). */
export function competencyHeader(title: string): HTMLButtonElement {
  const button = screen.getByText(title).closest('button');
  if (!button) throw new Error(`No header button for competency "${title}"`);
  return button;
}

export async function expandCompetency(user: ReturnType<typeof userEvent.setup>, title: string): Promise<void> {
  const header = competencyHeader(title);
  if (header.getAttribute('aria-expanded') !== 'true') await user.click(header);
}

/**
 * A checkbox by its label (the label's text is the accessible name). getByRole computes every element's
 * role and name, which takes about a second per query on the full pane in jsdom; the Level test checks
 * the accessible names with getByRole once.
 */
export function checkbox(name: string | RegExp): HTMLInputElement {
  return screen.getByLabelText(name, { selector: 'input[type="checkbox"]' }) as HTMLInputElement;
}

export function queryCheckbox(name: string): HTMLInputElement | null {
  return screen.queryByLabelText(name, { selector: 'input[type="checkbox"]' }) as HTMLInputElement | null;
}

export function countText(): string {
  return insertButton().parentElement?.querySelector('[role="status"]')?.textContent ?? '';
}

/** Step 1's Catalog choice, shown first by its Change button as a user would (it is folded away by default). */
export async function catalogChoice(user: ReturnType<typeof userEvent.setup>): Promise<HTMLSelectElement> {
  const shown = screen.queryByLabelText('Catalog', { selector: 'select' });
  if (shown) return shown as HTMLSelectElement;
  await user.click(screen.getByLabelText(/^Change catalog/, { selector: 'button' }));
  return screen.getByLabelText('Catalog', { selector: 'select' }) as HTMLSelectElement;
}
