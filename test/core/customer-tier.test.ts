import { describe, expect, it } from 'vitest';
import { customerTiers } from '../../src/core/customer-tier';
import { TIERS } from '../../src/core/labels';

describe('customerTiers', () => {
  it('applies the tiers in order: potential, churned, high value, regular', () => {
    const tiers = customerTiers({
      recencyDays: [null, 400, 10, 20, 30, 40, 50],
      frequency: [0, 9, 1, 1, 1, 1, 1],
      monetary: [0, 9000, 100, 200, 300, 400, 500],
    });
    // active buyers' monetary: 100..500; 0.8 quantile = 420, so only 500 is high value
    expect(tiers).toEqual([
      'potential',
      'churned',
      'regular',
      'regular',
      'regular',
      'regular',
      'high-value',
    ]);
  });

  it('counts a purchase exactly churnDays ago as not churned', () => {
    expect(customerTiers({ recencyDays: [365, 366], frequency: [1, 1], monetary: [5, 5] })).toEqual(
      ['high-value', 'churned'],
    );
  });

  it('makes every tied top spender high value', () => {
    const tiers = customerTiers({
      recencyDays: [1, 1, 1, 1],
      frequency: [1, 1, 1, 1],
      monetary: [9, 9, 9, 1],
    });
    expect(tiers).toEqual(['high-value', 'high-value', 'high-value', 'regular']);
  });

  it('honours the churn window and the share', () => {
    const measures = { recencyDays: [10, 100, 200], frequency: [1, 1, 1], monetary: [1, 2, 3] };
    expect(customerTiers(measures, { churnDays: 150, highValueShare: 1 })).toEqual([
      'high-value',
      'high-value',
      'churned',
    ]);
  });

  it('puts every customer in exactly one of the four tiers', () => {
    const tiers = customerTiers({
      recencyDays: [1, null, 500, 3],
      frequency: [2, 0, 1, 1],
      monetary: [5, 0, 1, 1],
    });
    expect(tiers.every((tier) => TIERS.includes(tier))).toBe(true);
    expect(tiers).toHaveLength(4);
  });

  it('rejects a bad share, a negative window and a buyer without recency', () => {
    const one = { recencyDays: [1], frequency: [1], monetary: [1] };
    expect(() => customerTiers(one, { highValueShare: 0 })).toThrow(
      'customerTiers requires a share in (0, 1]',
    );
    expect(() => customerTiers(one, { churnDays: -1 })).toThrow(RangeError);
    expect(() => customerTiers({ recencyDays: [null], frequency: [1], monetary: [1] })).toThrow(
      'customerTiers requires recency for every buyer',
    );
  });

  it("puts High value at the user's own break on money, a spend equal to it included", () => {
    const measures = {
      recencyDays: [null, 400, 10, 20, 30, 40],
      frequency: [0, 9, 1, 1, 1, 1],
      monetary: [0, 9000, 100, 4999.99, 5000, 7000],
    };
    expect(customerTiers(measures, { highValueFrom: 5000 })).toEqual([
      'potential',
      'churned',
      'regular',
      'regular',
      'high-value',
      'high-value',
    ]);
    // null leaves it to the share
    expect(customerTiers(measures, { highValueFrom: null })).toEqual(customerTiers(measures));
    expect(() => customerTiers(measures, { highValueFrom: Number.NaN })).toThrow(RangeError);
  });

  it("gives the same tiers with the share's quantile given as the break", () => {
    const measures = {
      recencyDays: [10, 20, 30, 40, 50],
      frequency: [1, 1, 1, 1, 1],
      monetary: [100, 200, 300, 400, 500],
    };
    // the 0.8 quantile of 100..500 is 420
    expect(customerTiers(measures, { highValueFrom: 420 })).toEqual(customerTiers(measures));
  });
});
