/**
 * This file defines churn risk in the sidebar, with the numbers behind it, per customer: computed
 * as `CHURN_RISK`, `EXPECTED_PURCHASES` and `CLV_PREDICT` (discount rate 0) compute it on
 * `BTYD_SUMMARY(…, "months")`, so the sidebar's columns equal those functions' on the same data.
 * A customer table with first and last purchase dates gives the model's inputs directly: repeat
 * purchases = orders − 1, recency and T from the dates in months, spend per repeat purchase =
 * money / orders, as those functions take them in columns.
 */
import { fitBgNbd } from '../../core/btyd/bgnbd';
import type { SpendHistory } from '../../core/btyd/history';
import { predictedValues } from '../../core/btyd/predicted-value';
import type { PurchaseSummary } from '../../core/btyd/purchase-summary';
import { PERIOD_DAYS, type Period } from '../../core/btyd/summary-columns';
import { churnForecast } from '../../core/churn-forecast';
import type { Key } from '../../core/key';
import type { Language } from '../../core/labels';
import { classLabels } from '../../core/models';
import { PREDICTION_MODELS } from '../../core/prediction-models';
import type { CustomerMeasures } from '../../core/rfm-score';
import { InputError } from '../input-error';
import { inputErrorMessage } from '../messages';
import { expectedSpendOf, fitted, spendModel } from '../model-fit';
import type { LogTable } from '../sheet-input/log-table';
import type { TransactionLog } from '../sheet-input/transaction-log';
import { leftOutCustomersNote } from '../table-notes';
import type { ModelResults, PredictionContext } from './model-results';
import type { PurchaseDates } from './purchase-dates';
import { runPurchaseSummary } from './run-purchase-summary';
import { noPredictedValueNote } from './sidebar-messages';

/** The time unit of churn risk's horizon and fit: the sidebar's horizon is in months. */
export const HORIZON_PERIOD: Period = 'months';

/**
 * Churn risk per customer of the log's RFM table, on the log's purchase summary in months; the
 * customers the summary leaves out are left blank, with a note.
 *
 * @param index each customer's place in the RFM table
 * @throws {InputError} when the model cannot be fitted
 */
export function logChurnRisk(
  log: TransactionLog,
  table: LogTable,
  index: ReadonlyMap<Key, number>,
  context: PredictionContext,
): ModelResults {
  const summary = runPurchaseSummary(log, HORIZON_PERIOD, context);
  const customers = summary.keys.map((key) => index.get(key) as number);
  const notes = leftOutNotes(summary, context.language);
  return churnRisk(summary, customers, table.keys.length, notes, context);
}

/**
 * Churn risk per customer of a customer table, from its measures and purchase dates.
 * @throws {InputError} when the model cannot be fitted
 */
export function tableChurnRisk(
  measures: CustomerMeasures,
  dates: PurchaseDates,
  context: PredictionContext,
): ModelResults {
  const { history, customers } = tableHistory(measures, dates);
  return churnRisk(history, customers, measures.frequency.length, [], context);
}

/**
 * Churn risk with the numbers behind it, for the customers of a history.
 *
 * @param customers the index among all `count` customers of each customer of the history; the
 *   others are left blank
 */
function churnRisk(
  history: SpendHistory,
  customers: readonly number[],
  count: number,
  notes: string[],
  context: PredictionContext,
): ModelResults {
  const { options, language, sheet } = context;
  const { activeFrom: active, atRiskFrom: atRisk } = options;
  // as CHURN_RISK checks its thresholds argument (the sidebar's form checks them first)
  if (!(active >= atRisk))
    throw new InputError(
      { kind: 'thresholds-out-of-order' },
      { argument: 'thresholds', value: [[active, atRisk]] },
    );
  const { parameters } = fitted(() => fitBgNbd(history));
  const forecast = churnForecast(parameters, history, options.horizon, { active, atRisk });
  let value: number[] | null = null;
  try {
    // as CLV_PREDICT: the spend model checked and fitted first, its refusal said
    const { parameters: spend } = spendModel(history);
    const spendPerPurchase = Array.from(history.frequency, (x, i) =>
      expectedSpendOf(spend, x, history.monetary[i] as number),
    );
    value = predictedValues(parameters, history, spendPerPurchase, options.horizon, 0);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const reason = inputErrorMessage('CLV_PREDICT', error, language, sheet);
    notes.push(noPredictedValueNote(reason, language));
  }
  const labels = classLabels('churn-risk', forecast.risk, language);
  const values = Array.from({ length: count }, () => new Array<unknown>(4).fill(''));
  const classes = new Array<string>(count).fill('');
  customers.forEach((customer, i) => {
    values[customer] = [
      forecast.probability[i],
      forecast.expectedPurchases[i],
      value?.[i] ?? '',
      labels[i],
    ];
    classes[customer] = forecast.risk[i] as string;
  });
  return { scheme: PREDICTION_MODELS['churn-risk'], values, classes, notes };
}

/**
 * The models' inputs from a customer table's dates, in months: repeat purchases = orders − 1
 * (none where the dates are one day), recency from the first to the last purchase, T from the
 * first purchase to the as-of day, spend per repeat purchase the money per order. A customer
 * without an order, or whose first purchase is on the as-of day (no time yet to buy again), is
 * left out, as BTYD_SUMMARY leaves them out.
 */
function tableHistory(measures: CustomerMeasures, dates: PurchaseDates) {
  const months = PERIOD_DAYS[HORIZON_PERIOD];
  const history = {
    frequency: [] as number[],
    recency: [] as number[],
    T: [] as number[],
    monetary: [] as number[],
  };
  const customers: number[] = [];
  measures.frequency.forEach((orders, i) => {
    const first = dates.first[i] ?? null;
    const last = dates.last[i] ?? null;
    if (orders === 0 || first === null || last === null || first >= dates.asOfDay) return;
    const repeats = last > first ? orders - 1 : 0;
    customers.push(i);
    history.frequency.push(repeats);
    history.recency.push(repeats > 0 ? (last - first) / months : 0);
    history.T.push((dates.asOfDay - first) / months);
    history.monetary.push(repeats > 0 ? Math.max(0, measures.monetary[i] as number) / orders : 0);
  });
  return { history, customers };
}

/** The notes of the customers a summary leaves out. */
function leftOutNotes(summary: PurchaseSummary, language: Language): string[] {
  const notes: string[] = [];
  if (summary.lateCustomers > 0)
    notes.push(leftOutCustomersNote('late', summary.lateCustomers, language));
  if (summary.customersWithoutPurchase > 0)
    notes.push(leftOutCustomersNote('returnsOnly', summary.customersWithoutPurchase, language));
  return notes;
}
