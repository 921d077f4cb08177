/**
 * An organization's catalog with its own levels, "Coordinator I" to "Coordinator III", as a CSV file with its
 * "<name>.levels.csv" companion and as a workbook with a "Levels" sheet: the fixture of the jsdom, browser and
 * CLI tests of issue 16.
 */
export const COORDINATOR_ROWS: string[][] = [
  ['Competency', 'Level', 'Responsibility', 'Essentiality'],
  ['Credentialing', 'Coordinator I', 'Prepares credentialing files', 'Essential'],
  ['Credentialing', 'Coordinator II', 'Reviews files prepared by others', 'Essential'],
  ['Credentialing', 'Coordinator III', 'Leads the credentialing team', 'Very Essential'],
  ['Committees', 'Coordinator I', 'Takes committee minutes', 'Somewhat Essential'],
  ['Committees', 'Coordinator III', 'Chairs the credentials committee', 'Essential'],
];

export const COORDINATOR_LEVELS: string[][] = [
  ['Level', 'Order', 'Display name', 'Years of experience'],
  ['Coordinator III', '3', '', '6+'],
  ['Coordinator II', '2', '', '3-5'],
  ['Coordinator I', '1', '', '0-2'],
];

/** The pane's and the CLI's names for the levels, in the Levels sheet's order. */
export const COORDINATOR_LEVEL_LABELS = [
  'Coordinator I · 0–2 years',
  'Coordinator II · 3–5 years',
  'Coordinator III · 6+ years',
];

export function toCsv(rows: string[][]): string {
  return rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}
