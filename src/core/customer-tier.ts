/**
 * This file defines the four management tiers of docs/domain.md §4 (高价值/潜在/普通/流失客户), in
 * their order of precedence: Potential, Churned, High value, Regular.
 */
import type { Tier } from './labels';
import { inRange, OPTIONS, RANGES } from './option-registry';
import { quantile } from './quantile';
import { type CustomerMeasures, isBuyerFrequency } from './rfm-score';

export interface TierOptions {
  /** A customer whose last purchase is more than this many days ago has churned (default DEFAULT_CHURN_DAYS). */
  readonly churnDays?: number;
  /** The top share of active buyers by money spent that is High value, in (0, 1] (default DEFAULT_HIGH_VALUE_SHARE). */
  readonly highValueShare?: number;
  /**
   * The user's own break on money instead of the share's quantile: an active buyer who spent at
   * least this much is High value (at least, as a spend equal to the quantile is today).
   * Null or left out: the share decides.
   */
  readonly highValueFrom?: number | null;
}

export const DEFAULT_CHURN_DAYS: number = OPTIONS.churnDays.default;
export const DEFAULT_HIGH_VALUE_SHARE: number = OPTIONS.highValueShare.default;

/**
 * Puts every customer in one of the four tiers:
 * 1. Potential: no purchase yet (frequency 0);
 * 2. Churned: last purchase more than `churnDays` ago;
 * 3. High value: monetary ≥ the type-7 (1 − share) quantile of monetary among the buyers who
 *    have not churned, or ≥ `highValueFrom` when given;
 * 4. Regular: everyone else.
 *
 * @throws {RangeError} when the columns differ in length, `churnDays` is negative, the share is
 *   outside (0, 1], `highValueFrom` is not a finite number, or a buyer has no recency
 * @example customerTiers({ recencyDays: [3, 400, null], frequency: [2, 5, 0], monetary: [90, 800, 0] }) //=> ['high-value', 'churned', 'potential']
 */
export function customerTiers(measures: CustomerMeasures, options: TierOptions = {}): Tier[] {
  const churnDays = options.churnDays ?? DEFAULT_CHURN_DAYS;
  const share = options.highValueShare ?? DEFAULT_HIGH_VALUE_SHARE;
  if (!(churnDays >= 0)) throw new RangeError('customerTiers requires churnDays of at least 0');
  if (!inRange(RANGES.share, share))
    throw new RangeError('customerTiers requires a share in (0, 1]');
  const from = options.highValueFrom ?? null;
  if (from !== null && !Number.isFinite(from))
    throw new RangeError('customerTiers requires highValueFrom to be a finite number');
  const { recencyDays, frequency, monetary } = measures;
  if (recencyDays.length !== frequency.length || monetary.length !== frequency.length) {
    throw new RangeError('customerTiers requires columns of equal length');
  }
  // one pass sets the tiers that need no threshold and gathers the active buyers' money
  const count = frequency.length;
  const tiers = new Array<Tier | undefined>(count);
  const activeMonetary = new Float64Array(count);
  let actives = 0;
  for (let i = 0; i < count; i++) {
    if (!isBuyerFrequency(frequency[i] as number)) {
      tiers[i] = 'potential';
      continue;
    }
    const days = recencyDays[i];
    if (days === null || days === undefined)
      throw new RangeError('customerTiers requires recency for every buyer');
    if (days > churnDays) tiers[i] = 'churned';
    else activeMonetary[actives++] = monetary[i] as number;
  }
  if (actives > 0) {
    const threshold = from ?? quantile(activeMonetary.subarray(0, actives), 1 - share);
    for (let i = 0; i < count; i++)
      tiers[i] ??= (monetary[i] as number) >= threshold ? 'high-value' : 'regular';
  }
  return tiers as Tier[];
}
