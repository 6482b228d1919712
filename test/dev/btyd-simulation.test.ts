/**
 * This file tests the simulator against the models' own moments, so that a fit's recovery test
 * rests on data that truly come from the model.
 */
import { describe, expect, it } from 'vitest';
import { simulateCustomers } from '../../dev/btyd-simulation';

const model = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('simulateCustomers', () => {
  it('gives the same population for the same seed and another for another seed', () => {
    const options = { customers: 50, longestT: 39, entrySpan: 12, seed: 7 };
    expect(simulateCustomers(model, options)).toEqual(simulateCustomers(model, options));
    expect(simulateCustomers(model, { ...options, seed: 8 }).frequency).not.toEqual(
      simulateCustomers(model, options).frequency,
    );
  });

  it('keeps every purchase within the observation time, recency the last of them', () => {
    const sim = simulateCustomers(model, {
      customers: 2000,
      longestT: 39,
      entrySpan: 12,
      seed: 1,
      daysPerUnit: 7,
    });
    sim.purchaseTimes.forEach((times, i) => {
      expect(times.length - 1).toBe(sim.frequency[i]);
      expect(sim.recency[i]).toBe(times[times.length - 1]);
      expect(sim.recency[i]).toBeLessThanOrEqual(sim.T[i] as number);
      expect(sim.T[i]).toBeGreaterThanOrEqual(27);
      for (const t of times) expect(Math.round(t * 7)).toBeCloseTo(t * 7, 9);
      expect(new Set(times).size).toBe(times.length);
    });
  });

  it('matches the mean purchase count and mean spend the models predict', () => {
    // E[X(t)] of BG/NBD (FHL 2005, eq. 9), computed with scipy's hyp2f1: 1.19672 at t = 39
    const t = 39;
    const sim = simulateCustomers(model, { customers: 40_000, longestT: t, entrySpan: 0, seed: 3 });
    const mean = sim.frequency.reduce((sum, x) => sum + x, 0) / sim.frequency.length;
    expect(mean).toBeGreaterThan(1.19672 * 0.95);
    expect(mean).toBeLessThan(1.19672 * 1.05);
    const spend = { p: 6.25, q: 3.74, gamma: 15.44 };
    const withSpend = simulateCustomers(
      { r: 2, alpha: 4, a: 0.5, b: 5 },
      { customers: 20_000, longestT: 39, entrySpan: 0, seed: 4, spend },
    );
    const buyers = withSpend.monetary.filter((_, i) => (withSpend.frequency[i] as number) > 0);
    const meanSpend = buyers.reduce((sum, m) => sum + m, 0) / buyers.length;
    // E[Z] = p·γ/(q − 1) = 35.22
    expect(meanSpend).toBeGreaterThan(35.22 * 0.95);
    expect(meanSpend).toBeLessThan(35.22 * 1.05);
  });
});
