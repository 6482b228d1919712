/**
 * This file defines the help text of the prediction models' parameters — the summary columns
 * frequency, recency, T and monetary, and the forecast horizon — shared by every model function.
 */
import type { ParameterSpec } from './definition';

const SUMMARY_NOTE = {
  en: ' Or the whole output of BTYD_SUMMARY, with its header row, and the next columns left out.',
  zh: ' 也可传入 BTYD_SUMMARY 的整个结果（含标题行），并省略后面的列。',
};

export const REPEAT_FREQUENCY: ParameterSpec = {
  name: 'frequency',
  type: 'B2:B',
  help: {
    en: `Repeat purchases per customer: purchase days after the first (BTYD_SUMMARY's frequency).${SUMMARY_NOTE.en}`,
    zh: `每位客户的重复购买次数：首次之后的购买天数（BTYD_SUMMARY 的 frequency）。${SUMMARY_NOTE.zh}`,
  },
};

export const REPEAT_RECENCY: ParameterSpec = {
  name: 'recency',
  type: 'C2:C',
  optional: true,
  help: {
    en: 'Time from the first purchase to the last (0 without a repeat purchase).',
    zh: '首次到最近一次购买的时间（没有重复购买时为 0）。',
  },
};

export const AGE: ParameterSpec = {
  name: 'T',
  type: 'D2:D',
  optional: true,
  help: {
    en: 'Time from the first purchase to the end of the period, in the same unit as recency.',
    zh: '首次购买到观察期末的时间，单位与 recency 相同。',
  },
};

export const REPEAT_SPEND: ParameterSpec = {
  name: 'monetary',
  type: 'E2:E',
  optional: true,
  help: {
    en: 'Mean spend per repeat purchase (not used for customers without one).',
    zh: '每次重复购买的平均金额（没有重复购买的客户不使用）。',
  },
};

export const PERIODS: ParameterSpec = {
  name: 'periods',
  type: 'number',
  help: {
    en: 'How many periods ahead, in the unit of recency and T (e.g. 52 weeks).',
    zh: '向后预测的期数，单位与 recency 和 T 相同（如 52 周）。',
  },
};
