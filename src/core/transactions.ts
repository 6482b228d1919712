/**
 * This file defines how a transaction log (one row per order line) becomes one summary per
 * customer (domain.md §2): the last purchase, the number of orders and the money spent.
 * Frequency counts distinct order ids when there are ids, else rows with a positive amount;
 * negative amounts (returns) reduce monetary and are not orders. Money is summed with
 * compensation (see sum.ts), as everywhere in the add-on.
 */
import { customerIndexFor } from './customer-index';
import { CustomerRecords } from './customer-records';
import type { Key } from './key';
import { KeySet } from './key-set';

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
 * and sums their rows together, so that no column of each row's customer is made: on a million
 * rows every megabyte allocated costs time, so the pass keeps each customer's figures in one
 * record (see customer-records.ts) and counts orders there too.
 *
 * Orders: each purchase line's order id is looked up in a set of the ids seen (lines of one
 * order usually come together, so only the first line of each is). A new id is an order of the
 * line's customer. An id already seen is almost always the same customer's; those ids are kept
 * aside and a second pass over just their lines credits each further customer that has them.
 * Order ids are equal as keys are (SameValueZero: `NaN` is one id, −0 and 0 are one).
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
  const records = new CustomerRecords();
  const firstRows: number[] = [];
  const seenOrders = orderIds ? new KeySet(orderIds, rows) : undefined;
  let returning: Set<Key> | undefined;
  let skippedRows = 0;
  // lines of one order usually come together: the previous row's customer spares a look-up,
  // and the previous purchase line's order spares one in the set of orders
  let previousKey: Key | undefined;
  let customer = -1;
  let previousOrder: Key | null | undefined;
  let previousOrderCustomer = -1;
  for (let row = 0; row < rows; row++) {
    const key = customerKeys[row];
    if (key === null || key === undefined) {
      skippedRows++;
      continue;
    }
    if (key !== previousKey) {
      customer = index.find(key);
      if (customer < 0) {
        customer = index.add(key);
        firstRows.push(row);
        records.add();
      }
      previousKey = key;
    }
    if (!records.addLine(customer, amounts[row] as number, days[row] as number)) continue;
    if (seenOrders) {
      const orderId = (orderIds as readonly (Key | null)[])[row];
      if (orderId !== null && orderId !== undefined) {
        if (orderId === previousOrder && customer === previousOrderCustomer) continue;
        previousOrder = orderId;
        previousOrderCustomer = customer;
        if (!seenOrders.add(row)) {
          returning ??= new Set();
          returning.add(orderId);
          continue;
        }
      }
    }
    records.addOrder(customer);
  }
  if (returning) creditFurtherCustomers(transactions, returning, (key) => index.find(key), records);
  return { keys: index.keys, firstRows, ...records.columns(), skippedRows };
}

/**
 * For order ids seen again after other orders, credits an order to each customer other than
 * the first that has a purchase line with it.
 */
function creditFurtherCustomers(
  { customerKeys, amounts, orderIds }: TransactionColumns,
  returning: ReadonlySet<Key>,
  customerOf: (key: Key) => number,
  records: CustomerRecords,
): void {
  const holders = new Map<Key, number | Set<number>>();
  const ids = orderIds as readonly (Key | null)[];
  for (let row = 0; row < ids.length; row++) {
    const orderId = ids[row];
    const key = customerKeys[row];
    if (orderId === null || orderId === undefined || key === null || key === undefined) continue;
    if (!((amounts[row] as number) > 0) || !returning.has(orderId)) continue;
    const customer = customerOf(key);
    const held = holders.get(orderId);
    if (held === undefined) holders.set(orderId, customer);
    else if (held !== customer) {
      const set = typeof held === 'number' ? new Set([held]) : held;
      if (set.has(customer)) continue;
      set.add(customer);
      holders.set(orderId, set);
      records.addOrder(customer);
    }
  }
}
