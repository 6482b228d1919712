/**
 * This file defines the inputs of the buy-till-you-die models drawn from an order log: each
 * customer's repeat purchases x, recency t_x, age T and mean repeat spend m̄ at the end of a
 * calibration period (docs/domain.md §2, lifetimes' `summary_data_from_transaction_data`). Purchases
 * are counted in days (see purchase-days.ts for what a purchase day is) whatever the period;
 * the period only sets the unit of t_x and T.
 */
import type { Key } from '../key';
import { sum } from '../sum';
import type { SpendHistory } from './history';
import { groupPurchaseDays, type PurchaseLog } from './purchase-days';
import { PERIOD_DAYS, type Period } from './summary-columns';

export interface PurchaseSummaryOptions {
  /** Civil day the calibration period ends on, included; by default the latest purchase day. */
  readonly calibrationEnd?: number;
  /**
   * The unit of t_x and T: day counts divided by PERIOD_DAYS, as the published CDNOW summary
   * divides them by 7 for weeks, so that times stay continuous. A month is the mean Gregorian
   * month, 365.25 / 12 days, rather than lifetimes' calendar months (`to_period('M')`), which
   * would put purchases on 31 January and 1 February a month apart and on 1 and 31 January none.
   */
  readonly period: Period;
}

export interface PurchaseSummary extends SpendHistory {
  /** Customers with a purchase day by the calibration end, in order of first appearance. */
  readonly keys: Key[];
  /** Index of each customer's first row in the log. */
  readonly firstRows: number[];
  /** Repeat purchase days: purchase days by the calibration end, less one. */
  readonly frequency: number[];
  /** Last − first purchase day, in periods. */
  readonly recency: number[];
  /** Calibration end − first purchase day, in periods. */
  readonly T: number[];
  /** Mean net spend of the repeat purchase days (the first left out); 0 when x = 0. */
  readonly monetary: number[];
  /** Civil days of each customer's first and last purchase by the calibration end. */
  readonly firstPurchaseDays: number[];
  readonly lastPurchaseDays: number[];
  readonly calibrationEnd: number;
  /**
   * Customers left out because their first purchase is on or after the calibration end: they
   * have had no time to buy again (T = 0), which no model can learn from.
   */
  readonly lateCustomers: number;
  /** Customers left out because no day of theirs nets to zero or more (only returns). */
  readonly customersWithoutPurchase: number;
  /** Rows without a customer, skipped. */
  readonly skippedRows: number;
}

/**
 * Summarises an order log into the models' inputs at the end of the calibration period; rows
 * after it are left out.
 *
 * @throws {RangeError} when the columns differ in length, a day is not a whole number, an
 *   amount is not finite, the calibration end is not a whole number, or it is left out and the
 *   log has no purchase to take it from
 * @example summarizePurchases({ customerKeys: ['a', 'a', 'a', 'a'], days: [0, 0, 7, 21], amounts: [5, 5, 8, 12] }, { period: 'weeks' }).monetary //=> [10]
 */
export function summarizePurchases(
  log: PurchaseLog,
  options: PurchaseSummaryOptions,
): PurchaseSummary {
  const grouped = groupPurchaseDays(log);
  const { dayStarts, days, spend } = grouped;
  const calibrationEnd = options.calibrationEnd ?? latestPurchaseDay(days, dayStarts);
  if (!Number.isInteger(calibrationEnd)) {
    throw new RangeError('summarizePurchases requires a calibration end that is a whole civil day');
  }
  const daysPerPeriod = PERIOD_DAYS[options.period];
  const keys: Key[] = [];
  const firstRows: number[] = [];
  const frequency: number[] = [];
  const recency: number[] = [];
  const T: number[] = [];
  const monetary: number[] = [];
  const firstPurchaseDays: number[] = [];
  const lastPurchaseDays: number[] = [];
  let lateCustomers = 0;
  let customersWithoutPurchase = 0;
  for (let customer = 0; customer < grouped.keys.length; customer++) {
    const first = dayStarts[customer] as number;
    const end = dayStarts[customer + 1] as number;
    let last = first;
    while (last < end && (days[last] as number) <= calibrationEnd) last++;
    // now `last` is one past the last purchase day in the calibration period; a customer whose
    // first purchase is on its last day has had no time to buy again (T = 0): left out too
    if (last === first || days[first] === calibrationEnd) {
      if (first === end) customersWithoutPurchase++;
      else lateCustomers++;
      continue;
    }
    const firstDay = days[first] as number;
    const lastDay = days[last - 1] as number;
    const repeats = last - first - 1;
    keys.push(grouped.keys[customer] as Key);
    firstRows.push(grouped.firstRows[customer] as number);
    frequency.push(repeats);
    recency.push((lastDay - firstDay) / daysPerPeriod);
    T.push((calibrationEnd - firstDay) / daysPerPeriod);
    monetary.push(repeats === 0 ? 0 : sum(spend.subarray(first + 1, last)) / repeats);
    firstPurchaseDays.push(firstDay);
    lastPurchaseDays.push(lastDay);
  }
  return {
    keys,
    firstRows,
    frequency,
    recency,
    T,
    monetary,
    firstPurchaseDays,
    lastPurchaseDays,
    calibrationEnd,
    lateCustomers,
    customersWithoutPurchase,
    skippedRows: grouped.skippedRows,
  };
}

function latestPurchaseDay(days: Float64Array, dayStarts: Int32Array): number {
  if (days.length === 0) {
    throw new RangeError('summarizePurchases requires a purchase or a calibration end');
  }
  let latest = -Infinity;
  // each customer's days ascend: the last one is the customer's latest
  for (let customer = 1; customer < dayStarts.length; customer++) {
    const end = dayStarts[customer] as number;
    if (end > (dayStarts[customer - 1] as number))
      latest = Math.max(latest, days[end - 1] as number);
  }
  return latest;
}
