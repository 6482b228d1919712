import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgNbdLogLikelihood } from '../../../src/core/btyd/bgnbd';
import { bgNbdObjective, checkBgNbdParameters } from '../../../src/core/btyd/bgnbd-likelihood';
import { repeatPatterns } from '../../../src/core/btyd/repeat-patterns';
import { readCdnowSummary } from '../../helpers/cdnow';

const cdnow = readCdnowSummary();

describe('the BG/NBD log-likelihood', () => {
  it('agrees with lifetimes’ formula on CDNOW', () => {
    // lifetimes' BetaGeoFitter._negative_log_likelihood (times −n) in numpy with scipy.special.gammaln
    // and numpy.logaddexp, on test/fixtures/cdnow-customers-summary.csv
    const reference = [
      [{ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, -9582.426831182365],
      [{ r: 1, alpha: 1, a: 1, b: 1 }, -13887.694644463423],
      [{ r: 2, alpha: 4, a: 0.5, b: 5 }, -15240.967439810047],
      [{ r: 0.05, alpha: 30, a: 3, b: 0.2 }, -13396.016053504558],
    ] as const;
    for (const [parameters, expected] of reference)
      expect(bgNbdLogLikelihood(parameters, cdnow)).toBeCloseTo(expected, 8);
  });

  it('has the gradient its finite differences give', () => {
    const objective = bgNbdObjective(repeatPatterns(cdnow));
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (point) => {
          const { gradient } = objective(point);
          point.forEach((_, i) => {
            const h = 1e-5;
            const up = objective(point.map((v, j) => (j === i ? v + h : v))).value;
            const down = objective(point.map((v, j) => (j === i ? v - h : v))).value;
            const difference = (up - down) / (2 * h);
            expect(Math.abs((gradient[i] as number) - difference)).toBeLessThanOrEqual(
              1e-6 * Math.max(1, Math.abs(difference)),
            );
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('rejects parameters that are not finite numbers above 0, and invalid histories', () => {
    expect(() => checkBgNbdParameters('f', { r: 1, alpha: 0, a: 1, b: 1 })).toThrow(
      'f requires a finite alpha above 0, not 0',
    );
    expect(() => checkBgNbdParameters('f', { r: 1, alpha: 1, a: Number.NaN, b: 1 })).toThrow(
      RangeError,
    );
    expect(() =>
      bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: Number.POSITIVE_INFINITY }, cdnow),
    ).toThrow('bgNbdLogLikelihood requires a finite b above 0, not Infinity');
    expect(() =>
      bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: [1], recency: [2], T: [1] }),
    ).toThrow(RangeError);
  });
});
