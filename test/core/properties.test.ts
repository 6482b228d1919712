/**
 * Properties of the engine that hold for any customers: scores in range, equal inputs equal
 * results, row order irrelevant, and every customer in exactly one tier or class.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcClasses } from '../../src/core/abc-class';
import { customerTiers } from '../../src/core/customer-tier';
import { SEGMENTS, TIERS, VALUE_CLASSES } from '../../src/core/labels';
import { type CustomerMeasures, rfmScores } from '../../src/core/rfm-score';
import { rfmSegment } from '../../src/core/rfm-segment';
import { summarizeTransactions } from '../../src/core/transactions';
import { valueClasses } from '../../src/core/value-class';

interface Customer {
  readonly days: number | null;
  readonly orders: number;
  readonly money: number;
}

// a small pool of values makes ties common
const customerArbitrary: fc.Arbitrary<Customer> = fc.oneof(
  fc.record({
    days: fc.oneof(fc.constantFrom(0, 1, 7, 30, 365), fc.integer({ min: 0, max: 2000 })),
    orders: fc.oneof(fc.constantFrom(1, 2, 3), fc.integer({ min: 1, max: 50 })),
    money: fc.oneof(
      fc.constantFrom(0, 9.99, 100),
      fc.double({ min: -1000, max: 1e7, noNaN: true }),
    ),
  }),
  fc.constant({ days: null, orders: 0, money: 0 }),
);
const customersArbitrary = fc.array(customerArbitrary, { minLength: 1, maxLength: 60 });
const binsArbitrary = fc.integer({ min: 2, max: 9 });

function measuresOf(customers: readonly Customer[]): CustomerMeasures {
  return {
    recencyDays: customers.map((c) => c.days),
    frequency: customers.map((c) => c.orders),
    monetary: customers.map((c) => c.money),
  };
}

/** Every model's answer for each customer, as one comparable string. */
function resultsOf(customers: readonly Customer[], bins: number): string[] {
  const measures = measuresOf(customers);
  const scores = rfmScores(measures, { bins });
  const tiers = customerTiers(measures);
  const classes = valueClasses(measures);
  const abc = abcClasses(measures.monetary);
  return customers.map((_, i) => `${scores.codes[i]} ${tiers[i]} ${classes[i]} ${abc[i]}`);
}

describe('engine properties', () => {
  it('scores every buyer 1..bins, every prospect 0, and codes them as 100·R + 10·F + M', () => {
    fc.assert(
      fc.property(customersArbitrary, binsArbitrary, (customers, bins) => {
        const scores = rfmScores(measuresOf(customers), { bins });
        for (let i = 0; i < customers.length; i++) {
          const [r, f, m] = [scores.recency[i], scores.frequency[i], scores.monetary[i]] as [
            number,
            number,
            number,
          ];
          for (const score of [r, f, m]) {
            if (customers[i]?.orders === 0) expect(score).toBe(0);
            else expect(score >= 1 && score <= bins).toBe(true);
          }
          expect(scores.codes[i]).toBe(100 * r + 10 * f + m);
        }
      }),
    );
  });

  it('gives equal customers equal results in every model', () => {
    fc.assert(
      fc.property(customersArbitrary, binsArbitrary, (customers, bins) => {
        const results = resultsOf(customers, bins);
        const byCustomer = new Map<string, string>();
        customers.forEach((customer, i) => {
          const key = JSON.stringify(customer);
          const seen = byCustomer.get(key);
          if (seen !== undefined) expect(results[i]).toBe(seen);
          byCustomer.set(key, results[i] as string);
        });
      }),
    );
  });

  it('never lets row order change a customer’s result', () => {
    fc.assert(
      fc.property(
        customersArbitrary.chain((customers) =>
          fc.tuple(
            fc.constant(customers),
            fc.shuffledSubarray(
              customers.map((_, i) => i),
              { minLength: customers.length },
            ),
          ),
        ),
        binsArbitrary,
        ([customers, order], bins) => {
          const results = resultsOf(customers, bins);
          const shuffled = resultsOf(
            order.map((i) => customers[i] as Customer),
            bins,
          );
          order.forEach((original, position) => {
            expect(shuffled[position]).toBe(results[original]);
          });
        },
      ),
    );
  });

  it('puts every customer in exactly one tier, value class, ABC class and segment', () => {
    fc.assert(
      fc.property(customersArbitrary, (customers) => {
        const measures = measuresOf(customers);
        const tiers = customerTiers(measures);
        const classes = valueClasses(measures);
        const abc = abcClasses(measures.monetary);
        const scores = rfmScores(measures);
        expect(tiers).toHaveLength(customers.length);
        customers.forEach((customer, i) => {
          expect(TIERS).toContain(tiers[i]);
          expect(VALUE_CLASSES).toContain(classes[i]);
          expect(['A', 'B', 'C']).toContain(abc[i]);
          expect(SEGMENTS).toContain(
            rfmSegment(
              scores.recency[i] as number,
              scores.frequency[i] as number,
              scores.monetary[i] as number,
            ),
          );
          const prospect = customer.orders === 0;
          expect(tiers[i] === 'potential').toBe(prospect);
          expect(classes[i] === 'prospects').toBe(prospect);
          expect(scores.codes[i] === 0).toBe(prospect);
        });
      }),
    );
  });

  it('summarizes a transaction log the same when its rows are reversed', () => {
    const line = fc.record({
      customer: fc.constantFrom('a', 'b', 'c', null),
      day: fc.integer({ min: 0, max: 100 }),
      amount: fc.integer({ min: -50, max: 500 }),
      order: fc.constantFrom('o1', 'o2', 'o3', 'o4'),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const summarize = (rows: typeof lines) => {
          const summary = summarizeTransactions({
            customerKeys: rows.map((row) => row.customer),
            days: rows.map((row) => row.day),
            amounts: rows.map((row) => row.amount),
            orderIds: rows.map((row) => row.order),
          });
          return new Map(
            summary.keys.map((key, i) => [
              key,
              [summary.lastPurchaseDays[i], summary.frequency[i], summary.monetary[i]],
            ]),
          );
        };
        expect(summarize([...lines].reverse())).toEqual(summarize(lines));
      }),
    );
  });
});
