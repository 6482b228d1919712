/**
 * This file defines the columns of a purchase summary (=BTYD_SUMMARY's output) with their
 * headings in every language, and how a heading is recognised again — also as Python
 * `lifetimes` writes it (`frequency`, `recency`, `T`, `monetary_value`) or as the CDNOW files do
 * (`x`, `t_x`, `T`, `zbar`) — so that a summary, pasted or nested, can feed every model.
 */
import type { Label } from '../labels';
import { COLUMN_LABELS } from '../labels';

export const SUMMARY_COLUMNS = [
  'customer',
  'frequency',
  'recency',
  'T',
  'monetary',
  'firstPurchase',
  'lastPurchase',
] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/** The time units a summary can count in, and how many days each holds. */
export const PERIOD_DAYS = { days: 1, weeks: 7, months: 365.25 / 12 } as const;
export type Period = keyof typeof PERIOD_DAYS;

export const PERIOD_LABELS: Readonly<Record<Period, Label>> = {
  days: { en: 'days', zh: '天' },
  weeks: { en: 'weeks', zh: '周' },
  months: { en: 'months', zh: '月' },
};

export const SUMMARY_LABELS: Readonly<Record<SummaryColumn, Label>> = {
  customer: COLUMN_LABELS.customer,
  frequency: { en: 'Repeat purchases', zh: '重复购买次数' },
  recency: { en: 'Recency', zh: '首末购买间隔' },
  T: { en: 'T', zh: '观察期' },
  monetary: { en: 'Mean repeat spend', zh: '平均复购金额' },
  firstPurchase: { en: 'First purchase', zh: '首次购买日期' },
  lastPurchase: COLUMN_LABELS.lastPurchase,
};

/** Columns counted in time units carry the unit in their heading: `Recency (weeks)`. */
const TIMED: readonly SummaryColumn[] = ['recency', 'T'];

/**
 * The heading of a summary column in a language.
 *
 * @example summaryHeading('T', 'weeks', 'zh') //=> '观察期（周）'
 */
export function summaryHeading(
  column: SummaryColumn,
  period: Period,
  language: keyof Label,
): string {
  const heading = SUMMARY_LABELS[column][language];
  if (!TIMED.includes(column)) return heading;
  const unit = PERIOD_LABELS[period][language];
  return language === 'zh' ? `${heading}（${unit}）` : `${heading} (${unit})`;
}

/** Other names a column goes by, written as the tools that make summaries write them. */
const OTHER_NAMES: Readonly<Record<SummaryColumn, readonly string[]>> = {
  customer: ['id', 'customer id', 'customer_id'],
  frequency: ['frequency', 'x', 'repeat purchases', 'frequency (repeat purchases)'],
  recency: ['recency', 't_x'],
  T: ['t', 'age'],
  monetary: ['monetary', 'monetary_value', 'zbar', 'mean spend'],
  firstPurchase: ['first purchase', 'first_purchase'],
  lastPurchase: ['last purchase', 'last_purchase'],
};

const NAMES: ReadonlyMap<string, SummaryColumn> = new Map(
  SUMMARY_COLUMNS.flatMap((column) =>
    [...Object.values(SUMMARY_LABELS[column]), ...OTHER_NAMES[column]].map(
      (name) => [normalHeading(name), column] as const,
    ),
  ),
);

/**
 * The summary column a heading names, in any language and with any unit, or `undefined`.
 *
 * @example summaryColumnOf('Recency (weeks)') //=> 'recency'
 * @example summaryColumnOf('zbar') //=> 'monetary'
 */
export function summaryColumnOf(heading: unknown): SummaryColumn | undefined {
  return typeof heading === 'string' ? NAMES.get(normalHeading(heading)) : undefined;
}

function normalHeading(heading: string): string {
  return heading
    .replace(/[(（][^)）]*[)）]\s*$/u, '')
    .trim()
    .toLowerCase();
}
