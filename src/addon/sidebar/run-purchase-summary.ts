/**
 * This file defines the purchase summary a prediction model reads of an order log in the
 * sidebar: the one `BTYD_SUMMARY` gives on the same columns, ending where it would — on the
 * run's as-of date, or by default on the latest purchase day.
 */
import { type PurchaseSummary, summarizePurchases } from '../../core/btyd/purchase-summary';
import type { Period } from '../../core/btyd/summary-columns';
import { givenAsOfDay } from '../as-of';
import type { TransactionLog } from '../sheet-input/transaction-log';
import type { PredictionContext } from './model-results';

/**
 * The log's purchase summary in a time unit, ending where `BTYD_SUMMARY` would: on the run's
 * as-of date, or by default on the latest purchase day (the log's last day without purchases).
 */
export function runPurchaseSummary(
  log: TransactionLog,
  period: Period,
  { options, sheet }: PredictionContext,
): PurchaseSummary {
  const given = givenAsOfDay(options.asOf ?? '', sheet);
  const calibrationEnd = given ?? (log.latest.day > -Infinity ? undefined : lastDayOf(log.days));
  return summarizePurchases(log, { period, calibrationEnd });
}

/** The last day of a log without purchases, as BTYD_SUMMARY takes it; 0 for an empty log. */
function lastDayOf(days: readonly number[]): number {
  return days.reduce((latest, day) => Math.max(latest, day), days[0] ?? 0);
}
