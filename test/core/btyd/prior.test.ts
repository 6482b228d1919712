/**
 * This file defines the tests of the weakly informative prior: small shops get an answer close to
 * what all customers would say, large data are left to the likelihood, and the prior's weight
 * reads as the share of a parameter's uncertainty the data leave.
 */
import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../../src/core/btyd/bgnbd';
import { bgNbdObjective } from '../../../src/core/btyd/bgnbd-likelihood';
import { probabilityAlive } from '../../../src/core/btyd/bgnbd-prediction';
import { minimize } from '../../../src/core/btyd/minimize';
import { PRIOR_SD, priorWeight, withPrior } from '../../../src/core/btyd/prior';
import { repeatPatterns } from '../../../src/core/btyd/repeat-patterns';
import { readCdnowSummary, sampleCdnowCustomers } from '../../helpers/cdnow';

const cdnow = readCdnowSummary();
const full = fitBgNbd(cdnow).parameters;
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

function sampleOf(rows: readonly number[]) {
  return {
    frequency: rows.map((i) => cdnow.frequency[i] as number),
    recency: rows.map((i) => cdnow.recency[i] as number),
    T: rows.map((i) => cdnow.T[i] as number),
  };
}

describe('fits on 20 samples of 50 CDNOW customers', () => {
  const samples = SEEDS.map((seed) => sampleOf(sampleCdnowCustomers(50, seed)));

  it('where maximum likelihood alone runs off or stops short on some of them', () => {
    const runsOff = samples.filter((sample) => {
      const longest = Math.max(...sample.T);
      const alone = minimize(
        bgNbdObjective(repeatPatterns(sample)),
        [0, Math.log(longest / 10), 0, 0],
        {
          gradientTolerance: 1e-9,
        },
      );
      return !alone.converged || alone.point.some((v) => Math.abs(v) > 15);
    });
    expect(runsOff.length).toBeGreaterThan(0);
  });

  it('answers every one, leaning on the prior, with P(alive) within 0.04 on average of the full fit', () => {
    let difference = 0;
    for (const sample of samples) {
      const fit = fitBgNbd(sample);
      expect(fit.leansOnPrior).toBe(true);
      let sum = 0;
      sample.frequency.forEach((x, i) => {
        const tx = sample.recency[i] as number;
        const T = sample.T[i] as number;
        sum += Math.abs(
          probabilityAlive(fit.parameters, x, tx, T) - probabilityAlive(full, x, tx, T),
        );
      });
      difference += sum / sample.frequency.length;
    }
    expect(difference / samples.length).toBeLessThan(0.04);
  });
});

describe('priorWeight', () => {
  it('is the posterior variance over the prior variance: 1/(1 + σ²n·h) for curvature h per customer', () => {
    const objective = withPrior(([x = 0]) => ({ value: 2 * x * x, gradient: [4 * x] }), [0], 10);
    // per customer curvature 4, 10 customers: posterior precision 40 + 1/σ²
    expect(priorWeight(objective, [0], 10)).toBeCloseTo(1 / (1 + 40 * PRIOR_SD ** 2), 8);
  });

  it('is 1 where the point is no minimum', () => {
    const saddle = withPrior(([x = 0]) => ({ value: -x * x, gradient: [-2 * x] }), [0], 1);
    expect(priorWeight(saddle, [0], 1)).toBe(1);
  });
});
