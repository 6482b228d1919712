/**
 * This file defines which rows of a sheet the grid shows below its frozen ones: all of them, or,
 * under a filter, those it does not hide, as Sheets leaves hidden rows out of view. The grid
 * places rows by their index among the shown ones.
 */
import type { SheetTab } from '../contract';

export interface ShownRows {
  /** How many rows below the frozen ones are shown. */
  readonly count: number;
  /** The sheet row (1-based) of the shown row at `index` (0-based). */
  readonly rowAt: (index: number) => number;
}

export function shownRows({ frozenRows, lastRow, hiddenRows }: SheetTab): ShownRows {
  const first = frozenRows + 1;
  const all = Math.max(0, lastRow - frozenRows);
  if (hiddenRows.length === 0) return { count: all, rowAt: (index) => first + index };
  const rows: number[] = [];
  let run = 0;
  for (let row = first; row <= lastRow; row++) {
    while ((hiddenRows[run]?.[1] ?? Number.POSITIVE_INFINITY) < row) run++;
    const hidden = hiddenRows[run];
    if (hidden && hidden[0] <= row) continue;
    rows.push(row);
  }
  return { count: rows.length, rowAt: (index) => rows[index] ?? first + index };
}
