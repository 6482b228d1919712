/**
 * This file defines churn risk read from a customer's probability of being alive (P(alive),
 * from the BG/NBD model, docs/domain.md §5): likely active, at risk, or likely churned, by two
 * thresholds on the probability.
 */
import type { ChurnRisk } from './labels';

export interface ChurnRiskThresholds {
  /** The lowest probability that reads as likely active (default 0.7). */
  readonly active?: number;
  /** The lowest probability that reads as at risk rather than likely churned (default 0.3). */
  readonly atRisk?: number;
}

export const DEFAULT_CHURN_RISK_THRESHOLDS = { active: 0.7, atRisk: 0.3 } as const;

/**
 * The churn risk of a customer: 'active' when P(alive) ≥ `active`, 'at-risk' when
 * `atRisk` ≤ P(alive) < `active`, 'likely-churned' below `atRisk`.
 *
 * @param probabilityAlive the probability that the customer is still active, in [0, 1]
 * @throws {RangeError} when the probability is outside [0, 1], or the thresholds are not
 *   0 ≤ atRisk ≤ active ≤ 1
 * @example [0.9, 0.7, 0.5, 0.1].map((p) => churnRisk(p)) //=> ['active', 'active', 'at-risk', 'likely-churned']
 */
export function churnRisk(
  probabilityAlive: number,
  thresholds: ChurnRiskThresholds = {},
): ChurnRisk {
  const active = thresholds.active ?? DEFAULT_CHURN_RISK_THRESHOLDS.active;
  const atRisk = thresholds.atRisk ?? DEFAULT_CHURN_RISK_THRESHOLDS.atRisk;
  if (!(atRisk >= 0 && active >= atRisk && active <= 1)) {
    throw new RangeError('churnRisk requires thresholds with 0 ≤ atRisk ≤ active ≤ 1');
  }
  if (!(probabilityAlive >= 0 && probabilityAlive <= 1)) {
    throw new RangeError('churnRisk requires a probability between 0 and 1');
  }
  if (probabilityAlive >= active) return 'active';
  return probabilityAlive >= atRisk ? 'at-risk' : 'likely-churned';
}
