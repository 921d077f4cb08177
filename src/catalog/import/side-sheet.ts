/**
 * Reading a side table (a workbook's "Levels" or "Ratings" sheet, or a CSV companion file): its header row
 * maps column names to fields (case and spacing ignored), its other non-empty rows are the entries, and every
 * problem is placed by sheet, row and column.
 */
import { quoteValue, type ImportProblem, type SideTable, type TableRow } from './table';

export interface SideSheet<F extends string> {
  body: TableRow[];
  /** The row's cell for the field, white space folded; '' when the sheet has no such column. */
  cell(row: TableRow, field: F): string;
  /** The column's header as the sheet spells it, for problems. */
  label(field: F): string | undefined;
  problem(row: TableRow | undefined, field: F | undefined, message: string): void;
  errors: ImportProblem[];
}

export function readSideSheet<F extends string>(
  sheet: SideTable,
  headers: Record<string, F>,
  required: F,
  expected: string,
): SideSheet<F> {
  const rows = sheet.rows.filter((r) => r.cells.some((c) => c.trim()));
  const [header, ...body] = rows;
  const index = new Map<F, number>();
  const labels = new Map<F, string>();
  header?.cells.forEach((text, i) => {
    const field = headers[text.toLowerCase().replace(/[^a-z0-9]/g, '')];
    if (field && !index.has(field)) {
      index.set(field, i);
      labels.set(field, text.trim());
    }
  });
  const errors: ImportProblem[] = [];
  const reader: SideSheet<F> = {
    body,
    cell: (row, field) => {
      const i = index.get(field);
      return i === undefined ? '' : (row.cells[i] ?? '').replace(/\s+/g, ' ').trim();
    },
    label: (field) => labels.get(field),
    problem(row, field, message) {
      const column = field === undefined ? undefined : labels.get(field);
      errors.push({ sheet: sheet.name, ...(row ? { row: row.number } : {}), ...(column ? { column } : {}), message });
    },
    errors,
  };
  if (!index.has(required)) {
    reader.problem(header, undefined, `the sheet has no '${required}' column; expected ${expected}`);
  } else if (!body.length) {
    reader.problem(header, undefined, 'the sheet lists nothing; expected one row per entry after the header row');
  }
  return reader;
}

/** "3" -> 3; a blank order keeps the row's place. Undefined (after a problem) when the text is not a number. */
export function readOrder<F extends string>(sheet: SideSheet<F>, row: TableRow, field: F, place: number) {
  const text = sheet.cell(row, field);
  if (!text) return place;
  if (Number.isFinite(Number(text))) return Number(text);
  sheet.problem(row, field, `'${text}' is not a number; expected the place in the list (1, 2, 3...)`);
  return undefined;
}

/** Names that differ only in case or spacing are the same name. */
export const nameKey = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The row's name in `field`, or undefined after a problem: blank, or already listed in an earlier row. */
export function readName<F extends string>(
  sheet: SideSheet<F>,
  row: TableRow,
  field: F,
  noun: string,
  listed: ReadonlyMap<string, { row: number }>,
): string | undefined {
  const name = sheet.cell(row, field);
  const earlier = listed.get(nameKey(name));
  if (!name) sheet.problem(row, field, `the row has no ${noun} name`);
  else if (earlier)
    sheet.problem(row, field, `the ${noun} ${quoteValue(name)} is listed twice (first in row ${earlier.row})`);
  return name && !earlier ? name : undefined;
}
