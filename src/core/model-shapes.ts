/**
 * This file defines which shapes of sheet each model can classify. The segment models and the
 * clusters read the RFM measures, which a customer table and an order log both give. Churn risk
 * and lifecycle stages read each customer's first and last purchase days and repeat purchases,
 * which only an order log gives: a customer table's last purchase and order count say nothing of
 * when the customer started buying.
 */
import { SHAPES, type Shape } from './column-roles';
import type { SidebarModelId } from './model-ids';

const LOG_ONLY: readonly Shape[] = ['transactions'];

/**
 * The shapes a model can classify.
 *
 * @example modelShapes('churn-risk') //=> ['transactions']
 * @example modelShapes('clusters') //=> ['transactions', 'customers']
 */
export function modelShapes(id: SidebarModelId): readonly Shape[] {
  return id === 'churn-risk' || id === 'lifecycle' ? LOG_ONLY : SHAPES;
}
