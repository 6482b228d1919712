/**
 * This file defines the as-of date day counts run to: the user's, or by default the latest
 * purchase. An as-of date before a purchase would give negative days, so it is an error that
 * names the purchase.
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

/** The civil day of the as_of argument, or of the latest purchase when it is left out. */
export function asOfDay(asOf: unknown, latest: LatestPurchase, sheet: SheetSettings): number {
  const options = { zoneOffset: sheet.zoneOffset, dayFirst: sheet.dayFirst, serialNumbers: true };
  const day = readCell('as_of', -1, asOf, (cell) => readCivilDay(cell, options)) ?? latest.day;
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
