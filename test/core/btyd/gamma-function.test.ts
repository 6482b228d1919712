import { describe, expect, it } from 'vitest';
import { digamma, logGamma } from '../../../src/core/btyd/gamma-function';

// scipy.special.gammaln and digamma (scipy 1.17.1)
const SCIPY: readonly (readonly [number, number, number])[] = [
  [1e-8, 18.42068073818021, -100000000.57721564],
  [0.1, 2.252712651734206, -10.423754940411076],
  [0.5, 0.5723649429247, -1.9635100260214235],
  [1, 0, -0.5772156649015329],
  [1.5, -0.12078223763524526, 0.03648997397857652],
  [2, 0, 0.42278433509846713],
  [3.7, 1.428072326665388, 1.1671535393615113],
  [9.99, 12.779315214350195, 2.250700372831201],
  [10, 12.801827480081469, 2.251752589066721],
  [25.3, 55.746181183584596, 3.210911380182536],
  [171.5, 709.1431630309283, 5.141664981434],
  [1e4, 82099.71749644238, 9.21029037114285],
  [1e8, 1742068066.1038349, 18.420680738952367],
];

const relativeError = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.max(1, Math.abs(expected));

describe('logGamma and digamma', () => {
  it.each(SCIPY)('agree with scipy at %d', (x, logGammaValue, digammaValue) => {
    expect(relativeError(logGamma(x), logGammaValue)).toBeLessThan(1e-13);
    expect(relativeError(digamma(x), digammaValue)).toBeLessThan(1e-13);
  });

  it('digamma is the slope of logGamma', () => {
    for (const x of [0.3, 2.5, 14]) {
      const h = 1e-5 * x;
      const slope = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
      expect(relativeError(digamma(x), slope)).toBeLessThan(1e-8);
    }
  });

  it('reject arguments that are not positive', () => {
    for (const x of [0, -1, Number.NaN]) {
      expect(() => logGamma(x)).toThrow(RangeError);
      expect(() => digamma(x)).toThrow(RangeError);
    }
    expect(logGamma(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
