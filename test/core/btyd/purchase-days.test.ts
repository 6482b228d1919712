import { describe, expect, it } from 'vitest';
import { groupPurchaseDays } from '../../../src/core/btyd/purchase-days';

const grouped = (log: Parameters<typeof groupPurchaseDays>[0]) => {
  const { keys, firstRows, dayStarts, days, spend, skippedRows } = groupPurchaseDays(log);
  return {
    keys,
    firstRows,
    dayStarts: Array.from(dayStarts),
    days: Array.from(days),
    spend: Array.from(spend),
    skippedRows,
  };
};

describe('groupPurchaseDays', () => {
  it('merges each customer’s rows by day, in day order, customers in order of appearance', () => {
    expect(
      grouped({
        customerKeys: ['bob', 'ann', null, 'bob', 'ann', 'bob'],
        days: [9, 4, 1, 2, 4, 9],
        amounts: [10, 3, 99, 5, 4, 1],
      }),
    ).toEqual({
      keys: ['bob', 'ann'],
      firstRows: [0, 1],
      dayStarts: [0, 2, 3],
      days: [2, 9, 4],
      spend: [5, 11, 7],
      skippedRows: 1,
    });
  });

  it('counts a $0 day as a purchase and leaves out a day that nets below zero', () => {
    const { days, spend, dayStarts } = grouped({
      customerKeys: [1, 1, 1, 1, 1],
      days: [3, 5, 5, 8, 8],
      amounts: [0, 20, -25, 30, -30],
    });
    expect(days).toEqual([3, 8]);
    expect(spend).toEqual([0, 0]);
    expect(dayStarts).toEqual([0, 2]);
  });

  it('gives a customer with only returns no purchase day', () => {
    const { keys, dayStarts } = grouped({
      customerKeys: ['x', 'y'],
      days: [1, 2],
      amounts: [-5, 5],
    });
    expect(keys).toEqual(['x', 'y']);
    expect(dayStarts).toEqual([0, 0, 1]);
  });

  it('sums a day’s amounts with compensation', () => {
    expect(
      grouped({ customerKeys: [7, 7, 7], days: [1, 1, 1], amounts: [1e16, 1, -1e16] }).spend,
    ).toEqual([1]);
  });

  it('handles an empty log', () => {
    expect(grouped({ customerKeys: [], days: [], amounts: [] }).dayStarts).toEqual([0]);
  });

  it('rejects ragged columns, fractional days and non-finite amounts', () => {
    expect(() => groupPurchaseDays({ customerKeys: ['a'], days: [], amounts: [1] })).toThrow(
      RangeError,
    );
    expect(() => groupPurchaseDays({ customerKeys: ['a'], days: [1.5], amounts: [1] })).toThrow(
      /row 0/,
    );
    expect(() =>
      groupPurchaseDays({ customerKeys: ['a', 'a'], days: [1, 2], amounts: [1, Number.NaN] }),
    ).toThrow(/finite amounts \(row 1\)/);
  });

  it('ignores the values of rows without a customer', () => {
    expect(
      grouped({ customerKeys: [null, 'a'], days: [0.5, 1], amounts: [Number.NaN, 2] }).spend,
    ).toEqual([2]);
  });
});
