/**
 * Placeholder tokens ("[insert work setting]") inside catalog text become either the user's value
 * or a visible placeholder run, so nothing unfinished slips into a job description unnoticed.
 */
import type { Placeholder } from '../catalog/types';
import type { Run } from './blocks';

/** Any "[insert ...]" token, also ones the catalog forgot to declare. */
const GENERIC_TOKEN = /\[insert [^\]\n]*\]/i;

export interface PlaceholderFiller {
  /** The text as runs: filled values merged into plain text, unfilled tokens as placeholder runs. */
  toRuns(text: string): Run[];
  /** Tokens met without a value, in first-seen order. */
  readonly unfilled: string[];
}

export function placeholderFiller(placeholders: Placeholder[], values: Record<string, string>): PlaceholderFiller {
  const byToken = new Map(placeholders.map((p) => [p.token.toLowerCase(), p]));
  const declared = placeholders.filter((p) => p.token);
  const alternatives = [...declared.map((p) => escapeRegExp(p.token)), GENERIC_TOKEN.source];
  const pattern = new RegExp(alternatives.join('|'), 'gi');
  const unfilled: string[] = [];

  function valueFor(token: string): string | undefined {
    const p = byToken.get(token.toLowerCase());
    const value = (p && values[p.id]) ?? values[token] ?? (p && values[p.token]);
    return value && value.trim() ? value : undefined;
  }

  function toRuns(text: string): Run[] {
    const runs: Run[] = [];
    const pushText = (t: string) => {
      if (!t) return;
      const last = runs[runs.length - 1];
      if (last && !last.placeholder) last.text += t;
      else runs.push({ text: t });
    };
    let at = 0;
    for (const m of text.matchAll(pattern)) {
      pushText(text.slice(at, m.index));
      const value = valueFor(m[0]);
      if (value !== undefined) pushText(value);
      else {
        runs.push({ text: m[0], placeholder: true });
        if (!unfilled.includes(m[0])) unfilled.push(m[0]);
      }
      at = m.index + m[0].length;
    }
    pushText(text.slice(at));
    return runs;
  }

  return { toRuns, unfilled };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
