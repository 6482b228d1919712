/**
 * This file defines what a sheet needs for each model beyond its shape's columns. The segment
 * models and the clusters read the RFM measures, which a customer table and an order log both
 * give. Churn risk and lifecycle stages also read when each customer first bought: an order log
 * gives it, a customer table only in a first purchase date column, beside its last purchase
 * date (days since the last purchase would leave the stage's usual gap unknown).
 */
import type { ColumnRole, Shape } from './column-roles';
import type { SidebarModelId } from './model-ids';

/** The columns a customer table needs for the predictions of purchase days. */
export const PURCHASE_DAY_ROLES = ['first-purchase', 'last-purchase'] as const;

/**
 * The roles a sheet of `shape` mapped to `roles` still needs for a model; empty when it has all.
 *
 * @example missingForModel('churn-risk', 'customers', new Set(['last-purchase'])) //=> ['first-purchase']
 * @example missingForModel('churn-risk', 'transactions', new Set()) //=> []
 */
export function missingForModel(
  id: SidebarModelId,
  shape: Shape,
  roles: ReadonlySet<ColumnRole | null>,
): ColumnRole[] {
  if (shape === 'transactions' || (id !== 'churn-risk' && id !== 'lifecycle')) return [];
  return PURCHASE_DAY_ROLES.filter((role) => !roles.has(role));
}
