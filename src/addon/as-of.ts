/**
 * This file defines the as-of date day counts run to: the user's, or by default the latest
 * purchase. Where the purchases are given as last-purchase dates (a customer table), an as-of
 * date before one would give negative days, so it is an error placed at that purchase's cell —
 * the formula's argument and cell, or in the sidebar the sheet column's header, letter and cell;
 * a transaction log instead leaves the later order lines out (see `tableOfLog`).
 */
import { isBlank, readCivilDay } from '../core/cell-value';
import type { CellColumn } from './columns';
import { InputError } from './input-error';
import { readCell } from './read-cell';
import type { SheetSettings } from './sheet-settings';

export interface LatestPurchase {
  /** Civil day of the latest purchase; −Infinity when there is none. */
  readonly day: number;
  /** Where it is: the argument and its 0-based row. */
  readonly argument: string;
  readonly row: number;
  /**
   * The column it is in, when the reader has one: an error then names its cell as the column's
   * other errors do (in the sidebar, the sheet column's header, letter and cell).
   */
  readonly column?: CellColumn;
}

/** The civil day of the as_of argument, or `null` when it is left out. */
export function givenAsOfDay(asOf: unknown, sheet: SheetSettings): number | null {
  const options = { zoneOffset: sheet.zoneOffset, dayFirst: sheet.dayFirst, serialNumbers: true };
  return readCell('as_of', -1, asOf, (cell) => readCivilDay(cell, options));
}

/**
 * The civil day of the as_of argument, or of the latest purchase when it is left out.
 *
 * @throws {InputError} `as-of-before-purchase` at the latest purchase's cell when the as-of day
 *   is before it
 */
export function asOfDay(asOf: unknown, latest: LatestPurchase, sheet: SheetSettings): number {
  const day = givenAsOfDay(asOf, sheet) ?? latest.day;
  if (day < latest.day) {
    const problem = {
      kind: 'as-of-before-purchase',
      asOfDay: day,
      purchaseDay: latest.day,
    } as const;
    throw latest.column
      ? latest.column.problem(problem, latest.row)
      : new InputError(problem, { argument: latest.argument, row: latest.row + 1 });
  }
  return day;
}

/**
 * Checks that no as-of date is given where recency holds day counts (there is no date to count
 * from). In the sidebar the recency column is at fault, named by its header and letter; in a
 * formula, the as_of argument.
 *
 * @throws {InputError} `as-of-without-dates` when an as-of date is given
 */
export function assertNoAsOfForDayCounts(asOf: unknown, recency: CellColumn): void {
  if (isBlank(asOf)) return;
  throw recency.sheetColumn
    ? recency.problem({ kind: 'as-of-without-dates' })
    : new InputError({ kind: 'as-of-without-dates' }, { argument: 'as_of', value: asOf });
}
