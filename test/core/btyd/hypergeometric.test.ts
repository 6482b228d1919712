import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyp2f1, hyp2f1MinusOne } from '../../../src/core/btyd/hypergeometric';

function expectRelativelyClose(actual: number, expected: number, tolerance: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

// [a, b, c, z, ₂F₁(a, b; c; z)] by `python3 -c "from scipy.special import hyp2f1; print(repr(
// hyp2f1(a, b, c, z)))"` (scipy 1.17.1), each checked against mpmath 1.3 `mpmath.hyp2f1` at 50
// digits; where scipy is off by more than 1e-13 the row gives mpmath's value, marked so.
// BG/NBD's parameters r = 0.243, α = 4.414, a = 0.793, b = 2.426 (CDNOW) give the model rows.
const REFERENCE: readonly (readonly [number, number, number, number, number])[] = [
  [0.5, 0.5, 1, 0.999, 3.081960708698817], // 2K(√z)/π: logarithmic at 1
  [0.3, 0.7, 1, 0.999, 2.698144042056296], // c − a − b = 0
  [3, 5, 8, 0.999, 356.66126720779823],
  [1.5, -0.3, 3.7, 0.75, 0.8907552398041692],
  [-4.5, 2, 1.5, 0.95, -0.01466989165014665],
  [0.2, 0.3, -0.5, 0.8, 0.19359878878571576], // mpmath (scipy 4.7e-15 off)
  [1, 2, 3.0000001, 0.999, 11.84117794599271], // mpmath (scipy 3.8e-10 off): c − a − b ≈ 0
  // the model: (r + x, b + x; a + b + x − 1; t / (α + T + t)) and its Euler transform
  [0.243, 2.426, 2.219, 0.6, 1.2850244482139312],
  [7.243, 9.426, 9.219, 0.5726, 547.328625990035],
  [150.243, 152.426, 152.219, 0.9, 2.8115189984384025e150],
  [1.976, -0.207, 2.219, 0.999, 0.49566263959863677],
  [1.976, -0.207, 152.219, 0.999, 0.9972945804851352],
  // large b
  [1, 200, 3, 0.3, 2.641540640319302e27], // mpmath (scipy 5.6e-14 off)
  [5, 200, 4.2, 0.1, 6251483011.613455], // mpmath (scipy 1.1e-13 off)
  [30, 200, 150, 0.99, 2.089203632995331e134],
  [10, 50, 30, 0.99, 4.06676531581095e53], // mpmath (scipy 5.2e-7 off)
];

describe('hyp2f1', () => {
  it.each(REFERENCE)('₂F₁(%d, %d; %d; %d) agrees with scipy/mpmath', (a, b, c, z, expected) => {
    expectRelativelyClose(hyp2f1(a, b, c, z), expected, 1e-12);
  });

  it('is −ln(1 − z)/z for (1, 1; 2), up to z = 0.999', () => {
    for (const z of [1e-9, 0.1, 0.5, 0.7, 0.9, 0.99, 0.999, 0.9999])
      expectRelativelyClose(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-13);
  });

  it('is (1 − z)^−a when b = c, for large b too', () => {
    for (const [a, b] of [
      [0.243, 2.426],
      [1.7, 0.4],
      [3.5, 60],
      [12, 250],
    ] as const)
      for (const z of [0.2, 0.5, 0.8, 0.99, 0.999])
        expectRelativelyClose(hyp2f1(a, b, b, z), (1 - z) ** -a, 1e-12);
  });

  it('is arcsin(√z)/√z for (½, ½; 3/2) and a polynomial when a is a negative integer', () => {
    for (const z of [0.25, 0.75, 0.999])
      expectRelativelyClose(
        hyp2f1(0.5, 0.5, 1.5, z),
        Math.asin(Math.sqrt(z)) / Math.sqrt(z),
        1e-13,
      );
    // (−2, b; c; z) = 1 − 2bz/c + b(b + 1)z²/(c(c + 1))
    expectRelativelyClose(
      hyp2f1(-2, 3, 4, 0.9),
      1 - (2 * 3 * 0.9) / 4 + (3 * 4 * 0.81) / 20,
      1e-14,
    );
    expect(hyp2f1(2.5, -3.1, 0.7, 0)).toBe(1);
  });

  it('gives BG/NBD’s (1 − z)^(r+x) ₂F₁(r + x, b + x; a + b + x − 1; z) also by Euler’s transformation', () => {
    // the same number as (1 − z)^(a−1) ₂F₁(a + b − 1 − r, a − 1; a + b + x − 1; z), reached by
    // other parameters and often another method (series or continuation); x stops at 60 as the
    // direct ₂F₁, about (1 − z)^(a−1−r−x), overflows beyond
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (r, a, b, x, z) => {
          fc.pre(a + b + x - 1 > 0.01);
          const direct = (1 - z) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z);
          const euler = (1 - z) ** (a - 1) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
          expectRelativelyClose(direct, euler, 1e-11);
        },
      ),
    );
  });

  it('gives ₂F₁ − 1 exact relative to itself when it is tiny', () => {
    // [a, b, c, z, ₂F₁(a, b; c; z) − 1] by mpmath 1.3 at 60 digits: `mpmath.hyp2f1(a, b, c, z) - 1`
    const tiny: readonly (readonly [number, number, number, number, number])[] = [
      [1e-20, 1, 2, 0.5, 3.068528194400547e-21],
      [1.976, -1e-9, 2.219, 0.999, -3.857937938397497e-9],
      [1.976, 1e-7, 2.219, 0.6, 7.842601908102699e-8],
      [0.3, 0.4, 1.2, 1e-12, 1.000000000000414e-13],
      [-0.45, 1e-10, 102.2, 0.999, -4.410555851670953e-13],
      [2.5, 1e-12, 3.5, 0.9, 1.1795952870345248e-12],
    ];
    for (const [a, b, c, z, expected] of tiny)
      expectRelativelyClose(hyp2f1MinusOne(a, b, c, z), expected, 1e-14);
    expect(hyp2f1MinusOne(0.5, 0, 1.5, 0.9)).toBe(0);
  });

  it('rejects z outside [0, 1), c a non-positive integer and parameters that are not finite', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow('hyp2f1 requires z in [0, 1)');
    expect(() => hyp2f1(1, 1, 2, -0.1)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, Number.NaN)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(
      'hyp2f1 requires c that is not 0 or a negative integer',
    );
    expect(() => hyp2f1(1, Number.POSITIVE_INFINITY, 2, 0.5)).toThrow(RangeError);
    expect(() => hyp2f1MinusOne(1, 1, 2, 1)).toThrow('hyp2f1MinusOne requires z in [0, 1)');
  });
});
