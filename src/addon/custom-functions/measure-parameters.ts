/**
 * This file defines the help text of the three measure parameters, the as-of date and each
 * measure's own score breaks, shared by every function that takes them.
 */
import { BREAK_COUNT, MEASURES, type Measure } from '../../core/option-registry';
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

/** What each measure's breaks count and an example of them. */
const BREAKS_OF: Readonly<
  Record<Measure, { readonly example: string; readonly en: string; readonly zh: string }>
> = {
  recency: {
    example: '{30, 90, 180, 365}',
    en: 'days, lowest first; the fewest days score highest',
    zh: '天数，从小到大；天数越少分数越高',
  },
  frequency: {
    example: '{2, 4, 8, 16}',
    en: 'orders, lowest first; the most orders score highest',
    zh: '购买次数，从小到大；次数越多分数越高',
  },
  monetary: {
    example: '{1000, 5000, 20000}',
    en: 'money, lowest first; the most money scores highest',
    zh: '金额，从小到大；金额越高分数越高',
  },
};

/** A measure's own score breaks, instead of its quantiles: `recency_breaks` and so on. */
function breaksParameter(measure: Measure): ParameterSpec {
  const { example, en, zh } = BREAKS_OF[measure];
  return {
    name: `${measure}_breaks`,
    type: example,
    optional: true,
    help: {
      en: `Your own ${measure} breaks instead of quantiles, in ${en}, e.g. ${example}: ${BREAK_COUNT.min} to ${BREAK_COUNT.max} breaks; k breaks score 1 to k + 1, and a value on a break takes the lower score.`,
      zh: `自定义 ${measure} 分界点，代替分位数（${zh}），如 ${example}：${BREAK_COUNT.min} 到 ${BREAK_COUNT.max} 个；k 个分界点得 1 到 k + 1 分，恰在分界点上的值取较低的分。`,
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
