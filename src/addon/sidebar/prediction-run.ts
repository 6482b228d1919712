/**
 * This file defines which computation gives a prediction model's results for the sidebar — churn
 * risk with the numbers behind it (churn-risk-run.ts), lifecycle stages (lifecycle-run.ts),
 * k-means clusters (cluster-run.ts) — per customer, with the scheme the rows are coloured by,
 * from what the sheet holds: an order log with its RFM table, or a customer table's measures and
 * purchase dates. Each is computed by the functions the custom functions call, on the inputs
 * they read, so the sidebar's columns equal those functions' on the same data.
 */
import type { PredictionModelId } from '../../core/model-ids';
import type { CustomerMeasures } from '../../core/rfm-score';
import type { LogTable } from '../sheet-input/log-table';
import type { TransactionLog } from '../sheet-input/transaction-log';
import { logChurnRisk, tableChurnRisk } from './churn-risk-run';
import { clusters } from './cluster-run';
import { logLifecycle, tableLifecycle } from './lifecycle-run';
import type { ModelResults, PredictionContext } from './model-results';
import type { PurchaseDates } from './purchase-dates';

/** What a prediction reads of the sheet: its log and RFM table, or a customer table's measures. */
export type PredictionInput =
  | { readonly shape: 'transactions'; readonly log: TransactionLog; readonly table: LogTable }
  | {
      readonly shape: 'customers';
      readonly measures: CustomerMeasures;
      /** Read only for churn risk and lifecycle stages. */
      readonly dates?: PurchaseDates;
    };

/**
 * A prediction model's results, per customer of the log's RFM table or of the customer table.
 * @throws {InputError} when the model cannot be fitted or the data cannot be clustered
 */
export function predictions(
  model: PredictionModelId,
  input: PredictionInput,
  context: PredictionContext,
): ModelResults {
  if (model === 'clusters') {
    const measures =
      input.shape === 'customers' ? input.measures : input.table.segmentation.measures;
    return clusters(measures, context);
  }
  if (input.shape === 'customers') {
    const { measures, dates } = input;
    if (!dates) throw new RangeError(`${model} needs a customer table's purchase dates`);
    if (model === 'lifecycle') return tableLifecycle(measures, dates, context);
    return tableChurnRisk(measures, dates, context);
  }
  const { log, table } = input;
  const index = new Map(table.keys.map((key, i) => [key, i]));
  if (model === 'lifecycle') return logLifecycle(log, table, index, context);
  return logChurnRisk(log, table, index, context);
}
