/**
 * This file defines which columns Classify adds to the classified sheet, by model and shape:
 * classify.ts writes them and the survey tells the sidebar, which says so before the run. A log
 * gets its model's one column (the customers go to a sheet of their own); a customer table gets
 * the R, F and M scores and the RFM code before it, but only for the models those scores decide
 * or explain: the value classes compare each measure with its mean and ABC ranks money alone, so
 * scores beside them would show numbers that did not decide the class. Churn risk brings the
 * numbers behind it: the probability of buying again that decides the band, and the purchases
 * and value expected in the horizon. The label column is always the last.
 */
import type { Shape } from '../../core/column-roles';
import { COLUMN_LABELS, type Label } from '../../core/labels';
import type { SidebarModelId } from '../../core/model-ids';
import { CLASS_SCHEMES, type ModelId } from '../../core/models';

/** Models whose customer-table columns carry the RFM scores and code. */
const SCORED_MODELS: ReadonlySet<SidebarModelId> = new Set<ModelId>(['tiers', 'rfm-segments']);

/** Whether a customer table classified by `model` gets the R, F, M and RFM code columns. */
export function writesScores(model: SidebarModelId): boolean {
  return SCORED_MODELS.has(model);
}

/** The columns churn risk writes before its label, in order. */
export const CHURN_NUMBER_HEADINGS: readonly Label[] = [
  COLUMN_LABELS.purchaseProbability,
  COLUMN_LABELS.expectedPurchases,
  COLUMN_LABELS.predictedValue,
];

/** The headings of the columns Classify adds to a sheet of `shape` by `model`, in order. */
export function resultHeadings(model: SidebarModelId, shape: Shape): readonly Label[] {
  const { heading } = CLASS_SCHEMES[model];
  if (model === 'churn-risk') return [...CHURN_NUMBER_HEADINGS, heading];
  if (shape === 'transactions' || !writesScores(model)) return [heading];
  return [
    COLUMN_LABELS.recencyScore,
    COLUMN_LABELS.frequencyScore,
    COLUMN_LABELS.monetaryScore,
    COLUMN_LABELS.rfmCode,
    heading,
  ];
}
