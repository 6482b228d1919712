/**
 * This file defines every option a user sets, once: the ranges the custom functions' scalar
 * arguments allow, and the sidebar's options with their range, default, step, label and the
 * models that read them (a measure's own score breaks are measure-breaks.ts, their count read
 * from the bins range here). The custom functions' checks and messages, the saved-settings
 * schema, the survey's defaults and the sidebar form are all derived from here, so a range or
 * default changes in one place. It imports only the models' ids and the churn thresholds'
 * defaults, so that the sidebar's browser code may load it.
 */
import { DEFAULT_CHURN_RISK_THRESHOLDS } from './churn-risk';
import type { Label } from './labels';
import { SIDEBAR_MODEL_IDS, type SidebarModelId } from './model-ids';

/** Numbers an option allows: whole or any, from `min` (included or not) to `max` (included). */
export interface NumberRange {
  readonly whole: boolean;
  readonly min: number;
  readonly minIncluded: boolean;
  /** Infinity for no upper limit. */
  readonly max: number;
}

/** The ranges of the custom functions' scalar arguments, by the rule their messages name. */
export const RANGES = {
  bins: { whole: true, min: 2, minIncluded: true, max: 9 },
  'churn-days': { whole: false, min: 0, minIncluded: true, max: Number.POSITIVE_INFINITY },
  share: { whole: false, min: 0, minIncluded: false, max: 1 },
  periods: { whole: true, min: 1, minIncluded: true, max: Number.POSITIVE_INFINITY },
  clusters: { whole: true, min: 2, minIncluded: true, max: 8 },
  probability: { whole: false, min: 0, minIncluded: true, max: 1 },
  money: { whole: false, min: 0, minIncluded: true, max: Number.POSITIVE_INFINITY },
} as const satisfies Readonly<Record<string, NumberRange>>;

export type RangeId = keyof typeof RANGES;

/**
 * Whether a range allows a number: never NaN nor an infinity (JSON cannot carry them to the
 * server, and zod refuses them), and a whole number only while exact (a safe integer), as zod's
 * `int` takes them.
 */
export function inRange(range: NumberRange, value: number): boolean {
  if (range.whole ? !Number.isSafeInteger(value) : !Number.isFinite(value)) return false;
  const aboveMin = range.minIncluded ? value >= range.min : value > range.min;
  return aboveMin && value <= range.max;
}

/** The range as a label shows it: `2–9`. */
const span = (range: NumberRange) => `${range.min}–${range.max}`;

/** A sidebar option that is a number: `share` ones also read as percentages. */
export interface NumberOptionSpec {
  readonly kind: 'integer' | 'days' | 'share';
  readonly range: RangeId;
  /** The form's spinner step; none for shares, typed as text. */
  readonly step: number | null;
  readonly default: number;
  readonly label: Label;
  readonly models: readonly SidebarModelId[];
}

/** A sidebar option that is a date (`YYYY-MM-DD`) or a language, null by default. */
export interface ChoiceOptionSpec {
  readonly kind: 'date' | 'language';
  readonly default: null;
  readonly label: Label;
  readonly models: readonly SidebarModelId[];
}

export type OptionSpec = NumberOptionSpec | ChoiceOptionSpec;

/** The sidebar's options, in the order the form shows them. */
export const OPTIONS = {
  bins: {
    kind: 'integer',
    range: 'bins',
    step: 1,
    default: 5,
    label: { en: `Score levels (${span(RANGES.bins)})`, zh: `评分等级数（${span(RANGES.bins)}）` },
    models: ['rfm-segments'],
  },
  churnDays: {
    kind: 'days',
    range: 'churn-days',
    step: 1,
    default: 365,
    label: { en: 'Churned after (days without a purchase)', zh: '流失判定（未购买天数）' },
    models: ['tiers', 'lifecycle'],
  },
  highValueShare: {
    kind: 'share',
    range: 'share',
    step: null,
    default: 0.2,
    label: {
      en: `High-value share of active customers (${span(RANGES.share)} or %)`,
      zh: `高价值客户占活跃客户比例（${span(RANGES.share)} 或百分比）`,
    },
    models: ['tiers'],
  },
  asOf: {
    kind: 'date',
    default: null,
    label: { en: 'As of', zh: '截至日期' },
    models: ['tiers', 'rfm-segments', 'value-classes', 'churn-risk', 'lifecycle'],
  },
  aShare: {
    kind: 'share',
    range: 'share',
    step: null,
    default: 0.8,
    label: {
      en: `A: share of revenue (${span(RANGES.share)} or %)`,
      zh: `A 类：收入占比（${span(RANGES.share)} 或百分比）`,
    },
    models: ['abc'],
  },
  bShare: {
    kind: 'share',
    range: 'share',
    step: null,
    default: 0.95,
    label: {
      en: `A and B: share of revenue (${span(RANGES.share)} or %)`,
      zh: `A 类与 B 类：收入占比（${span(RANGES.share)} 或百分比）`,
    },
    models: ['abc'],
  },
  horizon: {
    kind: 'integer',
    range: 'periods',
    step: 1,
    default: 12,
    label: { en: 'Horizon (months ahead)', zh: '预测期（未来月数）' },
    models: ['churn-risk'],
  },
  activeFrom: {
    kind: 'share',
    range: 'probability',
    step: null,
    default: DEFAULT_CHURN_RISK_THRESHOLDS.active,
    label: {
      en: `Active from: probability of buying again in the horizon (${span(RANGES.probability)} or %)`,
      zh: `活跃：预测期内再次购买的概率不低于（${span(RANGES.probability)} 或百分比）`,
    },
    models: ['churn-risk'],
  },
  atRiskFrom: {
    kind: 'share',
    range: 'probability',
    step: null,
    default: DEFAULT_CHURN_RISK_THRESHOLDS.atRisk,
    label: {
      en: `At risk from: probability of buying again (${span(RANGES.probability)} or %)`,
      zh: `有流失风险：再次购买的概率不低于（${span(RANGES.probability)} 或百分比）`,
    },
    models: ['churn-risk'],
  },
  clusterCount: {
    kind: 'integer',
    range: 'clusters',
    step: 1,
    default: 4,
    label: { en: `Clusters (${span(RANGES.clusters)})`, zh: `聚类数（${span(RANGES.clusters)}）` },
    models: ['clusters'],
  },
  language: {
    kind: 'language',
    default: null,
    label: { en: 'Label language', zh: '标签语言' },
    models: SIDEBAR_MODEL_IDS,
  },
} as const satisfies Readonly<Record<string, OptionSpec>>;

export type OptionId = keyof typeof OPTIONS;

/** The sidebar's options in the form's order. */
export const OPTION_IDS = Object.keys(OPTIONS) as OptionId[];

/** The sidebar's options that are numbers. */
export type NumberOptionId = {
  [K in OptionId]: (typeof OPTIONS)[K] extends { readonly range: RangeId } ? K : never;
}[OptionId];

/** The range a number option allows. */
export const rangeOf = (id: NumberOptionId): NumberRange => RANGES[OPTIONS[id].range];

/** The history sheet's range of runs kept: never a custom function's argument, so not in RANGES. */
const HISTORY_RUNS_RANGE: NumberRange = { whole: true, min: 1, minIncluded: true, max: 120 };

/**
 * How many runs the history sheet of a classified sheet keeps (history.ts): the newest, of any
 * model; older ones are pruned after each run. A saved setting (`historyRuns`), not in the form.
 */
export const HISTORY_RUNS_KEPT = {
  range: HISTORY_RUNS_RANGE,
  default: 24,
  label: {
    en: `History runs kept (${span(HISTORY_RUNS_RANGE)})`,
    zh: `保留的历史运行次数（${span(HISTORY_RUNS_RANGE)}）`,
  },
} as const;

const BACKFILL_PERIODS_RANGE: NumberRange = { whole: true, min: 1, minIncluded: true, max: 60 };

/**
 * How many past months or weeks "Build history" classifies an order log as of (history-backfill):
 * one run each, so at most the runs the history keeps.
 */
export const BACKFILL_PERIODS = {
  range: BACKFILL_PERIODS_RANGE,
  default: 12,
  label: {
    en: `Past periods (${span(BACKFILL_PERIODS_RANGE)})`,
    zh: `过去的期数（${span(BACKFILL_PERIODS_RANGE)}）`,
  },
} as const;
