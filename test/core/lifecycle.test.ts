/**
 * This file defines the tests of the lifecycle stages: each rule at its boundaries, the usual gap
 * and its floor, the churn window shared with the tiers, stages that only move forward as time
 * passes, and the inputs refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerTiers } from '../../src/core/customer-tier';
import { LIFECYCLE_STAGES } from '../../src/core/labels';
import { lifecycleStage } from '../../src/core/lifecycle';

const AS_OF = 20_000;

/** The stage of a customer who last bought `daysSinceLast` days before AS_OF. */
function stage(daysSinceLast: number, spanDays: number, frequency: number, churnDays?: number) {
  const last = AS_OF - daysSinceLast;
  const customer = { firstPurchaseDay: last - spanDays, lastPurchaseDay: last, frequency };
  return lifecycleStage(customer, AS_OF, churnDays === undefined ? {} : { churnDays });
}

describe('lifecycleStage', () => {
  it('makes a customer with no order a prospect, whatever the days say', () => {
    expect(
      lifecycleStage({ firstPurchaseDay: null, lastPurchaseDay: null, frequency: 0 }, AS_OF),
    ).toBe('prospects');
    expect(lifecycleStage({ firstPurchaseDay: 5, lastPurchaseDay: 1, frequency: 0 }, AS_OF)).toBe(
      'prospects',
    );
  });

  it('has churned after the churn window, as in the tiers', () => {
    expect(stage(366, 0, 1)).toBe('churned');
    expect(stage(365, 0, 1)).toBe('dormant');
    expect(stage(91, 0, 1, 90)).toBe('churned');
    // A usual gap of 300 days would leave the customer active for 450, but the window ends first.
    expect(stage(366, 600, 3)).toBe('churned');
  });

  it('is new for 30 days after the first purchase', () => {
    expect(stage(0, 30, 4)).toBe('new');
    expect(stage(30, 0, 1)).toBe('new');
    expect(stage(31, 0, 1)).toBe('active');
    expect(stage(0, 31, 2)).toBe('active');
    // Churned comes first, even for a new customer.
    expect(stage(21, 0, 1, 20)).toBe('churned');
  });

  it('holds a repeat buyer to their usual gap: active to 1.5 gaps, at risk to 3', () => {
    // Four orders over 300 days: a gap of 100.
    expect(stage(150, 300, 4)).toBe('active');
    expect(stage(151, 300, 4)).toBe('at-risk');
    expect(stage(300, 300, 4)).toBe('at-risk');
    expect(stage(301, 300, 4)).toBe('dormant');
  });

  it('never holds a customer to a gap below 30 days', () => {
    // Four orders over 30 days: a gap of 10, taken as 30.
    expect(stage(45, 30, 4)).toBe('active');
    expect(stage(46, 30, 4)).toBe('at-risk');
    expect(stage(90, 30, 4)).toBe('at-risk');
    expect(stage(91, 30, 4)).toBe('dormant');
  });

  it('gives a one-day buyer a sixth of the churn window: active for a quarter, at risk to half', () => {
    expect(stage(91, 0, 1)).toBe('active'); // 365 / 4 = 91.25
    expect(stage(92, 0, 1)).toBe('at-risk');
    expect(stage(182, 0, 1)).toBe('at-risk'); // 365 / 2 = 182.5
    expect(stage(183, 0, 1)).toBe('dormant');
    // Several orders on one day are one purchase day.
    expect(stage(92, 0, 3)).toBe('at-risk');
    // A short window: 720 / 6 = 120, active to 180 days; 90 / 6 = 15 is below the 30-day floor.
    expect(stage(180, 0, 1, 720)).toBe('active');
    expect(stage(45, 0, 1, 90)).toBe('active');
    expect(stage(46, 0, 1, 90)).toBe('at-risk');
  });

  it('churns exactly the customers the tiers call churned', () => {
    const customer = fc.record({
      daysSinceLast: fc.integer({ min: 0, max: 800 }),
      spanDays: fc.integer({ min: 0, max: 800 }),
      frequency: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 700 }),
        (customers, churnDays) => {
          const stages = customers.map((c) =>
            stage(c.daysSinceLast, c.spanDays, c.frequency, churnDays),
          );
          const tiers = customerTiers(
            {
              recencyDays: customers.map((c) => c.daysSinceLast),
              frequency: customers.map((c) => c.frequency),
              monetary: customers.map(() => 1),
            },
            { churnDays },
          );
          expect(stages.map((s) => s === 'churned')).toEqual(tiers.map((t) => t === 'churned'));
        },
      ),
    );
  });

  it('only moves forward, new → active → at risk → dormant → churned, as days pass', () => {
    const order = (s: string) => LIFECYCLE_STAGES.indexOf(s as (typeof LIFECYCLE_STAGES)[number]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 700 }),
        (spanDays, frequency, churnDays) => {
          const customer = { firstPurchaseDay: 0, lastPurchaseDay: spanDays, frequency };
          const stages = Array.from({ length: 800 }, (_, days) =>
            order(lifecycleStage(customer, spanDays + days, { churnDays })),
          );
          expect(stages.every((s, i) => i === 0 || s >= (stages[i - 1] as number))).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses orders that are not a whole number ≥ 0, a negative window, and days out of order', () => {
    const buyer = { firstPurchaseDay: 10, lastPurchaseDay: 20, frequency: 2 };
    for (const frequency of [-1, 1.5, Number.NaN]) {
      expect(() => lifecycleStage({ ...buyer, frequency }, AS_OF)).toThrow(
        'lifecycleStage requires a whole number of orders, at least 0',
      );
    }
    expect(() => lifecycleStage(buyer, AS_OF, { churnDays: -1 })).toThrow(
      'lifecycleStage requires churnDays of at least 0',
    );
    expect(() => lifecycleStage(buyer, Number.NaN)).toThrow(
      'lifecycleStage requires a finite asOfDay',
    );
    const outOfOrder = [
      { ...buyer, firstPurchaseDay: null },
      { ...buyer, lastPurchaseDay: null },
      { ...buyer, firstPurchaseDay: 21 },
      { ...buyer, firstPurchaseDay: -Infinity },
      { ...buyer, lastPurchaseDay: AS_OF + 1 },
    ];
    for (const customer of outOfOrder) {
      expect(() => lifecycleStage(customer, AS_OF)).toThrow(
        'lifecycleStage requires a buyer’s first and last purchase days, first ≤ last ≤ asOfDay',
      );
    }
  });
});
