/**
 * This file defines the words of the summary sheet the sidebar writes beside a classified sheet,
 * once per language: its name, the run's facts and the segment table's headings.
 */
import type { Label } from './labels';

export const SUMMARY_LABELS = {
  /** The sheet's name after its source's: `Orders · summary`, `订单 · 分层汇总`. */
  nameSuffix: { en: 'summary', zh: '分层汇总' },
  title: { en: 'Customer tiers: summary', zh: '客户分层汇总' },
  source: { en: 'Source sheet', zh: '数据工作表' },
  model: { en: 'Model', zh: '模型' },
  options: { en: 'Options', zh: '选项' },
  noOptions: { en: 'none', zh: '无' },
  asOf: { en: 'As of', zh: '截至日期' },
  latestPurchase: { en: 'the latest purchase', zh: '最近一次购买' },
  ranAt: { en: 'Ran at', zh: '运行时间' },
  customers: { en: 'Customers', zh: '客户数' },
  rowsSkipped: { en: 'Rows skipped', zh: '跳过的行' },
  note: { en: 'Note', zh: '说明' },
  segment: { en: 'Segment', zh: '客户分层' },
  customerShare: { en: 'Share of customers', zh: '客户占比' },
  revenue: { en: 'Revenue', zh: '收入' },
  revenueShare: { en: 'Share of revenue', zh: '收入占比' },
  meanRecency: { en: 'Mean recency (days)', zh: '平均最近一次消费（天）' },
  meanFrequency: { en: 'Mean frequency', zh: '平均购买频率' },
  meanMonetary: { en: 'Mean monetary', zh: '平均消费金额' },
  playbook: { en: 'Playbook (edit freely)', zh: '行动建议（可自行修改）' },
  chartTitle: { en: 'Customers and revenue by segment', zh: '各分层的客户与收入占比' },
} as const satisfies Record<string, Label>;
