/**
 * This file defines why a model could not be fitted, said in English and Chinese: too few repeat
 * buyers, spend too alike, an estimate that did not settle.
 */
import type { Problem } from './input-error';

type FitFailed = Extract<Problem, { kind: 'fit-failed' }>;

const MODEL_NAMES: Readonly<Record<FitFailed['model'], string>> = {
  'bg-nbd': 'BG/NBD',
  'gamma-gamma': 'Gamma-Gamma',
  'k-means': 'k-means',
};

export function fitFailedEn({ model, reason, detail }: FitFailed): string {
  const name = MODEL_NAMES[model];
  switch (reason) {
    case 'no-repeat-purchases':
      return `no customer bought more than once, so the ${name} model cannot learn how often customers buy; it needs repeat purchases.`;
    case 'too-few-repeat-buyers':
      return `only ${detail.repeatBuyers ?? 0} customers bought more than once; the ${name} model needs at least ${detail.needed ?? 0} to give trustworthy numbers.`;
    case 'spend-alike':
      return `spend per purchase differs no more between customers than between one customer's purchases, so the ${name} model cannot tell customers apart; use the average spend of all customers instead.`;
    case 'drop-out-alike':
      return `customers do not differ enough in how likely they are to stop buying for the ${name} model to tell them apart (often the case with a few hundred customers or a short history); more customers or a longer history will help.`;
    case 'did-not-converge':
      return `the ${name} model could not be fitted to these data (the estimate did not settle); the data may not follow the model, e.g. too short a history.`;
    case 'no-finite-mean-spend':
      return `spend per purchase differs so much between customers (a few spend vastly more than the rest) that the ${name} model has no average spend to forecast (q = ${(detail.q ?? 0).toFixed(2)} ≤ 1). Check for outliers or mixed currencies, or use the average spend instead.`;
  }
}

export function fitFailedZh({ model, reason, detail }: FitFailed): string {
  const name = MODEL_NAMES[model];
  switch (reason) {
    case 'no-repeat-purchases':
      return `没有客户重复购买，${name} 模型无法估计购买频率；它需要重复购买记录。`;
    case 'too-few-repeat-buyers':
      return `只有 ${detail.repeatBuyers ?? 0} 位客户重复购买；${name} 模型至少需要 ${detail.needed ?? 0} 位才能给出可信的结果。`;
    case 'spend-alike':
      return `客户之间的客单价差异不比同一客户各次购买之间的差异大，${name} 模型无法区分客户；请改用全体客户的平均客单价。`;
    case 'drop-out-alike':
      return `客户之间停止购买的可能性差别不大，${name} 模型无法区分（几百位客户或历史较短时常见）；更多客户或更长的历史会有帮助。`;
    case 'did-not-converge':
      return `${name} 模型无法拟合这些数据（估计值不收敛）；数据可能不符合模型，例如历史太短。`;
    case 'no-finite-mean-spend':
      return `客户之间的客单价差异过大（少数客户的消费远高于其他人），${name} 模型无法给出平均客单价（q = ${(detail.q ?? 0).toFixed(2)} ≤ 1）。请检查异常值或混用的货币，或改用平均客单价。`;
  }
}
