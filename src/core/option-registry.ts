/**
 * This file defines every option a user sets, once: the ranges the custom functions' scalar
 * arguments allow, and the sidebar's options with their range, default, step, label and the
 * models that read them. The custom functions' checks and messages, the saved-settings schema,
 * the survey's defaults and the sidebar form are all derived from here, so a range or default
 * changes in one place. It imports only the models' ids, so that the sidebar's browser code may load it.
 */
import type { Label } from './labels';
import { MODEL_IDS, type ModelId } from './model-ids';

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
} as const satisfies Readonly<Record<string, NumberRange>>;

export type RangeId = keyof typeof RANGES;

/** Whether a range allows a number (NaN never). */
export function inRange(range: NumberRange, value: number): boolean {
  if (range.whole && !Number.isInteger(value)) return false;
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
  readonly models: readonly ModelId[];
}

/** A sidebar option that is a date (`YYYY-MM-DD`) or a language, null by default. */
export interface ChoiceOptionSpec {
  readonly kind: 'date' | 'language';
  readonly default: null;
  readonly label: Label;
  readonly models: readonly ModelId[];
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
    models: ['tiers'],
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
    models: ['tiers', 'rfm-segments', 'value-classes'],
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
  language: {
    kind: 'language',
    default: null,
    label: { en: 'Label language', zh: '标签语言' },
    models: MODEL_IDS,
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
