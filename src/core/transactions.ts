/**
 * This file defines how a transaction log (one row per order line) becomes one summary per
 * customer (docs/domain.md §2): the last purchase, the number of orders and the money spent.
 * Frequency counts distinct order ids when there are ids, else rows with a positive amount;
 * negative amounts (returns) reduce monetary and are not orders. Money is summed with
 * compensation (see sum.ts), as everywhere in the add-on. This is the summary of a log held as
 * columns; transaction-summary.ts makes the same summary line by line, as cells are read.
 */
import { numberCustomers } from './customer-index';
import type { Key } from './key';
import { KeySet } from './key-set';
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
 * Groups transactions by customer, in order of first appearance. On a million rows the time
 * goes to memory: each row's customer is found at a random place, and every megabyte allocated
 * costs. So the work is split into tight passes, as a column store would: one numbers each row's
 * customer (one 4-byte number per row), then one sums money and last purchases and one counts
 * orders, each into typed arrays of exactly one number per customer. A single pass doing all of
 * it per row was twice as slow: its random reads of a customer's figures waited one by one.
 *
 * Orders: a purchase line's order id is looked up in a set of the ids seen, which keeps each
 * id's first customer (lines of one order usually come together, so only the first line of each
 * is looked up). A new id is an order of the line's customer; an id first seen with another
 * customer is one more order of this customer, once (a Map of those few ids and their further
 * customers). Order ids are equal as keys are (SameValueZero: `NaN` is one id, −0 and 0 are one).
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
  const { keys, firstRows, customerOfRow, skippedRows } = numberCustomers(customerKeys);
  const customers = keys.length;
  const money = new Float64Array(customers);
  const correction = new Float64Array(customers);
  const lastDay = new Float64Array(customers).fill(Number.NEGATIVE_INFINITY);
  for (let row = 0; row < rows; row++) {
    const customer = customerOfRow[row] as number;
    if (customer < 0) continue;
    const amount = amounts[row] as number;
    const total = money[customer] as number;
    const next = total + amount;
    correction[customer] = (correction[customer] as number) + roundingError(total, amount, next);
    money[customer] = next;
    if (amount <= 0) continue;
    const day = days[row] as number;
    if (day > (lastDay[customer] as number)) lastDay[customer] = day;
  }
  const orders = orderIds
    ? countOrders(customerOfRow, amounts, orderIds, customers)
    : countPurchaseRows(customerOfRow, amounts, customers);
  const lastPurchaseDays = new Array<number | null>(customers);
  const frequency = new Array<number>(customers);
  const monetary = new Array<number>(customers);
  for (let customer = 0; customer < customers; customer++) {
    const last = lastDay[customer] as number;
    lastPurchaseDays[customer] = last === Number.NEGATIVE_INFINITY ? null : last;
    frequency[customer] = orders[customer] as number;
    monetary[customer] = (money[customer] as number) + (correction[customer] as number);
  }
  return { keys, firstRows, lastPurchaseDays, frequency, monetary, skippedRows };
}

/** Rows with an amount above 0 per customer (a NaN amount counts, as in the money pass). */
function countPurchaseRows(
  customerOfRow: Int32Array,
  amounts: ArrayLike<number>,
  customers: number,
): Float64Array {
  const counts = new Float64Array(customers);
  for (let row = 0; row < customerOfRow.length; row++) {
    const customer = customerOfRow[row] as number;
    if (customer >= 0 && !((amounts[row] as number) <= 0))
      counts[customer] = (counts[customer] as number) + 1;
  }
  return counts;
}

/** Distinct order ids among each customer's purchase lines; a line without one is an order. */
function countOrders(
  customerOfRow: Int32Array,
  amounts: ArrayLike<number>,
  orderIds: readonly (Key | null)[],
  customers: number,
): Float64Array {
  const counts = new Float64Array(customers);
  const seen = new KeySet(orderIds, customerOfRow.length);
  const furtherCustomers = new Map<Key, Set<number>>();
  let previousOrder: Key | null | undefined;
  let previousCustomer = -1;
  for (let row = 0; row < customerOfRow.length; row++) {
    const customer = customerOfRow[row] as number;
    if (customer < 0 || (amounts[row] as number) <= 0) continue;
    const orderId = orderIds[row];
    if (orderId === null || orderId === undefined) {
      counts[customer] = (counts[customer] as number) + 1;
      continue;
    }
    if (orderId === previousOrder && customer === previousCustomer) continue;
    previousOrder = orderId;
    previousCustomer = customer;
    const first = seen.keep(row, customer, orderId);
    if (first === customer) continue;
    if (first >= 0) {
      let further = furtherCustomers.get(orderId);
      if (further === undefined) {
        further = new Set();
        furtherCustomers.set(orderId, further);
      }
      if (further.has(customer)) continue;
      further.add(customer);
    }
    counts[customer] = (counts[customer] as number) + 1;
  }
  return counts;
}
