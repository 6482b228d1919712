/**
 * This file defines the prediction functions' own words, in every language the add-on speaks:
 * the headings and notes of =BTYD_BACKTEST and the prior's weight in =BGNBD_FIT and
 * =GAMMAGAMMA_FIT. (Kept apart from messages.ts, which holds the input errors.)
 */
import { PERIOD_LABELS, type Period } from '../core/btyd/summary-columns';
import type { Label, Language } from '../core/labels';

/** The prior's weight, as BGNBD_FIT and GAMMAGAMMA_FIT head its column. */
export const PRIOR_WEIGHT_LABEL: Label = { en: 'Prior weight', zh: '先验权重' };

/** The note under a fit that leans on the prior, or none where the data decide. */
export function priorNote(leansOnPrior: boolean, language: Language): string {
  if (!leansOnPrior) return '';
  return language === 'zh'
    ? '数据不足以单独确定参数：结果部分依赖弱信息先验（先验权重见左）。客户越多，先验影响越小。'
    : 'The data alone cannot settle these parameters: the answer leans on a weakly informative prior (its weight at left). More customers weigh it down.';
}

export const BACKTEST_HEADINGS: readonly Label[] = [
  { en: 'Group', zh: '分组' },
  { en: 'Customers', zh: '客户数' },
  { en: 'Predicted purchases', zh: '预测购买次数' },
  { en: 'Actual purchases', zh: '实际购买次数' },
  { en: 'Predicted share buying again', zh: '预测再次购买比例' },
  { en: 'Share who bought again', zh: '实际再次购买比例' },
];

/** The n-th tenth of customers by expected purchases, the highest first. */
export function decileLabel(decile: number, language: Language): string {
  return language === 'zh' ? `第 ${decile} 个十分位` : `Decile ${decile}`;
}

export const TOTAL_LABEL: Label = { en: 'Total', zh: '合计' };

/** What the backtest compared: the fit before the split, the horizon after it. */
export function backtestNote(
  split: string,
  horizon: number,
  period: Period,
  priorWeight: number,
  leansOnPrior: boolean,
  language: Language,
): string {
  const span = `${Math.round(horizon * 10) / 10} ${PERIOD_LABELS[period][language]}`;
  const weight = Math.round(priorWeight * 100) / 100;
  if (language === 'zh')
    return `BG/NBD 用 ${split} 之前的订单拟合，预测其后 ${span}；流失风险按该期间内再次购买的概率分档。${leansOnPrior ? `拟合部分依赖先验（先验权重 ${weight}）。` : ''}`;
  return `BG/NBD fitted on the orders before ${split}, predicting the ${span} from it on; churn bands by the probability of buying again in that time.${leansOnPrior ? ` The fit leans on the prior (weight ${weight}).` : ''}`;
}

/** Why there is nothing to backtest: no order on or after the split date. */
export function nothingAfterSplitNote(split: string, lastOrder: string, language: Language) {
  return language === 'zh'
    ? `${split} 当天及之后没有订单，无从比较：请选择最后一笔订单（${lastOrder}）之前的日期。`
    : `No orders on or after ${split}, so nothing to compare: choose a split date before the last order (${lastOrder}).`;
}
