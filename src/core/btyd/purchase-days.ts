/**
 * This file defines each customer's purchase days, the unit the buy-till-you-die models count:
 * an order log's rows merged by customer and calendar day, with the day's net spend.
 *
 * A purchase day is a day whose rows net to zero or more. A $0 row is a free order: CDNOW's
 * eight $0 rows are each a customer's only order, and the published summary built by lifetimes
 * (which keeps every row) counts them as purchases. A day that nets below zero (only returns, or
 * returns larger than that day's purchases) is money going back, not a purchase: it is left out
 * of both the purchase count and the spend, since the log does not say which earlier purchase a
 * return undoes. So every purchase day's spend is zero or more.
 */
import { numberCustomers } from '../customer-index';
import type { Key } from '../key';
import { roundingError } from '../sum';
import type { TransactionColumns } from '../transactions';

/** An order log: a customer key, a civil day and an amount per row, as in a transaction log. */
export type PurchaseLog = Pick<TransactionColumns, 'customerKeys' | 'days' | 'amounts'>;

export interface PurchaseDays {
  /** Customers in order of first appearance, whether or not they have a purchase day. */
  readonly keys: Key[];
  /** Index of each customer's first row, to show the customer as the sheet wrote it. */
  readonly firstRows: number[];
  /** Customer c's purchase days are entries `dayStarts[c]` to `dayStarts[c + 1] − 1`, ascending. */
  readonly dayStarts: Int32Array;
  /** Civil day of each purchase day. */
  readonly days: Float64Array;
  /** Net spend of each purchase day, summed with compensation; zero or more. */
  readonly spend: Float64Array;
  /** Rows without a customer, skipped. */
  readonly skippedRows: number;
}

/**
 * Merges each customer's rows by civil day and keeps the days that net to zero or more.
 *
 * @throws {RangeError} when the columns differ in length, a day is not a whole number or an
 *   amount is not finite
 * @example Array.from(groupPurchaseDays({ customerKeys: ['a', 'a', 'a'], days: [3, 1, 3], amounts: [5, 2, -1] }).spend) //=> [2, 4]
 */
export function groupPurchaseDays(log: PurchaseLog): PurchaseDays {
  const { customerKeys, days, amounts } = log;
  const rows = customerKeys.length;
  if (days.length !== rows || amounts.length !== rows) {
    throw new RangeError('groupPurchaseDays requires columns of equal length');
  }
  const {
    keys,
    firstRows,
    customerOfRow: rowCustomers,
    skippedRows,
  } = numberCustomers(customerKeys);
  const rowCounts = new Int32Array(keys.length);
  for (let row = 0; row < rows; row++) {
    const customer = rowCustomers[row] as number;
    if (customer < 0) continue;
    if (!Number.isInteger(days[row])) {
      throw new RangeError(`groupPurchaseDays requires whole civil days (row ${row})`);
    }
    if (!Number.isFinite(amounts[row])) {
      throw new RangeError(`groupPurchaseDays requires finite amounts (row ${row})`);
    }
    rowCounts[customer] = (rowCounts[customer] as number) + 1;
  }
  const rowsByCustomer = rowsInCustomerOrder(rowCustomers, rowCounts);
  const customers = rowCounts.length;
  const dayStarts = new Int32Array(customers + 1);
  const purchaseDays = new Float64Array(rows - skippedRows);
  const spend = new Float64Array(rows - skippedRows);
  let purchases = 0;
  let start = 0;
  for (let customer = 0; customer < customers; customer++) {
    const end = start + (rowCounts[customer] as number);
    const customerRows = rowsByCustomer.subarray(start, end);
    if (!isSortedByDay(customerRows, days)) {
      customerRows.sort((a, b) => (days[a] as number) - (days[b] as number));
    }
    let cursor = 0;
    while (cursor < customerRows.length) {
      const day = days[customerRows[cursor] as number] as number;
      let net = 0;
      let correction = 0;
      for (; cursor < customerRows.length; cursor++) {
        const row = customerRows[cursor] as number;
        if (days[row] !== day) break;
        const amount = amounts[row] as number;
        const next = net + amount;
        correction += roundingError(net, amount, next);
        net = next;
      }
      net += correction;
      if (net < 0) continue;
      purchaseDays[purchases] = day;
      spend[purchases] = net;
      purchases++;
    }
    dayStarts[customer + 1] = purchases;
    start = end;
  }
  return {
    keys,
    firstRows,
    dayStarts,
    days: purchaseDays.subarray(0, purchases),
    spend: spend.subarray(0, purchases),
    skippedRows,
  };
}

/** The kept rows grouped by customer (a counting sort), each customer's in log order. */
function rowsInCustomerOrder(rowCustomers: Int32Array, rowCounts: Int32Array): Int32Array {
  const next = new Int32Array(rowCounts.length);
  let kept = 0;
  for (let customer = 0; customer < rowCounts.length; customer++) {
    next[customer] = kept;
    kept += rowCounts[customer] as number;
  }
  const ordered = new Int32Array(kept);
  for (let row = 0; row < rowCustomers.length; row++) {
    const customer = rowCustomers[row] as number;
    if (customer < 0) continue;
    ordered[next[customer] as number] = row;
    next[customer] = (next[customer] as number) + 1;
  }
  return ordered;
}

/** Logs are usually in date order: then a customer's rows need no sorting. */
function isSortedByDay(customerRows: Int32Array, days: ArrayLike<number>): boolean {
  for (let i = 1; i < customerRows.length; i++) {
    if (
      (days[customerRows[i] as number] as number) < (days[customerRows[i - 1] as number] as number)
    )
      return false;
  }
  return true;
}
