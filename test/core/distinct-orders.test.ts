import { describe, expect, it } from 'vitest';
import { distinctOrderCounts } from '../../src/core/distinct-orders';

const counts = (customers: number[], orders: (string | number | null)[], total: number) =>
  Array.from(distinctOrderCounts(Int32Array.from(customers), orders, total));

describe('distinctOrderCounts', () => {
  it('counts each order once per customer', () => {
    expect(counts([0, 0, 1, 0], ['a', 'a', 'b', 'c'], 2)).toEqual([2, 1]);
  });

  it('ignores rows that are not purchases, and counts a purchase without an id as its own order', () => {
    expect(counts([0, -1, 0], ['a', 'b', null], 1)).toEqual([2]);
    expect(counts([-1, 0, 0], [null, null, null], 1)).toEqual([2]);
    expect(counts([0, 1], ['a', null], 2)).toEqual([1, 1]);
  });

  it('does not count an order twice when it comes back after others', () => {
    expect(counts([0, 1, 0, 0], ['a', 'x', 'b', 'a'], 2)).toEqual([2, 1]);
  });

  it('credits every customer that shares an id, once each', () => {
    expect(counts([0, 1, 2, 1, 0, 2], ['s', 's', 's', 's', 's', 't'], 3)).toEqual([1, 1, 2]);
  });
});
