/**
 * The tests of the churn forecast: each number is the core prediction's for the customer, and
 * each band the churn risk of its probability under the thresholds given.
 */
import { describe, expect, it } from 'vitest';
import { expectedPurchases, probabilityOfPurchase } from '../../src/core/btyd/bgnbd-prediction';
import { churnForecast } from '../../src/core/churn-forecast';

/** Fader, Hardie and Lee's CDNOW parameters. */
const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const history = { frequency: [0, 2, 10], recency: [0, 30.43, 37], T: [38.86, 38.86, 38] };

describe('churnForecast', () => {
  it('gives each customer the probability of buying again, its band and expected purchases', () => {
    const forecast = churnForecast(CDNOW, history, 39);
    history.frequency.forEach((x, i) => {
      const [tx, T] = [history.recency[i] as number, history.T[i] as number];
      expect(forecast.probability[i]).toBe(probabilityOfPurchase(CDNOW, 39, x, tx, T));
      expect(forecast.expectedPurchases[i]).toBe(expectedPurchases(CDNOW, 39, x, tx, T));
    });
    expect(forecast.risk).toEqual(
      forecast.probability.map((p) =>
        p >= 0.5 ? 'active' : p >= 0.2 ? 'at-risk' : 'likely-churned',
      ),
    );
    expect(new Set(forecast.risk).size).toBeGreaterThan(1);
  });

  it('reads the bands by the thresholds given', () => {
    const forecast = churnForecast(CDNOW, history, 39, { active: 0.99, atRisk: 0 });
    expect(forecast.risk).toEqual(
      forecast.probability.map((p) => (p >= 0.99 ? 'active' : 'at-risk')),
    );
  });
});
