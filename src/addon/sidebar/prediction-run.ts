/**
 * This file defines the prediction models' results for the sidebar — churn risk with the numbers
 * behind it, lifecycle stages, k-means clusters — per customer, with the scheme the rows are
 * coloured by. Each is computed by the functions the custom functions call, on the inputs they
 * read: churn risk on `BTYD_SUMMARY(…, "months")` as `CHURN_RISK`, `EXPECTED_PURCHASES` and
 * `CLV_PREDICT` (discount rate 0) fit it; lifecycle on `BTYD_SUMMARY(…)` as `LIFECYCLE_STAGE`;
 * clusters on the RFM measures as `CUSTOMER_CLUSTER`. So the sidebar's columns equal those
 * functions' on the same data. A customer table with first and last purchase dates gives the
 * models' inputs directly: repeat purchases = orders − 1, recency and T from the dates in
 * months, spend per repeat purchase = money / orders, as those functions take them in columns.
 */
import { fitBgNbd } from '../../core/btyd/bgnbd';
import type { SpendHistory } from '../../core/btyd/history';
import { predictedValues } from '../../core/btyd/predicted-value';
import { type PurchaseSummary, summarizePurchases } from '../../core/btyd/purchase-summary';
import { PERIOD_DAYS, type Period } from '../../core/btyd/summary-columns';
import { churnForecast } from '../../core/churn-forecast';
import type { ClassScheme } from '../../core/class-scheme';
import { customerClusters } from '../../core/cluster/customer-clusters';
import { distinctCustomerCount } from '../../core/cluster/features';
import type { Key } from '../../core/key';
import type { Label, Language } from '../../core/labels';
import { lifecycleStage, type PurchaseSpan } from '../../core/lifecycle';
import type { PredictionModelId } from '../../core/model-ids';
import { classLabels } from '../../core/models';
import { PREDICTION_MODELS } from '../../core/prediction-models';
import type { CustomerMeasures } from '../../core/rfm-score';
import { givenAsOfDay } from '../as-of';
import { InputError } from '../input-error';
import { inputErrorMessage } from '../messages';
import { expectedSpendOf, fitted, spendModel } from '../model-fit';
import type { LogTable } from '../sheet-input/log-table';
import type { TransactionLog } from '../sheet-input/transaction-log';
import type { SheetSettings } from '../sheet-settings';
import { leftOutCustomersNote } from '../table-notes';
import type { ClassifyOptions } from './api';
import type { PurchaseDates } from './purchase-dates';
import { noPredictedValueNote } from './sidebar-messages';

/** The time unit of churn risk's horizon and fit: the sidebar's horizon is in months. */
export const HORIZON_PERIOD: Period = 'months';

/** A model's results for every customer: a prediction model's, or a segment model's. */
export interface ModelResults {
  /** What the rows are coloured and the legend listed by: the model's, with this run's labels. */
  readonly scheme: ClassScheme;
  /** Per customer: the values of the result columns, the label last; blanks where none. */
  readonly values: unknown[][];
  /** Per customer: the class, '' where the model gives none. */
  readonly classes: string[];
  readonly notes: string[];
}

/** What a prediction reads of the sheet: its log and RFM table, or a customer table's measures. */
export type PredictionInput =
  | { readonly shape: 'transactions'; readonly log: TransactionLog; readonly table: LogTable }
  | {
      readonly shape: 'customers';
      readonly measures: CustomerMeasures;
      /** Read only for churn risk and lifecycle stages. */
      readonly dates?: PurchaseDates;
    };

interface Context {
  readonly options: ClassifyOptions;
  readonly language: Language;
  readonly sheet: SheetSettings;
}

/**
 * A prediction model's results, per customer of the log's RFM table or of the customer table.
 * @throws {InputError} when the model cannot be fitted or the data cannot be clustered
 */
export function predictions(
  model: PredictionModelId,
  input: PredictionInput,
  context: Context,
): ModelResults {
  if (model === 'clusters') {
    const measures =
      input.shape === 'customers' ? input.measures : input.table.segmentation.measures;
    return clusters(measures, context);
  }
  if (input.shape === 'customers') {
    const { measures, dates } = input;
    if (!dates) throw new RangeError(`${model} needs a customer table's purchase dates`);
    if (model === 'lifecycle') {
      const spans = measures.frequency.map((orders, i) => ({
        firstPurchaseDay: orders > 0 ? (dates.first[i] as number) : null,
        lastPurchaseDay: orders > 0 ? (dates.last[i] as number) : null,
        frequency: orders,
      }));
      return lifecycle(spans, dates.asOfDay, context);
    }
    const { history, customers } = tableHistory(measures, dates);
    return churnRisk(history, customers, measures.frequency.length, [], context);
  }
  const { log, table } = input;
  const index = new Map(table.keys.map((key, i) => [key, i]));
  if (model === 'lifecycle') return logLifecycle(log, table, index, context);
  const summary = summaryOf(log, HORIZON_PERIOD, context);
  const customers = summary.keys.map((key) => index.get(key) as number);
  const notes = leftOutNotes(summary, context.language);
  return churnRisk(summary, customers, table.keys.length, notes, context);
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
  context: Context,
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

/**
 * Lifecycle stages from a log's purchase days, as `LIFECYCLE_STAGE(BTYD_SUMMARY(…))` reads them.
 * The summary leaves out a customer whose first purchase is on its last day, having had no time
 * to buy again; their stage needs none: they bought on that one day, as their span says.
 */
function logLifecycle(
  log: TransactionLog,
  table: LogTable,
  index: ReadonlyMap<Key, number>,
  context: Context,
): ModelResults {
  const summary = summaryOf(log, 'days', context);
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
  context: Context,
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

/**
 * k-means clusters of the buyers, as `CUSTOMER_CLUSTER(recency, frequency, monetary, k)` finds
 * them; customers without a purchase are prospects. Money below 0 (returns beyond purchases)
 * counts as nothing spent, as in the legend's revenue.
 */
function clusters(measures: CustomerMeasures, context: Context): ModelResults {
  const { options, language } = context;
  const k = options.clusterCount;
  const buyers = measures.frequency.flatMap((orders, i) => (orders > 0 ? [i] : []));
  const buyerMeasures = {
    recencyDays: buyers.map((i) => measures.recencyDays[i] as number),
    frequency: buyers.map((i) => measures.frequency[i] as number),
    monetary: buyers.map((i) => Math.max(0, measures.monetary[i] as number)),
  };
  const distinct = distinctCustomerCount(buyerMeasures);
  if (distinct < k)
    throw new InputError(
      { kind: 'more-clusters-than-customers', customers: distinct },
      { argument: 'k', value: k },
    );
  const found = fitted(() => customerClusters(buyerMeasures, { k }));
  const base = PREDICTION_MODELS.clusters;
  const clusterClasses = found.clusters.map((_, rank) => base.classes[rank] as string);
  const labels: Record<string, Label> = { prospects: base.labels.prospects as Label };
  found.clusters.forEach((cluster, rank) => {
    labels[clusterClasses[rank] as string] = cluster.name;
  });
  const classes = measures.frequency.map(() => 'prospects');
  buyers.forEach((customer, b) => {
    classes[customer] = clusterClasses[found.clusterOfCustomer[b] as number] as string;
  });
  const hasProspects = buyers.length < classes.length;
  const scheme: ClassScheme = {
    ...base,
    classes: hasProspects ? [...clusterClasses, 'prospects'] : clusterClasses,
    labels,
  };
  return {
    scheme,
    values: classes.map((c) => [labels[c]?.[language] ?? '']),
    classes,
    notes: [],
  };
}

/**
 * The log's purchase summary in a time unit, ending where `BTYD_SUMMARY` would: on the run's
 * as-of date, or by default on the latest purchase day (the log's last day without purchases).
 */
function summaryOf(
  log: TransactionLog,
  period: Period,
  { options, sheet }: Context,
): PurchaseSummary {
  const given = givenAsOfDay(options.asOf ?? '', sheet);
  const calibrationEnd = given ?? (log.latest.day > -Infinity ? undefined : lastDayOf(log.days));
  return summarizePurchases(log, { period, calibrationEnd });
}

/** The last day of a log without purchases, as BTYD_SUMMARY takes it; 0 for an empty log. */
function lastDayOf(days: readonly number[]): number {
  return days.reduce((latest, day) => Math.max(latest, day), days[0] ?? 0);
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
