/**
 * This file defines churn risk read from a customer's probability of buying again within a
 * horizon (BG/NBD's P(alive) · (1 − ((α + T)/(α + T + t))^(r+x)), bgnbd-prediction.ts): likely
 * active, at risk, or likely churned, by two thresholds on the probability. It is not read from
 * P(alive) alone, which the model puts at 1 for every customer without a repeat purchase, so that
 * one-time buyers from long ago would all read as active; backtests in docs/prediction-backtests.md.
 */
import type { ChurnRisk } from './labels';

export interface ChurnRiskThresholds {
  /** The lowest probability that reads as likely active (default 0.5). */
  readonly active?: number;
  /** The lowest probability that reads as at risk rather than likely churned (default 0.2). */
  readonly atRisk?: number;
}

/**
 * Backtested on CDNOW, Online Retail and a simulated log (docs/prediction-backtests.md): over a
 * horizon as long as the history, a half or more buy again in the first band, a fifth or less in
 * the last.
 */
export const DEFAULT_CHURN_RISK_THRESHOLDS = { active: 0.5, atRisk: 0.2 } as const;

/**
 * The horizon churn risk looks ahead by default: the longest T, as long as the oldest customer has
 * been watched — a span the history can vouch for, in whatever unit it counts.
 *
 * @example defaultChurnHorizon([10, 38.86, 20]) //=> 38.86
 */
export function defaultChurnHorizon(T: ArrayLike<number>): number {
  let longest = 0;
  for (let i = 0; i < T.length; i++) longest = Math.max(longest, T[i] as number);
  return longest;
}

/**
 * The churn risk of a customer: 'active' when the probability of buying again is at least
 * `active`, 'at-risk' when at least `atRisk`, 'likely-churned' below.
 *
 * @param probability the probability that the customer buys again within the horizon, in [0, 1]
 * @throws {RangeError} when the probability is outside [0, 1], or the thresholds are not
 *   0 ≤ atRisk ≤ active ≤ 1
 * @example [0.9, 0.5, 0.3, 0.1].map((p) => churnRisk(p)) //=> ['active', 'active', 'at-risk', 'likely-churned']
 */
export function churnRisk(probability: number, thresholds: ChurnRiskThresholds = {}): ChurnRisk {
  const active = thresholds.active ?? DEFAULT_CHURN_RISK_THRESHOLDS.active;
  const atRisk = thresholds.atRisk ?? DEFAULT_CHURN_RISK_THRESHOLDS.atRisk;
  if (!(atRisk >= 0 && active >= atRisk && active <= 1)) {
    throw new RangeError('churnRisk requires thresholds with 0 ≤ atRisk ≤ active ≤ 1');
  }
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError('churnRisk requires a probability between 0 and 1');
  }
  if (probability >= active) return 'active';
  return probability >= atRisk ? 'at-risk' : 'likely-churned';
}
