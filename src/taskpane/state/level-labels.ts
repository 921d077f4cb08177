/**
 * Column labels short enough for a 320 px matrix, from any catalog's level names: words every level
 * shares ("Specialist I / II / III", "Entry Level" / ...) are left out, then the first word left is kept,
 * cut to four letters and a full stop when it is long. The full name stays for assistive technology.
 */
import type { Level } from '../../catalog/types';

const MAX = 6;

export function shortLevelLabels(levels: readonly Level[]): string[] {
  const words = levels.map((l) => l.name.split(/[\s-]+/).filter(Boolean));
  const shared = new Set(words[0]?.filter((w) => levels.length > 1 && words.every((ws) => ws.includes(w))));
  return words.map((ws, i) => {
    const first = ws.find((w) => !shared.has(w)) ?? levels[i].name;
    return first.length <= MAX ? first : `${first.slice(0, 4)}.`;
  });
}
