/**
 * This file defines how a transaction log (one row per order line) becomes one summary per
 * customer (docs/domain.md §2): the last purchase, the number of orders and the money spent.
 * Frequency counts distinct order ids when there are ids, else rows with a positive amount;
 * negative amounts (returns) reduce monetary and are not orders. Money is summed with
 * compensation (see sum.ts), as everywhere in the add-on.
 */
import { customerIndexFor } from './customer-index';
import { DistinctOrders } from './distinct-orders';
import type { Key } from './key';
import { roundingError } from './sum';

export interface TransactionColumns {
  /** A key per row that is equal for the same customer; `null` skips the row. */
  readonly customerKeys: readonly (Key | null)[];
  /** Civil day of each row. */
  readonly days: ArrayLike<number>;
  readonly amounts: ArrayLike<number>;
  /**
   * An order id per row, or none: then each row with a positive amount is an order. A purchase
   * row whose id is `null` (blank) is an order of its own.
   */
  readonly orderIds?: readonly (Key | null)[];
}

export interface CustomerSummaries {
  readonly keys: Key[];
  /** Index of each customer's first row, to show the customer as the sheet wrote it. */
  readonly firstRows: number[];
  /** Civil day of the last purchase (positive amount); `null` for a customer with none. */
  readonly lastPurchaseDays: (number | null)[];
  readonly frequency: number[];
  readonly monetary: number[];
  /** Rows without a customer, skipped. */
  readonly skippedRows: number;
}

/**
 * Groups transactions by customer, in order of first appearance. One pass numbers the customers
 * and sums their rows together, so that no column of each row's customer is made.
 *
 * @throws {RangeError} when the columns differ in length
 * @example summarizeTransactions({ customerKeys: ['a', 'a', null], days: [1, 5, 2], amounts: [10, -4, 9] }).monetary //=> [6]
 */
export function summarizeTransactions(transactions: TransactionColumns): CustomerSummaries {
  const { customerKeys, days, amounts, orderIds } = transactions;
  const rows = customerKeys.length;
  if (days.length !== rows || amounts.length !== rows || (orderIds && orderIds.length !== rows)) {
    throw new RangeError('summarizeTransactions requires columns of equal length');
  }
  const index = customerIndexFor(rows);
  const firstRows: number[] = [];
  // each customer's running figures side by side (see STRIDE), so that a row touches one place
  // in memory rather than one per figure
  let figures: Float64Array = new Float64Array(STRIDE * 1024);
  const orders = orderIds ? new DistinctOrders(orderIds) : undefined;
  let skippedRows = 0;
  // lines of one order usually come together: the previous row's customer spares a look-up
  let previousKey: Key | undefined;
  let previousCustomer = -1;
  for (let row = 0; row < rows; row++) {
    const key = customerKeys[row];
    if (key === null || key === undefined) {
      skippedRows++;
      continue;
    }
    let customer = key === previousKey ? previousCustomer : index.find(key);
    if (customer < 0) {
      customer = index.add(key);
      firstRows.push(row);
      if (STRIDE * (customer + 1) > figures.length) figures = doubled(figures);
      figures[STRIDE * customer + LAST_DAY] = Number.NEGATIVE_INFINITY;
      orders?.addCustomer(customer);
    }
    previousKey = key;
    previousCustomer = customer;
    const at = STRIDE * customer;
    const amount = amounts[row] as number;
    const total = figures[at + MONEY] as number;
    const next = total + amount;
    // each customer's rounding correction: a RunningSum object per customer would be slower
    figures[at + CORRECTION] =
      (figures[at + CORRECTION] as number) + roundingError(total, amount, next);
    figures[at + MONEY] = next;
    if (amount <= 0) continue;
    if (orders) orders.see(row, customer);
    else figures[at + PURCHASE_ROWS] = (figures[at + PURCHASE_ROWS] as number) + 1;
    const day = days[row] as number;
    if (day > (figures[at + LAST_DAY] as number)) figures[at + LAST_DAY] = day;
  }
  const customers = firstRows.length;
  const lastPurchaseDays = new Array<number | null>(customers);
  const monetary = new Array<number>(customers);
  const rowFrequency = new Array<number>(customers);
  for (let customer = 0; customer < customers; customer++) {
    const at = STRIDE * customer;
    const last = figures[at + LAST_DAY] as number;
    lastPurchaseDays[customer] = last === Number.NEGATIVE_INFINITY ? null : last;
    monetary[customer] = (figures[at + MONEY] as number) + (figures[at + CORRECTION] as number);
    rowFrequency[customer] = figures[at + PURCHASE_ROWS] as number;
  }
  const frequency = orders
    ? orders.finish((row) => {
        const key = customerKeys[row];
        return key === null || key === undefined || !((amounts[row] as number) > 0)
          ? -1
          : index.find(key);
      })
    : rowFrequency;
  return { keys: index.keys, firstRows, lastPurchaseDays, frequency, monetary, skippedRows };
}

/** Each customer's running figures: money, its rounding correction, last purchase day, purchase rows. */
const STRIDE = 4;
const MONEY = 0;
const CORRECTION = 1;
const LAST_DAY = 2;
const PURCHASE_ROWS = 3;

/** A copy twice as long. */
function doubled(figures: Float64Array): Float64Array {
  const grown = new Float64Array(2 * figures.length);
  grown.set(figures);
  return grown;
}
