import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SpendModel, simulateCustomers } from '../../../dev/btyd-simulation';
import { FitFailure } from '../../../src/core/btyd/fit-failure';
import {
  expectedSpend,
  fitGammaGamma,
  type GammaGammaParameters,
} from '../../../src/core/btyd/gamma-gamma';
import { gammaGammaObjective } from '../../../src/core/btyd/gamma-gamma-likelihood';
import { minimize } from '../../../src/core/btyd/minimize';
import { repeatSpend } from '../../../src/core/btyd/repeat-spend';
import { readCdnowSpendSummary } from '../../helpers/cdnow';

const cdnow = readCdnowSpendSummary();

const simulatedSpend = (spend: SpendModel, seed: number) =>
  simulateCustomers(
    { r: 0.8, alpha: 4, a: 0.8, b: 2.5 },
    { customers: 4000, longestT: 52, entrySpan: 12, seed, spend },
  );

/** The fit's result, or the reason it failed: what must not depend on the row order. */
function outcome(history: { frequency: number[]; monetary: number[] }) {
  try {
    return fitGammaGamma(history);
  } catch (error) {
    if (error instanceof FitFailure) return error.reason;
    throw error;
  }
}

describe('fitGammaGamma on CDNOW', () => {
  const fit = fitGammaGamma(cdnow);

  it('gives the published p = 6.25, q = 3.74, γ = 15.44 on the 946 repeat buyers', () => {
    expect(fit.customers).toBe(946);
    expect(Math.abs(fit.parameters.p - 6.25)).toBeLessThan(0.01);
    expect(Math.abs(fit.parameters.q - 3.74)).toBeLessThan(0.01);
    expect(Math.abs(fit.parameters.gamma - 15.44)).toBeLessThan(0.01);
  });

  it('reaches the maximum scipy finds (BFGS on the same likelihood, gtol 1e-9)', () => {
    // scipy: p = 6.24880314, q = 3.74458839, γ = 15.4477463, log-likelihood −4055.923243502858
    expect(fit.logLikelihood).toBeCloseTo(-4055.923243502858, 8);
    expect(fit.parameters.p).toBeCloseTo(6.24880314, 5);
    expect(fit.parameters.q).toBeCloseTo(3.74458839, 5);
    expect(fit.parameters.gamma).toBeCloseTo(15.4477463, 5);
    expect(fit.iterations).toBeGreaterThan(0);
  });
});

describe('gammaGammaObjective', () => {
  it.each([
    ['CDNOW', repeatSpend(cdnow, 'test'), [1.8, 1.3, 2.7]],
    ['CDNOW far from the fit', repeatSpend(cdnow, 'test'), [-1, 3, 0.5]],
    ['three buyers', { frequency: [1, 4, 2], monetary: [3.5, 120, 0.25] }, [0.3, -0.7, 1.1]],
  ])('has the gradient of its values (%s)', (_, spend, point) => {
    const objective = gammaGammaObjective(spend);
    const { gradient } = objective(point);
    point.forEach((_, k) => {
      const h = 1e-5;
      const shifted = (by: number) => point.map((value, i) => (i === k ? value + by : value));
      const slope = (objective(shifted(h)).value - objective(shifted(-h)).value) / (2 * h);
      expect(Math.abs((gradient[k] as number) - slope)).toBeLessThan(
        1e-7 * Math.max(1, Math.abs(slope)),
      );
    });
  });

  it('is +∞ where exp leaves the parameters’ range, and needs a buyer', () => {
    const objective = gammaGammaObjective({ frequency: [1], monetary: [10] });
    expect(objective([0, 800, 0]).value).toBe(Number.POSITIVE_INFINITY);
    expect(objective([-800, 0, 0]).value).toBe(Number.POSITIVE_INFINITY);
    expect(() => gammaGammaObjective({ frequency: [], monetary: [] })).toThrow(RangeError);
  });
});

describe('fitGammaGamma on simulated customers', () => {
  it.each([
    { p: 6, q: 4, gamma: 15 },
    { p: 2, q: 3, gamma: 50 },
    { p: 10, q: 2.5, gamma: 5 },
    { p: 1, q: 1.5, gamma: 2 },
  ])('recovers %o', (truth) => {
    const simulated = simulatedSpend(truth, 1);
    const fit = fitGammaGamma(simulated);
    // the likelihood-ratio test: the truth lies in the fit's 95 % confidence region (χ²₃ 7.81)
    const objective = gammaGammaObjective(repeatSpend(simulated, 'test'));
    const truthLogLikelihood =
      -objective([Math.log(truth.p), Math.log(truth.q), Math.log(truth.gamma)]).value *
      fit.customers;
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(truthLogLikelihood);
    expect(2 * (fit.logLikelihood - truthLogLikelihood)).toBeLessThan(7.81);
    const populationMean = ({ p, q, gamma }: GammaGammaParameters) => (p * gamma) / (q - 1);
    expect(populationMean(fit.parameters) / populationMean(truth)).toBeCloseTo(1, 1);
  });

  it('answers, leaning on the prior, when customers do not differ in spend (q → ∞)', () => {
    const simulated = simulatedSpend({ p: 3, q: 1e6, gamma: 3e7 }, 1);
    // maximum likelihood alone runs off: q without end
    const alone = minimize(gammaGammaObjective(repeatSpend(simulated, 'test')), [0, Math.LN2, 3]);
    expect(alone.converged && Math.exp(alone.point[1] as number) < 1e4).toBe(false);
    const fit = fitGammaGamma(simulated);
    expect(fit.leansOnPrior).toBe(true);
    // every customer's spend rate is 1e6/3e7: the mean spend p/ν is 90
    const { p, q, gamma } = fit.parameters;
    expect((p * gamma) / (q - 1) / 90).toBeCloseTo(1, 1);
  });

  it('refuses a fit whose spend has no finite mean (q ≤ 1)', () => {
    expect(() => fitGammaGamma(simulatedSpend({ p: 0.5, q: 0.8, gamma: 1 }, 1))).toThrow(
      expect.objectContaining({ reason: 'no-finite-mean-spend' }),
    );
  });
});

describe('fitGammaGamma', () => {
  it('does not depend on the order of the customers', () => {
    // random subsets of CDNOW's customers, in random order and in the file's order
    const customers = cdnow.frequency.map((_, i) => i);
    const columns = (rows: readonly number[]) => ({
      frequency: rows.map((i) => cdnow.frequency[i] as number),
      monetary: rows.map((i) => cdnow.monetary[i] as number),
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(customers, { minLength: 300, maxLength: 1000 }), (rows) => {
        const inFileOrder = [...rows].sort((a, b) => a - b);
        expect(outcome(columns(rows))).toEqual(outcome(columns(inFileOrder)));
      }),
    );
  });

  it('leaves out customers without a repeat purchase, whatever their spend', () => {
    const buyers = {
      frequency: cdnow.frequency.slice(0, 300),
      monetary: cdnow.monetary.slice(0, 300),
    };
    const withOthers = {
      frequency: [...buyers.frequency, 0, 0],
      monetary: [...buyers.monetary, -5, 1e9],
    };
    expect(fitGammaGamma(withOthers)).toEqual(fitGammaGamma(buyers));
  });

  it('needs 3 repeat buyers, and leans on the prior with few', () => {
    const two = { frequency: [1, 2, 0], monetary: [10, 14, 0] };
    expect(() => fitGammaGamma(two)).toThrow(
      expect.objectContaining({
        reason: 'too-few-repeat-buyers',
        detail: { repeatBuyers: 2, needed: 3 },
      }),
    );
    const nine = {
      frequency: [1, 2, 1, 3, 1, 2, 4, 1, 2, 0],
      monetary: [10, 14, 35, 20, 12, 50, 18, 9, 25, 0],
    };
    expect(fitGammaGamma(nine)).toMatchObject({ customers: 9, leansOnPrior: true });
  });

  it('rejects spend that is not positive for a repeat buyer, non-finite values and odd counts', () => {
    const fitOf = (frequency: number[], monetary: number[]) => () =>
      fitGammaGamma({ frequency, monetary });
    expect(fitOf([1, 2], [10, 0])).toThrow(
      /positive mean spend of every repeat buyer \(customer 1\)/,
    );
    expect(fitOf([1, 2], [10, Number.NaN])).toThrow(/finite mean spend/);
    expect(fitOf([1, 2], [10, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(fitOf([1.5], [10])).toThrow(/whole repeat purchase counts/);
    expect(fitOf([-1], [10])).toThrow(/whole repeat purchase counts/);
    expect(fitOf([1, 2], [10])).toThrow(/equal length/);
  });
});

describe('expectedSpend', () => {
  const published = { p: 6.25, q: 3.74, gamma: 15.44 };

  it.each([
    // numpy: (1 − w) pγ/(q − 1) + w m̄ with w = px / (px + q − 1)
    [0, 0, 35.21897810218978],
    [2, 22.35, 24.663713910761157],
    [1, 11.77, 18.91685205784205],
    [6, 44.5, 43.868041749502986],
    [20, 5, 5.648191639267265],
  ])('shrinks x = %d, m̄ = %d towards the population mean', (x, m, expected) => {
    expect(expectedSpend(published, x, m)).toBeCloseTo(expected, 10);
  });

  it('is the population mean for a customer without repeat purchases, whatever m̄', () => {
    expect(expectedSpend(published, 0, 999)).toBe(expectedSpend(published, 0, 0));
  });

  it('rejects parameters without a finite mean and odd customers', () => {
    expect(() => expectedSpend({ ...published, q: 1 }, 1, 10)).toThrow(/q > 1/);
    expect(() => expectedSpend({ ...published, p: Number.NaN }, 1, 10)).toThrow(RangeError);
    expect(() => expectedSpend({ ...published, gamma: -1 }, 1, 10)).toThrow(RangeError);
    expect(() => expectedSpend(published, 1, 0)).toThrow(/positive mean spend/);
    expect(() => expectedSpend(published, 0.5, 10)).toThrow(/whole repeat purchase counts/);
  });
});
