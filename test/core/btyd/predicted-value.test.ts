import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedPurchases } from '../../../src/core/btyd/bgnbd-prediction';
import { predictedValue, predictedValues } from '../../../src/core/btyd/predicted-value';

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function expectRelativelyClose(actual: number, expected: number, tolerance: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('predictedValue', () => {
  it.each([
    // lifetimes' _customer_lifetime_value with one time unit per period (freq factor 1), its
    // expected purchases by the lifetimes formula, all in mpmath at 40 digits:
    // [x, t_x, T, spend per purchase, periods, discount rate, value]
    [2, 30.43, 38.86, 35, 12, 0.01, 13.939706919111567],
    [0, 0, 38.86, 20, 52, 0.002, 4.794969422761825],
    [7, 35, 38.86, 41.5, 26, 0.1, 48.3878083614497],
    [2, 30.43, 38.86, 35, 1, 0.01, 1.297701921743197],
  ])(
    'agrees with lifetimes for (%d, %d, %d), spend %d, %d periods at %d',
    (x, tx, T, spend, periods, rate, expected) => {
      expectRelativelyClose(predictedValue(CDNOW, x, tx, T, spend, periods, rate), expected, 1e-13);
    },
  );

  it('is spend × expected purchases without discounting, and falls as the rate rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (x, share, periods, rate) => {
          const tx = x === 0 ? 0 : share * 38.86;
          const plain = predictedValue(CDNOW, x, tx, 38.86, 10, periods, 0);
          expectRelativelyClose(plain, 10 * expectedPurchases(CDNOW, periods, x, tx, 38.86), 1e-12);
          const discounted = predictedValue(CDNOW, x, tx, 38.86, 10, periods, rate);
          expect(discounted).toBeGreaterThanOrEqual(0);
          expect(discounted).toBeLessThanOrEqual(plain * (1 + 1e-12));
          expect(predictedValue(CDNOW, x, tx, 38.86, 10, periods + 1, rate)).toBeGreaterThanOrEqual(
            discounted,
          );
        },
      ),
      { numRuns: 50 },
    );
  });

  it('rejects periods that are not whole numbers from 1, rates of −100 % or less and negative spend', () => {
    const value = (spend: number, periods: number, rate: number) => () =>
      predictedValue(CDNOW, 2, 30.43, 38.86, spend, periods, rate);
    expect(value(35, 0, 0.01)).toThrow(
      'predictedValue requires a whole number of periods from 1, not 0',
    );
    expect(value(35, 2.5, 0.01)).toThrow(RangeError);
    expect(value(35, 12, -1)).toThrow(
      'predictedValue requires a finite discount rate above -1, not -1',
    );
    expect(value(35, 12, Number.NaN)).toThrow(RangeError);
    expect(value(-1, 12, 0.01)).toThrow(
      'predictedValue requires a finite spend per purchase of 0 or more, not -1',
    );
    expect(value(Number.POSITIVE_INFINITY, 12, 0.01)).toThrow(RangeError);
    expect(() => predictedValue(CDNOW, 0, 1, 38.86, 35, 12, 0.01)).toThrow(RangeError);
    expect(value(0, 12, 0.01)()).toBe(0);
  });
});

describe('predictedValues', () => {
  const history = {
    frequency: [2, 0, 2, 7],
    recency: [30.43, 0, 30.43, 35],
    T: [38.86, 38.86, 38.86, 38.86],
  };

  it('gives each customer predictedValue with their own spend, shared histories or not', () => {
    const spend = [35, 20, 70, 41.5];
    const values = predictedValues(CDNOW, history, spend, 12, 0.01);
    values.forEach((value, i) => {
      expectRelativelyClose(
        value,
        predictedValue(
          CDNOW,
          history.frequency[i] as number,
          history.recency[i] as number,
          history.T[i] as number,
          spend[i] as number,
          12,
          0.01,
        ),
        1e-12,
      );
    });
  });

  it('refuses columns of different lengths and a negative spend', () => {
    expect(() => predictedValues(CDNOW, history, [1, 2, 3], 12, 0)).toThrow(RangeError);
    expect(() => predictedValues(CDNOW, history, [1, -2, 3, 4], 12, 0)).toThrow(
      /spend per purchase/,
    );
  });
});
