/**
 * This file defines how distinct orders are counted per customer, fast. Hashing each order id
 * once into a set finds every id's first line; an order id is almost always one customer's, so
 * that first line's customer is credited. Only ids that come back after other orders are looked
 * at again, in a second pass over just those, to credit each further customer that has them.
 */

import type { Key } from './key';
import { KeySet } from './key-set';

/**
 * The number of distinct orders of each customer. A purchase line without an order id is an
 * order of its own: a blank id must never make a buyer look like a prospect.
 *
 * @param purchaseCustomers per row, the customer index of a purchase line, or −1 to ignore it
 * @param orderIds per row, the order id, or `null` for none
 * @param customers how many customers there are
 * @example distinctOrderCounts(Int32Array.of(0, 0, 1, 0, 1), ['a', 'a', 'a', 'b', null], 2) //=> Float64Array.of(2, 2)
 */
export function distinctOrderCounts(
  purchaseCustomers: Int32Array,
  orderIds: readonly (Key | null)[],
  customers: number,
): Float64Array {
  const counts = new Float64Array(customers);
  const seen = new KeySet(orderIds, purchaseCustomers.length);
  const returning = new Set<Key>();
  let previousOrder: Key | null | undefined;
  let previousCustomer = -1;
  for (let row = 0; row < purchaseCustomers.length; row++) {
    const customer = purchaseCustomers[row] as number;
    if (customer < 0) continue;
    const orderId = orderIds[row];
    if (orderId === null || orderId === undefined) {
      counts[customer] = (counts[customer] as number) + 1;
      continue;
    }
    // lines of one order usually come together
    if (orderId === previousOrder && customer === previousCustomer) continue;
    previousOrder = orderId;
    previousCustomer = customer;
    if (seen.add(row)) counts[customer] = (counts[customer] as number) + 1;
    else returning.add(orderId);
  }
  if (returning.size > 0) creditFurtherCustomers(purchaseCustomers, orderIds, returning, counts);
  return counts;
}

/** For ids seen again later, credits each customer other than the first that has them. */
function creditFurtherCustomers(
  purchaseCustomers: Int32Array,
  orderIds: readonly (Key | null)[],
  returning: ReadonlySet<Key>,
  counts: Float64Array,
): void {
  const customersOf = new Map<Key, Set<number>>();
  for (let row = 0; row < purchaseCustomers.length; row++) {
    const customer = purchaseCustomers[row] as number;
    const orderId = orderIds[row];
    if (customer < 0 || orderId === null || orderId === undefined || !returning.has(orderId))
      continue;
    const holders = customersOf.get(orderId);
    if (!holders) customersOf.set(orderId, new Set([customer]));
    else if (!holders.has(customer)) {
      holders.add(customer);
      counts[customer] = (counts[customer] as number) + 1;
    }
  }
}
