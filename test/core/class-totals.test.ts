/**
 * The tests of class totals: counts and shares per class in the given order, customers without
 * a class counted in the totals only, money below 0 as nothing spent.
 */
import { describe, expect, it } from 'vitest';
import { classTotals } from '../../src/core/class-totals';

describe('classTotals', () => {
  it('counts each class in order, a customer without one in the shares’ totals only', () => {
    const totals = classTotals(['a', 'b', 'c'], ['b', '', 'a', 'b'], [10, 20, 30, -5]);
    expect(totals).toEqual([
      { id: 'a', customers: 1, customerShare: 0.25, revenue: 30, revenueShare: 0.5 },
      { id: 'b', customers: 2, customerShare: 0.5, revenue: 10, revenueShare: 10 / 60 },
      { id: 'c', customers: 0, customerShare: 0, revenue: 0, revenueShare: 0 },
    ]);
  });

  it('gives shares of 0 with no customers or no money', () => {
    expect(classTotals(['a'], [], [])[0]).toMatchObject({ customerShare: 0, revenueShare: 0 });
    expect(classTotals(['a'], ['a'], [-3])[0]).toMatchObject({ customerShare: 1, revenueShare: 0 });
  });
});
