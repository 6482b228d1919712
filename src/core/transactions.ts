/**
 * This file defines how a transaction log (one row per order line) becomes one summary per
 * customer (domain.md §2): the last purchase, the number of orders and the money spent.
 * Frequency counts distinct order ids when there are ids, else rows with a positive amount;
 * negative amounts (returns) reduce monetary and are not orders.
 */

export interface TransactionColumns {
  /** A key per row that is equal for the same customer; `null` skips the row. */
  readonly customerKeys: readonly (string | null)[];
  /** Civil day of each row. */
  readonly days: ArrayLike<number>;
  readonly amounts: ArrayLike<number>;
  /** An order id per row, or none: then each row with a positive amount is an order. */
  readonly orderIds?: readonly (string | null)[];
}

export interface CustomerSummaries {
  readonly keys: string[];
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
 * Groups transactions by customer, in order of first appearance.
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
  const indexOf = new Map<string, number>();
  const summaries: CustomerSummaries = {
    keys: [],
    firstRows: [],
    lastPurchaseDays: [],
    frequency: [],
    monetary: [],
    skippedRows: 0,
  };
  const ordersSeen: Set<string>[] = [];
  let skippedRows = 0;
  for (let row = 0; row < rows; row++) {
    const key = customerKeys[row];
    if (key === null || key === undefined) {
      skippedRows++;
      continue;
    }
    let customer = indexOf.get(key);
    if (customer === undefined) {
      customer = summaries.keys.length;
      indexOf.set(key, customer);
      summaries.keys.push(key);
      summaries.firstRows.push(row);
      summaries.lastPurchaseDays.push(null);
      summaries.frequency.push(0);
      summaries.monetary.push(0);
      if (orderIds) ordersSeen.push(new Set());
    }
    const amount = amounts[row] as number;
    summaries.monetary[customer] = (summaries.monetary[customer] as number) + amount;
    if (amount <= 0) continue;
    const day = days[row] as number;
    const last = summaries.lastPurchaseDays[customer];
    if (last === null || last === undefined || day > last)
      summaries.lastPurchaseDays[customer] = day;
    if (!orderIds) summaries.frequency[customer] = (summaries.frequency[customer] as number) + 1;
    else {
      const orders = ordersSeen[customer] as Set<string>;
      const orderId = orderIds[row];
      if (orderId !== null && orderId !== undefined && !orders.has(orderId)) {
        orders.add(orderId);
        summaries.frequency[customer] = orders.size;
      }
    }
  }
  return { ...summaries, skippedRows };
}
