/** Arrow-key movement in an ARIA grid (WAI-ARIA grid pattern): the cell a key moves to, or undefined. */
export interface GridCell {
  row: number;
  column: number;
}

export function movedCell(
  key: string,
  at: GridCell,
  rows: number,
  columns: number,
  ctrl = false,
): GridCell | undefined {
  const clamp = (n: number, size: number) => Math.max(0, Math.min(size - 1, n));
  switch (key) {
    case 'ArrowRight':
      return { ...at, column: clamp(at.column + 1, columns) };
    case 'ArrowLeft':
      return { ...at, column: clamp(at.column - 1, columns) };
    case 'ArrowDown':
      return { ...at, row: clamp(at.row + 1, rows) };
    case 'ArrowUp':
      return { ...at, row: clamp(at.row - 1, rows) };
    case 'Home':
      return ctrl ? { row: 0, column: 0 } : { ...at, column: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, column: columns - 1 } : { ...at, column: columns - 1 };
    default:
      return undefined;
  }
}
