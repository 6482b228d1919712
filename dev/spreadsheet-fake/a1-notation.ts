/**
 * This file defines A1 notation as `Sheet.getRange(a1)` reads it and `Range.getA1Notation()`
 * writes it: cells (`B2`), rectangles (`A1:C3`), whole columns (`C:C`), columns from a row down
 * (`C2:C`) and whole rows (`2:5`).
 */
import type { GridRange } from './grid-range';

/** `1` → `A`, `27` → `AA`. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** `A` → `1`, `AA` → `27`. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

const CELLS = /^\$?([A-Z]{1,3})\$?(\d+)?(?::\$?([A-Z]{1,3})\$?(\d+)?)?$/i;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/** The rectangle an A1 reference names in a sheet of the given size, or undefined if none. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridRange | undefined {
  const rows = ROWS.exec(a1.trim());
  if (rows) return rectangle(1, Number(rows[1]), maxColumns, Number(rows[2]));
  const cells = CELLS.exec(a1.trim());
  if (!cells) return undefined;
  const [, firstColumn = '', firstRow, lastColumn, lastRow] = cells;
  if (lastColumn === undefined) {
    return firstRow === undefined
      ? undefined
      : rectangle(
          columnNumber(firstColumn),
          Number(firstRow),
          columnNumber(firstColumn),
          Number(firstRow),
        );
  }
  if (firstRow === undefined && lastRow !== undefined) return undefined; // `C:C5` is not A1
  return rectangle(
    columnNumber(firstColumn),
    firstRow === undefined ? 1 : Number(firstRow),
    columnNumber(lastColumn),
    lastRow === undefined ? maxRows : Number(lastRow),
  );
}

/** Corners in either order, as `B2:A1` means `A1:B2`. */
function rectangle(column1: number, row1: number, column2: number, row2: number): GridRange {
  const row = Math.min(row1, row2);
  const column = Math.min(column1, column2);
  return {
    row,
    column,
    numRows: Math.max(row1, row2) - row + 1,
    numColumns: Math.max(column1, column2) - column + 1,
  };
}

/** A rectangle in A1 notation; whole columns as `C:D`, whole rows as `2:3`. */
export function a1Of(grid: GridRange, maxRows: number, maxColumns: number): string {
  const lastRow = grid.row + grid.numRows - 1;
  const lastColumn = grid.column + grid.numColumns - 1;
  if (grid.row === 1 && grid.numRows === maxRows) {
    return `${columnLetters(grid.column)}:${columnLetters(lastColumn)}`;
  }
  if (grid.column === 1 && grid.numColumns === maxColumns) return `${grid.row}:${lastRow}`;
  const first = `${columnLetters(grid.column)}${grid.row}`;
  return grid.numRows === 1 && grid.numColumns === 1
    ? first
    : `${first}:${columnLetters(lastColumn)}${lastRow}`;
}
