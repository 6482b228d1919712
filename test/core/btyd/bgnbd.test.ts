import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PurchaseModel, simulateCustomers } from '../../../dev/btyd-simulation';
import { BG_NBD_MIN_REPEAT_BUYERS, fitBgNbd } from '../../../src/core/btyd/bgnbd';
import { bgNbdObjective } from '../../../src/core/btyd/bgnbd-likelihood';
import { FitFailure } from '../../../src/core/btyd/fit-failure';
import type { RepeatHistory } from '../../../src/core/btyd/history';
import { minimize } from '../../../src/core/btyd/minimize';
import { repeatPatterns } from '../../../src/core/btyd/repeat-patterns';
import { readCdnowSummary } from '../../helpers/cdnow';

const cdnow = readCdnowSummary();
const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/** The fit's outcome, or the reason and detail of its failure. */
function outcome(history: RepeatHistory) {
  try {
    return fitBgNbd(history);
  } catch (error) {
    if (error instanceof FitFailure) return { reason: error.reason, detail: error.detail };
    throw error;
  }
}

/** Standard errors of ln r, ln α, ln a, ln b: the inverse observed information at the fit. */
function logStandardErrors(history: RepeatHistory, parameters: PurchaseModel): number[] {
  const objective = bgNbdObjective(repeatPatterns(history));
  const point = NAMES.map((name) => Math.log(parameters[name]));
  const h = 1e-4;
  const information = point.map((_, j) => {
    const up = objective(point.map((v, k) => (k === j ? v + h : v))).gradient;
    const down = objective(point.map((v, k) => (k === j ? v - h : v))).gradient;
    return up.map((g, i) => ((g - (down[i] as number)) / (2 * h)) * history.frequency.length);
  });
  return inverse(information).map((row, i) => Math.sqrt(row[i] as number));
}

/** Gauss–Jordan inverse of a small positive-definite matrix. */
function inverse(matrix: number[][]): number[][] {
  const n = matrix.length;
  const rows = matrix.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let i = 0; i < n; i++) {
    const pivot = rows[i] as number[];
    const scale = pivot[i] as number;
    for (let j = 0; j < 2 * n; j++) pivot[j] = (pivot[j] as number) / scale;
    for (const [k, row] of rows.entries()) {
      if (k === i) continue;
      const factor = row[i] as number;
      for (let j = 0; j < 2 * n; j++) row[j] = (row[j] as number) - factor * (pivot[j] as number);
    }
  }
  return rows.map((row) => row.slice(n));
}

describe('fitBgNbd', () => {
  it('gives the published CDNOW fit (Fader, Hardie & Lee 2005)', () => {
    const fit = fitBgNbd(cdnow);
    const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    for (const name of NAMES)
      expect(Math.abs(fit.parameters[name] - published[name])).toBeLessThan(0.01);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.1);
    expect(fit.customers).toBe(2357);
    // lifetimes' likelihood in numpy/scipy, maximised by scipy.optimize.minimize (Nelder–Mead,
    // then BFGS with gtol 1e-9) over the log-parameters; lifetimes itself reports the same
    // (0.242593, 4.413532, 0.792886, 2.425752)
    const scipy = { r: 0.24259289, alpha: 4.41353152, a: 0.79288608, b: 2.42575356 };
    for (const name of NAMES) expect(fit.parameters[name] / scipy[name]).toBeCloseTo(1, 6);
    expect(fit.logLikelihood).toBeCloseTo(-9582.425560567364, 6);
  });

  // 50,000 customers in continuous time (exactly the model; whole days would merge same-day
  // purchases, which the model does not know), observed 27 to 39 weeks like CDNOW. Each estimate
  // must lie within 4 of its standard errors (from the observed information) of the truth: a
  // correct fit misses that about once in 16,000 parameters. The standard errors must be small
  // (below 10 %), so that the check has teeth.
  it.each<PurchaseModel>([
    { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
    { r: 2, alpha: 4, a: 0.5, b: 5 },
    { r: 0.5, alpha: 10, a: 1.5, b: 3 },
  ])('recovers the parameters of simulated customers: %o', (model) => {
    const customers = simulateCustomers(model, {
      customers: 50_000,
      longestT: 39,
      entrySpan: 12,
      seed: 13,
    });
    const fit = fitBgNbd(customers);
    const errors = logStandardErrors(customers, fit.parameters);
    NAMES.forEach((name, i) => {
      const error = errors[i] as number;
      expect(error).toBeLessThan(0.1);
      expect(Math.abs(Math.log(fit.parameters[name] / model[name]))).toBeLessThanOrEqual(4 * error);
    });
  });

  it('weighs customers with the same history as one: doubling every customer keeps the fit', () => {
    const fit = fitBgNbd(cdnow);
    const doubled = fitBgNbd({
      frequency: [...cdnow.frequency, ...cdnow.frequency],
      recency: [...cdnow.recency, ...cdnow.recency],
      T: [...cdnow.T, ...cdnow.T],
    });
    for (const name of NAMES)
      expect(doubled.parameters[name] / fit.parameters[name]).toBeCloseTo(1, 7);
    expect(doubled.logLikelihood).toBeCloseTo(2 * fit.logLikelihood, 8);
  });

  it('gives the same outcome whatever the order of the rows', () => {
    const customer = fc
      .tuple(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
      )
      .map(
        ([x, T, share]) =>
          [x, x === 0 ? 0 : Math.min(T, Math.round((share / 20) * T * 4) / 4), T] as const,
      );
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 10, maxLength: 80 }),
        fc.context(),
        (rows, context) => {
          const shuffled = rows
            .map((row, i) => ({ row, key: (i * 7919) % 101 }))
            .sort((u, v) => u.key - v.key);
          const history = (list: readonly (readonly [number, number, number])[]) => ({
            frequency: list.map((row) => row[0]),
            recency: list.map((row) => row[1]),
            T: list.map((row) => row[2]),
          });
          const result = outcome(history(rows));
          context.log(JSON.stringify(result));
          expect(outcome(history(shuffled.map(({ row }) => row)))).toEqual(result);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('fails for want of repeat purchases, naming how many repeat buyers there were', () => {
    expect(outcome({ frequency: [0, 0, 0], recency: [0, 0, 0], T: [3, 4, 5] })).toEqual({
      reason: 'no-repeat-purchases',
      detail: { repeatBuyers: 0 },
    });
    const few = (buyers: number) => ({
      frequency: [...cdnow.frequency.slice(0, 100).map((x, i) => (i < buyers ? x + 1 : 0))],
      recency: cdnow.recency.slice(0, 100).map((tx, i) => (i < buyers ? Math.max(tx, 1) : 0)),
      T: cdnow.T.slice(0, 100),
    });
    expect(BG_NBD_MIN_REPEAT_BUYERS).toBe(3);
    expect(outcome(few(2))).toEqual({
      reason: 'too-few-repeat-buyers',
      detail: { repeatBuyers: 2, needed: 3 },
    });
    expect(outcome(few(3))).toMatchObject({ leansOnPrior: true });
  });

  it('answers where maximum likelihood runs off (a and b → ∞ together), leaning on the prior', () => {
    const simulated = simulateCustomers(
      { r: 0.5, alpha: 4, a: 5, b: 20 },
      { customers: 400, longestT: 39, entrySpan: 12, seed: 7 },
    );
    const patterns = repeatPatterns(simulated);
    // maximum likelihood alone: b beyond e^15, the model's edge
    const edge = minimize(bgNbdObjective(patterns), [0, Math.log(3.9), 0, 0], {
      gradientTolerance: 1e-9,
    });
    expect(edge.converged && edge.point.every((v) => Math.abs(v) <= 15)).toBe(false);
    const fit = fitBgNbd(simulated);
    expect(fit.leansOnPrior).toBe(true);
    expect(fit.priorWeight).toBeGreaterThan(0.05);
    // the mean drop-out chance a/(a + b) is what the data do tell: 0.2 in truth
    const { a, b } = fit.parameters;
    expect(a / (a + b)).toBeGreaterThan(0.1);
    expect(a / (a + b)).toBeLessThan(0.3);
  });

  it('fails rather than give a fit when the optimiser stops short', () => {
    expect(() => fitBgNbd(cdnow, { maxIterations: 5 })).toThrow(
      expect.objectContaining({
        reason: 'did-not-converge',
        detail: expect.objectContaining({ iterations: 5 }),
      }),
    );
  });

  it('is the maximum likelihood where the data decide: the prior carries little on CDNOW', () => {
    const fit = fitBgNbd(cdnow);
    expect(fit.leansOnPrior).toBe(false);
    expect(fit.priorWeight).toBeLessThan(0.05);
  });
});
