/**
 * This file defines lifecycle stages (docs/domain.md §4): where a customer stands, judged by the days
 * since their last purchase against their own usual gap between purchases and the churn window.
 * In order of precedence:
 * 1. Prospects 潜在客户: no purchase yet (frequency 0).
 * 2. Churned 流失客户: last purchase more than the churn window ago (default 365 days), as for
 *    the tiers.
 * 3. New 新客户: first purchase at most 30 days ago.
 * 4. Active 活跃客户: days since the last purchase at most 1.5 usual gaps — the next purchase is
 *    due after one gap, and half a gap more is ordinary lateness.
 * 5. At risk 预流失客户: at most 3 usual gaps — one or two purchases missed.
 * 6. Dormant 沉睡客户: longer, yet within the churn window.
 * The usual gap is (last − first purchase day) / (orders − 1) for a customer who bought on
 * different days; for one who bought on one day only it is a sixth of the churn window, so that
 * they are active for its first quarter and at risk until its half. It is never taken below 30
 * days: orders closer together are mostly one burst of buying, not a rhythm to hold them to.
 */
import { DEFAULT_CHURN_DAYS } from './customer-tier';
import type { LifecycleStage } from './labels';

/** A customer's purchases as civil days (days since 1970-01-01) and a count of orders. */
export interface PurchaseSpan {
  /** The day of the first purchase; null for a customer with no purchase. */
  readonly firstPurchaseDay: number | null;
  /** The day of the last purchase; null for a customer with no purchase. */
  readonly lastPurchaseDay: number | null;
  /** The number of orders; 0 makes the customer a prospect, whatever the days say. */
  readonly frequency: number;
}

export interface LifecycleOptions {
  /** A customer whose last purchase is more than this many days ago has churned (default 365). */
  readonly churnDays?: number;
}

/** A customer whose first purchase is at most this many days ago is new. */
export const NEW_CUSTOMER_DAYS = 30;
/** The shortest usual gap a customer is held to. */
export const MIN_USUAL_GAP_DAYS = 30;
/** Usual gaps since the last purchase within which a customer is active. */
export const ACTIVE_GAPS = 1.5;
/** Usual gaps since the last purchase within which a customer is at risk, if not active. */
export const AT_RISK_GAPS = 3;
/** The usual gap of a customer who bought on one day only, as a share of the churn window. */
const ONE_DAY_GAP_SHARE = 1 / 6;

/**
 * The lifecycle stage of a customer on a day.
 *
 * @param asOfDay the civil day the stage is read on, on or after the last purchase
 * @throws {RangeError} when the frequency is not a whole number ≥ 0, churnDays is negative,
 *   asOfDay is not finite, or a buyer's days are missing or out of order (first ≤ last ≤ asOf)
 * @example lifecycleStage({ firstPurchaseDay: 100, lastPurchaseDay: 400, frequency: 4 }, 600) //=> 'at-risk'
 */
export function lifecycleStage(
  customer: PurchaseSpan,
  asOfDay: number,
  options: LifecycleOptions = {},
): LifecycleStage {
  const churnDays = options.churnDays ?? DEFAULT_CHURN_DAYS;
  const { firstPurchaseDay: first, lastPurchaseDay: last, frequency } = customer;
  if (!(churnDays >= 0)) throw new RangeError('lifecycleStage requires churnDays of at least 0');
  if (!Number.isFinite(asOfDay)) throw new RangeError('lifecycleStage requires a finite asOfDay');
  if (!(Number.isInteger(frequency) && frequency >= 0)) {
    throw new RangeError('lifecycleStage requires a whole number of orders, at least 0');
  }
  if (frequency === 0) return 'prospects';
  if (
    first === null ||
    last === null ||
    !Number.isFinite(first) ||
    !(first <= last && last <= asOfDay)
  ) {
    throw new RangeError(
      'lifecycleStage requires a buyer’s first and last purchase days, first ≤ last ≤ asOfDay',
    );
  }
  const daysSinceLast = asOfDay - last;
  if (daysSinceLast > churnDays) return 'churned';
  if (asOfDay - first <= NEW_CUSTOMER_DAYS) return 'new';
  const usualGap =
    frequency >= 2 && last > first
      ? (last - first) / (frequency - 1)
      : churnDays * ONE_DAY_GAP_SHARE;
  const gap = Math.max(usualGap, MIN_USUAL_GAP_DAYS);
  if (daysSinceLast <= ACTIVE_GAPS * gap) return 'active';
  return daysSinceLast <= AT_RISK_GAPS * gap ? 'at-risk' : 'dormant';
}
