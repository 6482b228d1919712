/**
 * This file defines how a customer table's first and last purchase dates are read for the
 * predictions of purchase days (churn risk, lifecycle stages): in place, with the readers and
 * messages the custom functions use, each buyer's two dates required and in order, and the day
 * they are judged on — the run's as-of date, or the latest last purchase.
 */
import { readCivilDay } from '../../core/cell-value';
import { asOfDay, type LatestPurchase } from '../as-of';
import { readCell } from '../read-cell';
import type { SheetSettings } from '../sheet-settings';
import type { SheetColumns } from './sheet-columns';

/** Per customer of a table, the civil days of the first and last purchase; null for none. */
export interface PurchaseDates {
  readonly first: (number | null)[];
  readonly last: (number | null)[];
  /** The civil day the customers are judged on. */
  readonly asOfDay: number;
}

/**
 * Reads the dates of the table's customers, at their rows (0-based, below the header row).
 *
 * @param frequency each customer's orders: one without an order needs no dates
 * @throws {InputError} naming the cell, for a buyer's blank or unreadable date, a last purchase
 *   before the first, or an as-of date before the latest purchase
 */
export function readPurchaseDates(
  columns: SheetColumns,
  rows: readonly number[],
  frequency: readonly number[],
  asOf: string | null,
  sheet: SheetSettings,
): PurchaseDates {
  const firstColumn = columns.required('first_purchase', 'first-purchase');
  const lastColumn = columns.required('last_purchase', 'last-purchase');
  const dateOptions = {
    zoneOffset: sheet.zoneOffset,
    dayFirst: sheet.dayFirst,
    serialNumbers: false,
  };
  const first: (number | null)[] = [];
  const last: (number | null)[] = [];
  let latest: LatestPurchase = { day: -Infinity, argument: 'last_purchase', row: -1 };
  rows.forEach((row, i) => {
    if ((frequency[i] as number) === 0) {
      first.push(null);
      last.push(null);
      return;
    }
    const read = (column: typeof firstColumn) => {
      const day = readCell(column, row, column.at(row), (cell) => readCivilDay(cell, dateOptions));
      if (day === null) throw column.problem({ kind: 'blank-value' }, row);
      return day;
    };
    const firstDay = read(firstColumn);
    const lastDay = read(lastColumn);
    if (lastDay < firstDay)
      throw lastColumn.problem({ kind: 'last-before-first' }, row, lastColumn.at(row));
    if (lastDay > latest.day) latest = { day: lastDay, argument: 'last_purchase', row };
    first.push(firstDay);
    last.push(lastDay);
  });
  const day = latest.day > -Infinity || asOf !== null ? asOfDay(asOf ?? '', latest, sheet) : 0;
  return { first, last, asOfDay: day };
}
