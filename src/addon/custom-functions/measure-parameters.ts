/**
 * This file defines the help text of the three measure parameters and the as-of date, shared by
 * every function that takes them.
 */
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
