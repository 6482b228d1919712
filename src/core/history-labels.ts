/**
 * This file defines the words of the add-on's history sheet and of the summary sheet's migration
 * blocks, once per language: the history's name and headings, the from → to matrix, the churn
 * alerts and the chart of segment sizes over the recorded runs.
 */
import type { Label } from './labels';

export const HISTORY_LABELS = {
  /** The history sheet's name after its source's: `Orders · history`, `订单 · 分层历史`. */
  nameSuffix: { en: 'history', zh: '分层历史' },
  asOf: { en: 'As of', zh: '截至日期' },
  ranAt: { en: 'Ran at', zh: '运行时间' },
  model: { en: 'Model', zh: '模型' },
  customer: { en: 'Customer', zh: '客户' },
  segment: { en: 'Segment id', zh: '分层编号' },
  moneyAtRisk: { en: 'Money at risk', zh: '风险金额' },
  lastPurchase: { en: 'Last purchase', zh: '最近一次购买' },
  migrationTitle: { en: 'Who moved where since the run of', zh: '客户迁移：对比上次运行' },
  fromTo: { en: 'From ↓ / to →', zh: '原分层 ↓ / 现分层 →' },
  newCustomers: { en: 'New customers', zh: '新客户' },
  goneCustomers: { en: 'Customers gone', zh: '消失的客户' },
  alertsTitle: { en: 'Churn alerts: customers who moved down', zh: '流失预警：降级的客户' },
  noAlerts: { en: 'No customer moved down.', zh: '没有客户降级。' },
  previousSegment: { en: 'Previous segment', zh: '原分层' },
  currentSegment: { en: 'Current segment', zh: '现分层' },
  alertsCut: {
    en: 'Only the first alerts are listed; the rest are in the history sheet.',
    zh: '仅列出前面的预警，其余见历史工作表。',
  },
  sizesTitle: { en: 'Customers per segment over the recorded runs', zh: '历次运行各分层的客户数' },
  run: { en: 'Run (as of)', zh: '运行（截至日期）' },
} as const satisfies Record<string, Label>;
