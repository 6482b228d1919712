/**
 * This file defines how range arguments become columns of cells: Sheets hands a range as rows
 * of cells, and a 1×1 range as a bare value. Ranges of different heights line up when the
 * extra rows are blank (open ranges like `B2:B` run to the sheet's end); data past a shorter
 * range is an error, never silently dropped.
 */
import { isBlank, isHeadingText } from '../core/cell-value';
import { InputError } from './input-error';

export interface NamedRange {
  readonly argument: string;
  readonly value: unknown;
}

/** Columns of equal length, one per range, padded with blanks where a range was shorter. */
export interface AlignedColumns {
  readonly rowCount: number;
  readonly cells: readonly (readonly unknown[])[];
}

/** The cells of a one-column range, top to bottom. */
function columnCells({ argument, value }: NamedRange): unknown[] {
  if (!Array.isArray(value)) return [value];
  // push, not new Array(n): V8 keeps a large preallocated array as a slow dictionary
  const cells: unknown[] = [];
  for (let row = 0; row < value.length; row++) {
    const cellsOfRow: unknown = value[row];
    if (!Array.isArray(cellsOfRow)) cells.push(cellsOfRow);
    else if (cellsOfRow.length === 1) cells.push(cellsOfRow[0]);
    else throw new InputError({ kind: 'not-one-column', columns: cellsOfRow.length }, { argument });
  }
  return cells;
}

/** Reads several one-column ranges and lines their rows up. */
export function alignedColumns(ranges: readonly NamedRange[]): AlignedColumns {
  const columns = ranges.map(columnCells);
  const rowCount = Math.max(0, ...columns.map((cells) => cells.length));
  columns.forEach((cells, shorter) => {
    if (cells.length === rowCount) return;
    columns.forEach((other, longer) => {
      for (let row = cells.length; row < other.length; row++) {
        if (isBlank(other[row])) continue;
        const otherRange = ranges[shorter] as NamedRange;
        throw new InputError(
          {
            kind: 'beyond-other-range',
            otherArgument: otherRange.argument,
            otherRows: cells.length,
          },
          { argument: (ranges[longer] as NamedRange).argument, row: row + 1, value: other[row] },
        );
      }
    });
  });
  return {
    rowCount,
    cells: columns.map((cells) => (cells.length === rowCount ? cells : padded(cells, rowCount))),
  };
}

/** The output for every input row: a value for a filled row, blank for a blank one. */
export function rowsOut(
  rowCount: number,
  filledRows: readonly number[],
  values: ArrayLike<unknown>,
  heading?: string,
): unknown[][] {
  const out: unknown[][] = Array.from({ length: Math.max(rowCount, 1) }, () => ['']);
  if (heading !== undefined) out[0] = [heading];
  filledRows.forEach((row, i) => {
    out[row] = [values[i]];
  });
  return out;
}

function padded(cells: readonly unknown[], length: number): unknown[] {
  const copy = cells.slice();
  copy.length = length;
  return copy.fill('', cells.length);
}

/**
 * Whether the first row is a header row: every column's first cell a heading such as `orders`,
 * as when a user passes whole columns (`B:B`) with their headings.
 */
export function hasHeaderRow(cells: readonly (readonly unknown[])[]): boolean {
  return cells.length > 0 && cells.every((column) => isHeadingText(column[0]));
}

/** 0-based indexes of the rows where any column holds a value, after any header row. */
export function filledRowIndexes({ rowCount, cells }: AlignedColumns, firstRow = 0): number[] {
  const filled: number[] = [];
  for (let row = firstRow; row < rowCount; row++) {
    if (cells.some((column) => !isBlank(column[row]))) filled.push(row);
  }
  return filled;
}
