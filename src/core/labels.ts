/**
 * This file defines the languages the add-on speaks and every label it writes into cells, once
 * per language.
 */

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A label in every language. */
export type Label = Readonly<Record<Language, string>>;

export const TIERS = ['high-value', 'potential', 'regular', 'churned'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_LABELS: Readonly<Record<Tier, Label>> = {
  'high-value': { en: 'High value', zh: '高价值客户' },
  potential: { en: 'Potential', zh: '潜在客户' },
  regular: { en: 'Regular', zh: '普通客户' },
  churned: { en: 'Churned', zh: '流失客户' },
};

/** A customer with no purchase yet: no recency, no scores, no RFM segment or value class. */
const PROSPECTS_LABEL: Label = { en: 'Prospects', zh: '潜在客户' };

export const SEGMENTS = [
  'champions',
  'loyal-customers',
  'new-customers',
  'promising',
  'potential-loyalist',
  'need-attention',
  'about-to-sleep',
  'cant-lose-them',
  'at-risk',
  'lost',
  'others',
  'prospects',
] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SEGMENT_LABELS: Readonly<Record<Segment, Label>> = {
  champions: { en: 'Champions', zh: '冠军客户' },
  'loyal-customers': { en: 'Loyal Customers', zh: '忠诚客户' },
  'new-customers': { en: 'New Customers', zh: '新客户' },
  promising: { en: 'Promising', zh: '有潜力客户' },
  'potential-loyalist': { en: 'Potential Loyalist', zh: '潜力忠诚客户' },
  'need-attention': { en: 'Need Attention', zh: '需要关注客户' },
  'about-to-sleep': { en: 'About To Sleep', zh: '即将沉睡客户' },
  'cant-lose-them': { en: "Can't Lose Them", zh: '不能失去的客户' },
  'at-risk': { en: 'At Risk', zh: '有流失风险客户' },
  lost: { en: 'Lost', zh: '已流失客户' },
  others: { en: 'Others', zh: '其他' },
  prospects: PROSPECTS_LABEL,
};

export const VALUE_CLASSES = [
  'important-value',
  'important-retention',
  'important-development',
  'important-recovery',
  'general-value',
  'general-retention',
  'general-development',
  'general-recovery',
  'prospects',
] as const;
export type ValueClass = (typeof VALUE_CLASSES)[number];

export const VALUE_CLASS_LABELS: Readonly<Record<ValueClass, Label>> = {
  'important-value': { en: 'Important value', zh: '重要价值客户' },
  'important-retention': { en: 'Important retention', zh: '重要保持客户' },
  'important-development': { en: 'Important development', zh: '重要发展客户' },
  'important-recovery': { en: 'Important recovery', zh: '重要挽留客户' },
  'general-value': { en: 'General value', zh: '一般价值客户' },
  'general-retention': { en: 'General retention', zh: '一般保持客户' },
  'general-development': { en: 'General development', zh: '一般发展客户' },
  'general-recovery': { en: 'General recovery', zh: '一般挽留客户' },
  prospects: PROSPECTS_LABEL,
};

export const LIFECYCLE_STAGES = [
  'new',
  'active',
  'at-risk',
  'dormant',
  'churned',
  'prospects',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** The stages of 会员运营 (customer operations): 新客 / 活跃 / 预流失 / 沉睡 / 流失. */
export const LIFECYCLE_STAGE_LABELS: Readonly<Record<LifecycleStage, Label>> = {
  new: { en: 'New', zh: '新客户' },
  active: { en: 'Active', zh: '活跃客户' },
  'at-risk': { en: 'At risk', zh: '预流失客户' },
  dormant: { en: 'Dormant', zh: '沉睡客户' },
  churned: { en: 'Churned', zh: '流失客户' },
  prospects: PROSPECTS_LABEL,
};

export const CHURN_RISKS = ['active', 'at-risk', 'likely-churned'] as const;
export type ChurnRisk = (typeof CHURN_RISKS)[number];

/** Read from the probability of being alive (the Active / At risk / Likely churned). */
export const CHURN_RISK_LABELS: Readonly<Record<ChurnRisk, Label>> = {
  active: { en: 'Active', zh: '活跃' },
  'at-risk': { en: 'At risk', zh: '有流失风险' },
  'likely-churned': { en: 'Likely churned', zh: '大概率已流失' },
};

/** Column headings: of the RFM table, and of each function's result under a header row. */
export const COLUMN_LABELS = {
  customer: { en: 'Customer', zh: '客户' },
  lastPurchase: { en: 'Last purchase', zh: '最近购买日期' },
  recencyDays: { en: 'Recency (days)', zh: '最近一次消费（天）' },
  frequency: { en: 'Frequency', zh: '购买频率' },
  monetary: { en: 'Monetary', zh: '消费金额' },
  recencyScore: { en: 'R', zh: 'R' },
  frequencyScore: { en: 'F', zh: 'F' },
  monetaryScore: { en: 'M', zh: 'M' },
  rfmCode: { en: 'RFM code', zh: 'RFM 代码' },
  segment: { en: 'Segment', zh: '客户细分' },
  tier: { en: 'Tier', zh: '客户层级' },
  valueClass: { en: 'Value class', zh: '客户类别' },
  abcClass: { en: 'ABC class', zh: 'ABC 分类' },
  lifetimeValue: { en: 'CLV', zh: '客户终身价值' },
  lifecycleStage: { en: 'Lifecycle stage', zh: '生命周期阶段' },
  churnRisk: { en: 'Churn risk', zh: '流失风险' },
  cluster: { en: 'Cluster', zh: '客户聚类' },
  probabilityAlive: { en: 'P(alive)', zh: '活跃概率' },
  purchaseProbability: { en: 'P(buys again)', zh: '再次购买概率' },
  expectedPurchases: { en: 'Expected purchases', zh: '预期购买次数' },
  expectedSpend: { en: 'Expected spend per purchase', zh: '预期客单价' },
  predictedValue: { en: 'Predicted CLV', zh: '预测终身价值' },
  logLikelihood: { en: 'Log-likelihood', zh: '对数似然' },
  customers: { en: 'Customers', zh: '客户数' },
  revenue: { en: 'Revenue', zh: '收入' },
  total: { en: 'Total', zh: '合计' },
  blankGroup: { en: '(blank)', zh: '（空白）' },
  group: { en: 'Group', zh: '分组' },
  otherGroups: { en: 'Other', zh: '其他' },
  correlation: { en: 'Frequency–spend correlation', zh: '频次与客单价相关系数' },
} as const satisfies Record<string, Label>;

/** The header of the RFM table, column by column. */
export const RFM_TABLE_HEADER: readonly Label[] = [
  COLUMN_LABELS.customer,
  COLUMN_LABELS.lastPurchase,
  COLUMN_LABELS.recencyDays,
  COLUMN_LABELS.frequency,
  COLUMN_LABELS.monetary,
  COLUMN_LABELS.recencyScore,
  COLUMN_LABELS.frequencyScore,
  COLUMN_LABELS.monetaryScore,
  COLUMN_LABELS.rfmCode,
  COLUMN_LABELS.segment,
  COLUMN_LABELS.tier,
];
