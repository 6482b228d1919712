/**
 * This file defines a churn forecast: for each customer of a fitted BG/NBD model, the
 * probability of buying again within a horizon, the churn risk it reads as, and the purchases
 * expected in the horizon — each from the same core function as `CHURN_RISK` and
 * `EXPECTED_PURCHASES`, so that the sidebar's columns equal those functions' on the same data.
 */
import type { BgNbdParameters } from './btyd/bgnbd-likelihood';
import { expectedPurchases, probabilityOfPurchase } from './btyd/bgnbd-prediction';
import type { RepeatHistory } from './btyd/history';
import { type ChurnRiskThresholds, churnRisk } from './churn-risk';
import type { ChurnRisk } from './labels';

export interface ChurnForecast {
  /** The probability of buying again within the horizon (churn-risk.ts). */
  readonly probability: number[];
  readonly risk: ChurnRisk[];
  /** Purchases expected within the horizon. */
  readonly expectedPurchases: number[];
}

/**
 * The forecast of every customer of a history.
 *
 * @param horizon in the history's time unit, > 0
 * @throws {RangeError} as probabilityOfPurchase, expectedPurchases and churnRisk
 * @example churnForecast({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: [0], recency: [0], T: [38.86] }, 39).risk //=> ['likely-churned']
 */
export function churnForecast(
  parameters: BgNbdParameters,
  history: RepeatHistory,
  horizon: number,
  thresholds: ChurnRiskThresholds = {},
): ChurnForecast {
  const { frequency, recency, T } = history;
  const probability = Array.from(frequency, (x, i) =>
    probabilityOfPurchase(parameters, horizon, x, recency[i] as number, T[i] as number),
  );
  return {
    probability,
    risk: probability.map((p) => churnRisk(p, thresholds)),
    expectedPurchases: Array.from(frequency, (x, i) =>
      expectedPurchases(parameters, horizon, x, recency[i] as number, T[i] as number),
    ),
  };
}
