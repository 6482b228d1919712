/**
 * This file defines the four management tiers of docs/domain.md §4 (高价值/潜在/普通/流失客户), in
 * their order of precedence: Potential, Churned, High value, Regular.
 */
import type { Tier } from './labels';
import { OPTIONS } from './option-registry';
import { quantile } from './quantile';
import { type CustomerMeasures, isBuyerFrequency } from './rfm-score';

export interface TierOptions {
  /** A customer whose last purchase is more than this many days ago has churned (default DEFAULT_CHURN_DAYS). */
  readonly churnDays?: number;
  /** The top share of active buyers by money spent that is High value, in (0, 1] (default DEFAULT_HIGH_VALUE_SHARE). */
  readonly highValueShare?: number;
}

export const DEFAULT_CHURN_DAYS: number = OPTIONS.churnDays.default;
export const DEFAULT_HIGH_VALUE_SHARE: number = OPTIONS.highValueShare.default;

/**
 * Puts every customer in one of the four tiers:
 * 1. Potential: no purchase yet (frequency 0);
 * 2. Churned: last purchase more than `churnDays` ago;
 * 3. High value: monetary ≥ the type-7 (1 − share) quantile of monetary among the buyers who
 *    have not churned;
 * 4. Regular: everyone else.
 *
 * @throws {RangeError} when the columns differ in length, `churnDays` is negative, the share is
 *   outside (0, 1], or a buyer has no recency
 * @example customerTiers({ recencyDays: [3, 400, null], frequency: [2, 5, 0], monetary: [90, 800, 0] }) //=> ['high-value', 'churned', 'potential']
 */
export function customerTiers(measures: CustomerMeasures, options: TierOptions = {}): Tier[] {
  const churnDays = options.churnDays ?? DEFAULT_CHURN_DAYS;
  const share = options.highValueShare ?? DEFAULT_HIGH_VALUE_SHARE;
  if (!(churnDays >= 0)) throw new RangeError('customerTiers requires churnDays of at least 0');
  if (!(share > 0 && share <= 1)) throw new RangeError('customerTiers requires a share in (0, 1]');
  const { recencyDays, frequency, monetary } = measures;
  if (recencyDays.length !== frequency.length || monetary.length !== frequency.length) {
    throw new RangeError('customerTiers requires columns of equal length');
  }
  const early: (Tier | undefined)[] = frequency.map((orders, i) => {
    if (!isBuyerFrequency(orders)) return 'potential';
    const days = recencyDays[i];
    if (days === null || days === undefined)
      throw new RangeError('customerTiers requires recency for every buyer');
    return days > churnDays ? 'churned' : undefined;
  });
  const activeMonetary = monetary.filter((_, i) => early[i] === undefined);
  if (activeMonetary.length === 0) return early as Tier[];
  const threshold = quantile(activeMonetary, 1 - share);
  return early.map(
    (tier, i) => tier ?? ((monetary[i] as number) >= threshold ? 'high-value' : 'regular'),
  );
}
