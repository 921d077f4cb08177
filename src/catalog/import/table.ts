/** What the CSV and XLSX readers hand to the catalog builder: rows of cell text, numbered as a spreadsheet shows them. */

export interface TableRow {
  /** 1-based, as Excel numbers rows (the header is usually row 1); a CSV record spanning lines counts once. */
  number: number;
  cells: string[];
}

/** One problem in an imported file, placed by row and column where it has a place. */
export interface ImportProblem {
  /** The sheet (or companion file) of a problem outside the main one, e.g. "Levels". */
  sheet?: string;
  row?: number;
  /** The column's header text as the file spells it. */
  column?: string;
  /** For JSON catalogs: the JSON pointer of the offending value. */
  pointer?: string;
  message: string;
}

/** Rows of a side table: the "Levels" or "Ratings" sheet of a workbook, or a CSV companion file. */
export interface SideTable {
  /** The sheet's or file's name, as problems name it. */
  name: string;
  rows: TableRow[];
}

export type SideTableKind = 'levels' | 'ratings';

export type TableResult =
  | { ok: true; rows: TableRow[]; side?: Partial<Record<SideTableKind, SideTable>> }
  | { ok: false; errors: ImportProblem[] };

/** "Row 7, column 'level': ..." — the one way problems are written out, in the pane and the CLI. */
export function describeImportProblem(problem: ImportProblem): string {
  const place = [
    problem.sheet === undefined ? '' : `${/\.csv$/i.test(problem.sheet) ? 'File' : 'Sheet'} '${problem.sheet}'`,
    problem.row === undefined ? '' : `${problem.sheet === undefined ? 'Row' : 'row'} ${problem.row}`,
    problem.column === undefined ? '' : `column '${problem.column}'`,
    problem.pointer ? `at ${problem.pointer}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return place ? `${place.charAt(0).toUpperCase()}${place.slice(1)}: ${problem.message}` : problem.message;
}

/** Quotes a value from the file inside a message, shortened so a hostile 10,000-character cell cannot bury it. */
export function quoteValue(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return `'${oneLine.length > 60 ? oneLine.slice(0, 57) + '...' : oneLine}'`;
}
