/**
 * This file defines how distinct orders are counted per customer, fast. Hashing each order id
 * once into a set finds every id's first line; an order id is almost always one customer's, so
 * that first line's customer is credited. Only ids that come back after other orders are looked
 * at again, in a second pass over just those, to credit each further customer that has them.
 * Purchase lines are handed over one at a time, as the log is read, so that no column of each
 * line's customer is needed.
 */

import type { Key } from './key';
import { KeySet } from './key-set';

/** Counts the distinct orders of each customer from the purchase lines it is shown. */
export class DistinctOrders {
  /** The count of each customer, growing as customers come. */
  readonly counts: number[] = [];
  private readonly seen: KeySet;
  private readonly returning = new Set<Key>();
  private previousOrder: Key | null | undefined;
  private previousCustomer = -1;

  /** @param orderIds per row, the order id, or `null` for none */
  constructor(private readonly orderIds: readonly (Key | null)[]) {
    this.seen = new KeySet(orderIds, orderChanges(orderIds));
  }

  /** Makes room for customer `customer` (numbered 0, 1, 2 … as they come) with no order yet. */
  addCustomer(customer: number): void {
    this.counts[customer] = 0;
  }

  /**
   * Sees one purchase line. A line without an order id is an order of its own: a blank id must
   * never make a buyer look like a prospect.
   */
  see(row: number, customer: number): void {
    const orderId = this.orderIds[row];
    if (orderId === null || orderId === undefined) {
      this.counts[customer] = (this.counts[customer] as number) + 1;
      return;
    }
    // lines of one order usually come together
    if (orderId === this.previousOrder && customer === this.previousCustomer) return;
    this.previousOrder = orderId;
    this.previousCustomer = customer;
    if (this.seen.add(row)) this.counts[customer] = (this.counts[customer] as number) + 1;
    else this.returning.add(orderId);
  }

  /**
   * The counts, once every purchase line was seen.
   * @param purchaseCustomer the customer of a row when it is a purchase line, else −1
   */
  finish(purchaseCustomer: (row: number) => number): number[] {
    if (this.returning.size > 0) this.creditFurtherCustomers(purchaseCustomer);
    return this.counts;
  }

  /** For ids seen again later, credits each customer other than the first that has them. */
  private creditFurtherCustomers(purchaseCustomer: (row: number) => number): void {
    const { orderIds, returning, counts } = this;
    const customersOf = new Map<Key, Set<number>>();
    for (let row = 0; row < orderIds.length; row++) {
      const orderId = orderIds[row];
      if (orderId === null || orderId === undefined || !returning.has(orderId)) continue;
      const customer = purchaseCustomer(row);
      if (customer < 0) continue;
      const holders = customersOf.get(orderId);
      if (!holders) customersOf.set(orderId, new Set([customer]));
      else if (!holders.has(customer)) {
        holders.add(customer);
        counts[customer] = (counts[customer] as number) + 1;
      }
    }
  }
}

/**
 * How many times the order id changes from one row to the next: at least the number of
 * distinct ids, and far fewer than the rows when orders have several lines. It sizes the set.
 */
function orderChanges(orderIds: readonly (Key | null)[]): number {
  let changes = 0;
  let previous: Key | null | undefined;
  for (let row = 0; row < orderIds.length; row++) {
    const orderId = orderIds[row];
    if (orderId !== previous) changes++;
    previous = orderId;
  }
  return changes;
}

/**
 * The number of distinct orders of each customer, from a column of each row's purchasing
 * customer.
 *
 * @param purchaseCustomers per row, the customer index of a purchase line, or −1 to ignore it
 * @param orderIds per row, the order id, or `null` for none
 * @param customers how many customers there are
 * @example distinctOrderCounts(Int32Array.of(0, 0, 1, 0, 1), ['a', 'a', 'a', 'b', null], 2) //=> [2, 2]
 */
export function distinctOrderCounts(
  purchaseCustomers: Int32Array,
  orderIds: readonly (Key | null)[],
  customers: number,
): number[] {
  const orders = new DistinctOrders(orderIds);
  for (let customer = 0; customer < customers; customer++) orders.addCustomer(customer);
  for (let row = 0; row < purchaseCustomers.length; row++) {
    const customer = purchaseCustomers[row] as number;
    if (customer >= 0) orders.see(row, customer);
  }
  return orders.finish((row) => purchaseCustomers[row] as number);
}
