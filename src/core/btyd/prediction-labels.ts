/**
 * This file defines the headings the prediction functions write above their results, once per
 * language.
 */
import type { Label } from '../labels';

export const PREDICTION_LABELS = {
  probabilityAlive: { en: 'P(alive)', zh: '活跃概率' },
  expectedPurchases: { en: 'Expected purchases', zh: '预期购买次数' },
  expectedSpend: { en: 'Expected spend per purchase', zh: '预期客单价' },
  predictedValue: { en: 'Predicted CLV', zh: '预测终身价值' },
  logLikelihood: { en: 'Log-likelihood', zh: '对数似然' },
  customers: { en: 'Customers', zh: '客户数' },
  correlation: { en: 'Frequency–spend correlation', zh: '频次与客单价相关系数' },
} as const satisfies Record<string, Label>;
