import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateCustomers } from '../../../dev/btyd-simulation';
import { summarizePurchases } from '../../../src/core/btyd/purchase-summary';
import { CDNOW_CALIBRATION_END, readCdnowSample, readCdnowSpendSummary } from '../../helpers/cdnow';
import { readFixture } from '../../helpers/csv';

const roundedToCents = (value: number) => Math.round(value * 100) / 100;

describe('summarizePurchases on CDNOW', () => {
  const summary = summarizePurchases(readCdnowSample(), {
    period: 'weeks',
    calibrationEnd: CDNOW_CALIBRATION_END,
  });

  it('reproduces cdnow_customers_summary.csv for every customer', () => {
    const published = readFixture('cdnow-customers-summary.csv');
    expect(summary.keys).toEqual(published.map((row) => Number(row.ID)));
    expect(summary.frequency).toEqual(published.map((row) => Number(row.frequency)));
    expect(summary.recency.map(roundedToCents)).toEqual(
      published.map((row) => Number(row.recency)),
    );
    expect(summary.T.map(roundedToCents)).toEqual(published.map((row) => Number(row.T)));
    expect(summary.lateCustomers).toBe(0);
  });

  it('reproduces the mean repeat spend of cdnow_customers_summary_with_transactions.csv', () => {
    const published = readCdnowSpendSummary();
    expect(summary.keys).toEqual(published.ids);
    expect(summary.frequency).toEqual(published.frequency);
    // zbar is the decimal mean rounded half up: 18.135 became 18.14, while the nearest double
    // to 36.27 / 2 lies just below the half cent; so the check is the half cent itself
    const deviations = summary.monetary.map((mean, i) =>
      Math.abs(mean - (published.monetary[i] as number)),
    );
    expect(Math.max(...deviations)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(summary.monetary.filter((mean) => mean > 0)).toHaveLength(946);
  });
});

describe('summarizePurchases', () => {
  // ann: days 10 (twice), 24, 31 and a return on 38; bob: 12, 40; cat: first buys on 45
  const log = {
    customerKeys: ['ann', 'bob', 'ann', 'ann', 'ann', null, 'ann', 'bob', 'cat'],
    days: [10, 12, 10, 24, 31, 20, 38, 40, 45],
    amounts: [5, 8, 15, 30, 12, 99, -30, 0, 7],
  };

  it('counts repeat purchase days, times from the first purchase and the mean repeat spend', () => {
    const summary = summarizePurchases(log, { period: 'days', calibrationEnd: 40 });
    expect(summary).toEqual({
      keys: ['ann', 'bob'],
      firstRows: [0, 1],
      frequency: [2, 1],
      recency: [21, 28],
      T: [30, 28],
      monetary: [21, 0],
      firstPurchaseDays: [10, 12],
      lastPurchaseDays: [31, 40],
      calibrationEnd: 40,
      lateCustomers: 1,
      customersWithoutPurchase: 0,
      skippedRows: 1,
    });
  });

  it('leaves out rows after the calibration end', () => {
    const summary = summarizePurchases(log, { period: 'days', calibrationEnd: 24 });
    expect(summary.keys).toEqual(['ann', 'bob']);
    expect(summary.frequency).toEqual([1, 0]);
    expect(summary.recency).toEqual([14, 0]);
    expect(summary.monetary).toEqual([30, 0]);
    expect(summary.lateCustomers).toBe(1);
  });

  it('ends the calibration period on the latest purchase day by default, not on a later return', () => {
    const summary = summarizePurchases(
      {
        ...log,
        customerKeys: [...log.customerKeys, 'bob'],
        days: [...log.days, 60],
        amounts: [...log.amounts, -8],
      },
      { period: 'days' },
    );
    expect(summary.calibrationEnd).toBe(45);
    // cat's first purchase is on the end: no time to buy again (T = 0), so left out as late
    expect(summary.keys).toEqual(['ann', 'bob']);
    expect(summary.T).toEqual([35, 33]);
    expect(summary.lateCustomers).toBe(1);
  });

  it('gives times in weeks (days / 7) and months (days / 30.4375)', () => {
    const weeks = summarizePurchases(log, { period: 'weeks', calibrationEnd: 40 });
    expect(weeks.recency).toEqual([3, 4]);
    expect(weeks.T).toEqual([30 / 7, 4]);
    const months = summarizePurchases(log, { period: 'months', calibrationEnd: 40 });
    expect(months.recency).toEqual([21 / 30.4375, 28 / 30.4375]);
    expect(months.frequency).toEqual(weeks.frequency);
  });

  it('counts customers with only returns apart', () => {
    const summary = summarizePurchases(
      { customerKeys: ['a', 'b', 'b'], days: [1, 2, 3], amounts: [4, -1, -2] },
      { period: 'days', calibrationEnd: 3 },
    );
    expect(summary.keys).toEqual(['a']);
    expect(summary.customersWithoutPurchase).toBe(1);
  });

  it('rejects a fractional calibration end, and a log without purchases and without one', () => {
    expect(() => summarizePurchases(log, { period: 'days', calibrationEnd: 40.5 })).toThrow(
      RangeError,
    );
    const returnsOnly = { customerKeys: ['a'], days: [1], amounts: [-1] };
    expect(() => summarizePurchases(returnsOnly, { period: 'days' })).toThrow(/calibration end/);
    expect(summarizePurchases(returnsOnly, { period: 'days', calibrationEnd: 5 }).keys).toEqual([]);
  });

  it('gives each customer the same summary whatever the order of the rows', () => {
    const row = fc.record({
      customer: fc.integer({ min: 0, max: 5 }),
      day: fc.integer({ min: 0, max: 30 }),
      amount: fc.integer({ min: -20, max: 100 }),
    });
    fc.assert(
      fc.property(
        fc
          .array(row, { minLength: 1, maxLength: 40 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            ),
          ),
        ([rows, shuffled]) => {
          const byCustomer = (entries: typeof rows) => {
            const summary = summarizePurchases(
              {
                customerKeys: entries.map((entry) => entry.customer),
                days: entries.map((entry) => entry.day),
                amounts: entries.map((entry) => entry.amount),
              },
              { period: 'weeks', calibrationEnd: 20 },
            );
            return new Map(
              summary.keys.map((key, i) => [
                key,
                [summary.frequency[i], summary.recency[i], summary.T[i], summary.monetary[i]],
              ]),
            );
          };
          expect(byCustomer(shuffled)).toEqual(byCustomer(rows));
        },
      ),
    );
  });
});

describe('summarizePurchases on simulated customers', () => {
  it('gives back the simulated frequency, recency and age of customers on a day grid', () => {
    const simulated = simulateCustomers(
      { r: 0.5, alpha: 3, a: 0.8, b: 2.5 },
      { customers: 300, longestT: 39, entrySpan: 12, seed: 5, daysPerUnit: 7 },
    );
    const calibrationEnd = 39 * 7;
    const log = { customerKeys: [] as number[], days: [] as number[], amounts: [] as number[] };
    simulated.purchaseTimes.forEach((times, customer) => {
      const firstDay = calibrationEnd - Math.round((simulated.T[customer] as number) * 7);
      for (const time of times) {
        log.customerKeys.push(customer);
        log.days.push(firstDay + Math.round(time * 7));
        log.amounts.push(10);
      }
    });
    const summary = summarizePurchases(log, { period: 'weeks', calibrationEnd });
    expect(summary.frequency).toEqual(simulated.frequency);
    const largestError = (actual: number[], expected: number[]) =>
      Math.max(...actual.map((value, i) => Math.abs(value - (expected[i] as number))));
    expect(largestError(summary.recency, simulated.recency)).toBeLessThan(1e-9);
    expect(largestError(summary.T, simulated.T)).toBeLessThan(1e-9);
    expect(summary.frequency.filter((x) => x > 0).length).toBeGreaterThan(50);
  });
});
