/**
 * This file defines lifecycle stages in the sidebar, per customer: computed as
 * `LIFECYCLE_STAGE(BTYD_SUMMARY(…))` computes them on an order log, or on a customer table's
 * first and last purchase dates, so the sidebar's column equals that function's on the same data.
 */
import type { Key } from '../../core/key';
import { lifecycleStage, type PurchaseSpan } from '../../core/lifecycle';
import { classLabels } from '../../core/models';
import { PREDICTION_MODELS } from '../../core/prediction-models';
import type { CustomerMeasures } from '../../core/rfm-score';
import type { LogTable } from '../sheet-input/log-table';
import type { TransactionLog } from '../sheet-input/transaction-log';
import type { ModelResults, PredictionContext } from './model-results';
import type { PurchaseDates } from './purchase-dates';
import { runPurchaseSummary } from './run-purchase-summary';

/** Lifecycle stages per customer of a customer table, from its orders and purchase dates. */
export function tableLifecycle(
  measures: CustomerMeasures,
  dates: PurchaseDates,
  context: PredictionContext,
): ModelResults {
  const spans = measures.frequency.map((orders, i) => ({
    firstPurchaseDay: orders > 0 ? (dates.first[i] as number) : null,
    lastPurchaseDay: orders > 0 ? (dates.last[i] as number) : null,
    frequency: orders,
  }));
  return lifecycle(spans, dates.asOfDay, context);
}

/**
 * Lifecycle stages from a log's purchase days, as `LIFECYCLE_STAGE(BTYD_SUMMARY(…))` reads them.
 * The summary leaves out a customer whose first purchase is on its last day, having had no time
 * to buy again; their stage needs none: they bought on that one day, as their span says.
 *
 * @param index each customer's place in the RFM table
 */
export function logLifecycle(
  log: TransactionLog,
  table: LogTable,
  index: ReadonlyMap<Key, number>,
  context: PredictionContext,
): ModelResults {
  const summary = runPurchaseSummary(log, 'days', context);
  const spans: PurchaseSpan[] = table.keys.map((_, customer) => {
    const last = table.lastPurchaseDays[customer] ?? null;
    return last === null
      ? { firstPurchaseDay: null, lastPurchaseDay: null, frequency: 0 }
      : { firstPurchaseDay: last, lastPurchaseDay: last, frequency: 1 };
  });
  summary.keys.forEach((key, i) => {
    const customer = index.get(key);
    if (customer === undefined) return;
    spans[customer] = {
      firstPurchaseDay: summary.firstPurchaseDays[i] as number,
      lastPurchaseDay: summary.lastPurchaseDays[i] as number,
      // a summary counts repeat purchase days; the stage wants every purchase day, the first too
      frequency: (summary.frequency[i] as number) + 1,
    };
  });
  return lifecycle(spans, summary.calibrationEnd, context);
}

/** Each customer's lifecycle stage on a day, as LIFECYCLE_STAGE gives it. */
function lifecycle(
  spans: readonly PurchaseSpan[],
  asOfDay: number,
  context: PredictionContext,
): ModelResults {
  const { churnDays } = context.options;
  const stages = spans.map((span) => lifecycleStage(span, asOfDay, { churnDays }));
  const labels = classLabels('lifecycle', stages, context.language);
  return {
    scheme: PREDICTION_MODELS.lifecycle,
    values: labels.map((label) => [label]),
    classes: stages,
    notes: [],
  };
}
