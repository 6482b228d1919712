/**
 * This file defines the as-of date day counts run to: the user's, or by default the latest
 * purchase. Where the purchases are given as last-purchase dates (a customer table), an as-of
 * date before one would give negative days, so it is an error that names the purchase; a
 * transaction log instead leaves the later order lines out (see `tableOfLog`).
 */
import { readCivilDay } from '../core/cell-value';
import { InputError } from './input-error';
import { readCell } from './read-cell';
import type { SheetSettings } from './sheet-settings';

export interface LatestPurchase {
  /** Civil day of the latest purchase; −Infinity when there is none. */
  readonly day: number;
  /** Where it is: the argument and its 0-based row. */
  readonly argument: string;
  readonly row: number;
}

/** The civil day of the as_of argument, or `null` when it is left out. */
export function givenAsOfDay(asOf: unknown, sheet: SheetSettings): number | null {
  const options = { zoneOffset: sheet.zoneOffset, dayFirst: sheet.dayFirst, serialNumbers: true };
  return readCell('as_of', -1, asOf, (cell) => readCivilDay(cell, options));
}

/**
 * The civil day of the as_of argument, or of the latest purchase when it is left out.
 *
 * @throws {InputError} `as-of-before-purchase` when it is before the latest purchase
 */
export function asOfDay(asOf: unknown, latest: LatestPurchase, sheet: SheetSettings): number {
  const day = givenAsOfDay(asOf, sheet) ?? latest.day;
  if (day < latest.day) {
    throw new InputError(
      {
        kind: 'as-of-before-purchase',
        purchaseArgument: latest.argument,
        purchaseRow: latest.row + 1,
        purchaseDay: latest.day,
      },
      { argument: 'as_of', value: asOf },
    );
  }
  return day;
}
