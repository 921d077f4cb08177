/**
 * Rating labels short enough for a matrix column at 320 px: the label's initials ("Very Essential" is "VE").
 * Where two labels would share initials (an organization's own scale), both keep their whole label, so an
 * abbreviation never stands for two ratings. The whole label stays in each cell's accessible name and the key.
 */
export function shortRatingLabels(labels: readonly string[]): Map<string, string> {
  const unique = [...new Set(labels)];
  const initials = unique.map((label) =>
    label
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => word[0].toUpperCase())
      .join(''),
  );
  return new Map(
    unique.map((label, i) => [
      label,
      initials.indexOf(initials[i]) === initials.lastIndexOf(initials[i]) ? initials[i] : label,
    ]),
  );
}
