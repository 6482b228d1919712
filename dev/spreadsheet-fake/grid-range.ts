/**
 * This file defines a rectangle of a sheet's cells and how inserting or deleting rows or columns
 * moves it, the way Sheets moves conditional-format ranges, metadata and protections: cells after
 * the edit shift, an insertion inside a rectangle widens it, and a deletion shrinks it or, when
 * it takes every row or column of the rectangle, removes it.
 */

/** 1-based, like `Range.getRow()` and `getColumn()`. */
export interface GridRange {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export type Dimension = 'ROWS' | 'COLUMNS';

/** `count` rows or columns inserted before position `at` (1-based), or deleted from it if negative. */
export interface Shift {
  readonly dimension: Dimension;
  readonly at: number;
  readonly count: number;
}

export interface Span {
  readonly start: number;
  readonly length: number;
}

/** Where a span of positions ends up after a shift, or null when all of it was deleted. */
export function shiftSpan(span: Span, { at, count }: Shift): Span | null {
  const end = span.start + span.length - 1;
  if (count > 0) {
    if (span.start >= at) return { start: span.start + count, length: span.length };
    return end >= at ? { start: span.start, length: span.length + count } : span;
  }
  const deletedEnd = at - count - 1;
  const overlap = Math.max(0, Math.min(end, deletedEnd) - Math.max(span.start, at) + 1);
  if (overlap === span.length) return null;
  const start = span.start < at ? span.start : Math.max(at, span.start + count);
  return { start, length: span.length - overlap };
}

/** Where a rectangle ends up after a shift, or null when all of it was deleted. */
export function shiftGrid(grid: GridRange, shift: Shift): GridRange | null {
  if (shift.dimension === 'ROWS') {
    const rows = shiftSpan({ start: grid.row, length: grid.numRows }, shift);
    return rows && { ...grid, row: rows.start, numRows: rows.length };
  }
  const columns = shiftSpan({ start: grid.column, length: grid.numColumns }, shift);
  return columns && { ...grid, column: columns.start, numColumns: columns.length };
}

/** Visits each cell row by row: 0-based sheet row and column, then 0-based offsets in the grid. */
export function forEachCell(
  grid: GridRange,
  visit: (row: number, column: number, r: number, c: number) => void,
): void {
  for (let r = 0; r < grid.numRows; r++) {
    for (let c = 0; c < grid.numColumns; c++) visit(grid.row - 1 + r, grid.column - 1 + c, r, c);
  }
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: GridRange, inner: GridRange): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
