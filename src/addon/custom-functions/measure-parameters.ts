/**
 * This file defines the help text of the three measure parameters, the as-of date and each
 * measure's own score breaks, shared by every function that takes them.
 */
import { BREAK_COUNT, MEASURES, type Measure } from '../../core/measure-breaks';
import { breaksOption } from '../options';
import type { ParameterSpec } from './definition';

export const RECENCY: ParameterSpec = {
  name: 'recency',
  type: 'A2:A',
  help: {
    en: "Days since each customer's last purchase, or the last purchase dates.",
    zh: '距最近一次购买的天数，或最近购买日期。',
  },
};

export const FREQUENCY: ParameterSpec = {
  name: 'frequency',
  type: 'B2:B',
  help: { en: 'Number of orders per customer (blank = 0).', zh: '购买次数（空白 = 0）。' },
};

export const MONETARY: ParameterSpec = {
  name: 'monetary',
  type: 'C2:C',
  help: {
    en: 'Money spent per customer; text like ¥1,200 or 50万 is read as a number.',
    zh: '购买金额，可写作 ¥1,200 或 50万。',
  },
};

export const AS_OF: ParameterSpec = {
  name: 'as_of',
  type: 'date',
  optional: true,
  help: {
    en: 'When recency holds dates: the date days are counted to; by default the latest purchase date.',
    zh: '当 recency 为日期时，计算天数的截止日期；默认取最近的购买日期。',
  },
};

/** What each measure's breaks count, which end is best, and an example of them. */
const BREAKS_OF: Readonly<
  Record<
    Measure,
    {
      readonly example: string;
      readonly en: readonly [unit: string, best: string];
      readonly zh: readonly [unit: string, best: string];
    }
  >
> = {
  recency: {
    example: '{30, 90, 180, 365}',
    en: ['in days', 'the fewest days best'],
    zh: ['天数', '天数越少分数越高'],
  },
  frequency: {
    example: '{2, 4, 8, 16}',
    en: ['in orders', 'the most orders best'],
    zh: ['购买次数', '次数越多分数越高'],
  },
  monetary: {
    example: '{1000, 5000, 20000}',
    en: ['in money', 'the most money best'],
    zh: ['金额', '金额越高分数越高'],
  },
};

/** A measure's own score breaks, instead of its quantiles: `recency_breaks` and so on. */
function breaksParameter(measure: Measure): ParameterSpec {
  const { example, en, zh } = BREAKS_OF[measure];
  const { min, max } = BREAK_COUNT;
  return {
    name: `${measure}_breaks`,
    type: 'number[]',
    optional: true,
    help: {
      en: `Your own ${measure} breaks instead of quantiles, ${en[0]}, lowest first, e.g. ${example}: k breaks (${min} to ${max}) score 1 to k + 1, ${en[1]}; a value on a break takes the lower score.`,
      zh: `自定义 ${measure} 分界点，代替分位数（${zh[0]}，从小到大），如 ${example}：k 个分界点（${min} 到 ${max} 个）得 1 到 k + 1 分，${zh[1]}；恰在分界点上的值取较低的分。`,
    },
  };
}

/** The three breaks parameters, recency's first. */
export const BREAKS_PARAMETERS: readonly ParameterSpec[] = MEASURES.map(breaksParameter);

/** The breaks the three arguments give, each checked by the registry's rule at its cell. */
export function measureBreaks(
  recency: unknown,
  frequency: unknown,
  monetary: unknown,
): Record<Measure, number[] | null> {
  return {
    recency: breaksOption('recency_breaks', recency),
    frequency: breaksOption('frequency_breaks', frequency),
    monetary: breaksOption('monetary_breaks', monetary),
  };
}
