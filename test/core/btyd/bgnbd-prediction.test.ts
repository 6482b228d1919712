import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectedPurchases,
  expectedPurchasesOfNewCustomer,
  probabilityAlive,
} from '../../../src/core/btyd/bgnbd-prediction';

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function expectRelativelyClose(actual: number, expected: number, tolerance: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

// lifetimes' formulas (BetaGeoFitter.conditional_probability_alive,
// conditional_expected_number_of_purchases_up_to_time, expected_number_of_purchases_up_to_time),
// written out in mpmath at 40 digits with mpmath.hyp2f1, for the published CDNOW parameters. The
// same formulas in numpy with scipy.special.hyp2f1 agree to 1e-13 (their 1 − (…)·₂F₁ cancels).
// [x, t_x, T, P(alive), E[purchases in 39 weeks], E[purchases in 52 weeks]]
const REFERENCE = [
  [2, 30.43, 38.86, 0.726578570080673, 1.2260281747671444, 1.558720806432088],
  [0, 0, 38.86, 1, 0.19509805201126265, 0.2520730222824589],
  [7, 35, 38.86, 0.8437678219280123, 4.387487854487961, 5.520567507999355],
  [1, 5.71, 27, 0.4281682125552274, 0.5390473764375833, 0.6826626505654557],
  [14, 37.57, 38.86, 0.9266915478485648, 9.302569261142905, 11.661354371696945],
  [50, 38, 38.86, 0.9594382814767687, 33.39119799906929, 41.719422742769446],
] as const;

const parametersArbitrary = fc.record({
  r: fc.double({ min: 0.01, max: 10, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 100, noNaN: true }),
  a: fc.double({ min: 0.05, max: 10, noNaN: true }),
  b: fc.double({ min: 0.05, max: 30, noNaN: true }),
});
const customerArbitrary = fc
  .tuple(
    fc.integer({ min: 0, max: 200 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0.01, max: 400, noNaN: true }),
  )
  .map(([x, share, T]) => [x, x === 0 ? 0 : share * T, T] as const);

describe('probabilityAlive', () => {
  it.each(REFERENCE)('agrees with lifetimes for (x, t_x, T) = (%d, %d, %d)', (x, tx, T, alive) => {
    expectRelativelyClose(probabilityAlive(CDNOW, x, tx, T), alive, 1e-14);
  });

  it('lies in [0, 1], and is 1 without a repeat purchase and when the last purchase is now', () => {
    fc.assert(
      fc.property(parametersArbitrary, customerArbitrary, (parameters, [x, tx, T]) => {
        const alive = probabilityAlive(parameters, x, tx, T);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        if (x === 0) expect(alive).toBe(1);
      }),
    );
    // t_x = T: the customer has just bought; only the drop-out at that purchase counts
    expect(probabilityAlive(CDNOW, 3, 10, 10)).toBeCloseTo(1 / (1 + 0.793 / (2.426 + 2)), 14);
  });

  it('rejects invalid parameters and histories', () => {
    expect(() => probabilityAlive({ ...CDNOW, r: -1 }, 1, 1, 2)).toThrow(
      'probabilityAlive requires a finite r above 0, not -1',
    );
    expect(() => probabilityAlive(CDNOW, 1, 3, 2)).toThrow(
      'probabilityAlive requires a recency from 0 to T (2), not 3',
    );
  });
});

describe('expectedPurchases', () => {
  it.each(REFERENCE)(
    'agrees with lifetimes for (x, t_x, T) = (%d, %d, %d)',
    (x, tx, T, _, in39, in52) => {
      expectRelativelyClose(expectedPurchases(CDNOW, 39, x, tx, T), in39, 1e-13);
      expectRelativelyClose(expectedPurchases(CDNOW, 52, x, tx, T), in52, 1e-13);
    },
  );

  it('stays exact for a very frequent buyer and a far horizon, where the plain ₂F₁ is huge', () => {
    // as above, in mpmath
    expectRelativelyClose(
      expectedPurchases(CDNOW, 39, 500, 38.5, 38.86),
      311.84389191017556,
      1e-13,
    );
    expectRelativelyClose(
      expectedPurchases(CDNOW, 1000, 500, 38.5, 38.86),
      2047.220561679735,
      1e-13,
    );
    expectRelativelyClose(expectedPurchases(CDNOW, 10_000, 3, 20, 38.86), 20.8191762471695, 1e-12);
  });

  it('is 0 at t = 0, at least 0 and non-decreasing in t', () => {
    fc.assert(
      fc.property(
        parametersArbitrary,
        customerArbitrary,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (parameters, [x, tx, T], t1, t2) => {
          const [shorter, longer] = [Math.min(t1, t2), Math.max(t1, t2)];
          const early = expectedPurchases(parameters, shorter, x, tx, T);
          const late = expectedPurchases(parameters, longer, x, tx, T);
          expect(early).toBeGreaterThanOrEqual(0);
          expect(late).toBeGreaterThanOrEqual(early * (1 - 1e-12));
          expect(expectedPurchases(parameters, 0, x, tx, T)).toBe(0);
        },
      ),
    );
  });

  it('is continuous through a = 1 and a + b = 1, where its formula is 0/0', () => {
    // the limits in mpmath (mpmath.limit of the formulas above, 40 digits)
    expectRelativelyClose(
      expectedPurchases({ ...CDNOW, a: 1 }, 39, 2, 30.43, 38.86),
      1.1021367860399558,
      1e-14,
    );
    expectRelativelyClose(
      expectedPurchasesOfNewCustomer({ ...CDNOW, a: 1 }, 39),
      1.0842790105915188,
      1e-14,
    );
    const halves = { ...CDNOW, a: 0.5, b: 0.5 };
    expectRelativelyClose(expectedPurchasesOfNewCustomer(halves, 39), 0.9179468927457138, 1e-14);
    expectRelativelyClose(expectedPurchases(halves, 39, 0, 0, 30), 0.21404732509145896, 1e-14);
    for (const a of [1 - 1e-9, 1 + 1e-9])
      expectRelativelyClose(
        expectedPurchases({ ...CDNOW, a }, 39, 2, 30.43, 38.86),
        1.1021367860399558,
        1e-9,
      );
  });

  it('rejects a negative or infinite horizon', () => {
    expect(() => expectedPurchases(CDNOW, -1, 1, 1, 2)).toThrow(
      'expectedPurchases requires a finite horizon t of 0 or more, not -1',
    );
    expect(() => expectedPurchases(CDNOW, Number.POSITIVE_INFINITY, 1, 1, 2)).toThrow(RangeError);
    expect(() => expectedPurchases(CDNOW, 1, 0, 1, 2)).toThrow(RangeError);
  });
});

describe('expectedPurchasesOfNewCustomer', () => {
  it('agrees with lifetimes’ expected_number_of_purchases_up_to_time', () => {
    // as above, in mpmath
    expectRelativelyClose(expectedPurchasesOfNewCustomer(CDNOW, 39), 1.196723193320817, 1e-14);
    expectRelativelyClose(expectedPurchasesOfNewCustomer(CDNOW, 52), 1.4460505953964038, 1e-14);
    expectRelativelyClose(expectedPurchasesOfNewCustomer(CDNOW, 1000), 6.580391613738232, 1e-13);
    expectRelativelyClose(expectedPurchasesOfNewCustomer(CDNOW, 1e-6), 5.505210502292042e-8, 1e-12);
  });

  it('is the conditional expectation of a customer who has only just made the first purchase', () => {
    expectRelativelyClose(
      expectedPurchases(CDNOW, 39, 0, 0, 1e-12),
      expectedPurchasesOfNewCustomer(CDNOW, 39),
      1e-11,
    );
    expect(() => expectedPurchasesOfNewCustomer({ ...CDNOW, b: 0 }, 39)).toThrow(RangeError);
  });
});
