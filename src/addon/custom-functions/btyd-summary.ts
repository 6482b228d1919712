/**
 * This file defines =BTYD_SUMMARY: from an order log, the inputs of the prediction models per
 * customer — repeat purchases, recency, T and mean repeat spend — under a header row that every
 * model function recognises, so `=P_ALIVE(BTYD_SUMMARY(A2:A, B2:B, C2:C))` works in one step.
 */
import { summarizePurchases } from '../../core/btyd/purchase-summary';
import { readCivilDay } from '../../core/cell-value';
import { periodOption } from '../options';
import { readCell } from '../read-cell';
import { purchaseSummaryRows } from '../sheet-input/purchase-summary-rows';
import { readLog } from '../sheet-input/transaction-log';
import { defineCustomFunction, LANGUAGE_PARAMETER, ORDER_LOG_PARAMETERS } from './definition';

export const BTYD_SUMMARY = defineCustomFunction(
  {
    name: 'BTYD_SUMMARY',
    summary: {
      en: "From an order log, each customer's inputs for the prediction models: repeat purchases (purchase days after the first), recency (first to last purchase), T (first purchase to the end of the period) and mean repeat spend.",
      zh: '由订单明细生成每位客户的预测模型输入：重复购买次数（首次之后的购买天数）、首末购买间隔、观察期 T（首次购买到期末）和平均复购金额。',
    },
    parameters: [
      ...ORDER_LOG_PARAMETERS,
      {
        name: 'calibration_end',
        type: 'date',
        optional: true,
        help: {
          en: 'The end of the period the models learn from; later orders are left out. By default the latest purchase.',
          zh: '模型学习所用时期的截止日期，之后的订单不计入；默认为最近一次购买日期。',
        },
      },
      {
        name: 'period',
        type: 'text',
        optional: true,
        help: {
          en: 'The time unit: "days" (default), "weeks" or "months".',
          zh: '时间单位："days"（默认）、"weeks" 或 "months"（天、周、月）。',
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: {
      en: 'A header row and one row per customer, in order of first appearance.',
      zh: '一行表头，每位客户一行，按首次出现的顺序。',
    },
    example: '=BTYD_SUMMARY(A2:A, B2:B, C2:C, DATE(1997, 9, 30), "weeks")',
  },
  ({ args: [customers, dates, amounts, endCell, period], language, sheet }) => {
    const unit = periodOption('period', period);
    const dateOptions = {
      zoneOffset: sheet.zoneOffset,
      dayFirst: sheet.dayFirst,
      serialNumbers: true,
    };
    const end = readCell('calibration_end', -1, endCell, (cell) => readCivilDay(cell, dateOptions));
    const log = readLog(customers, dates, amounts, undefined, sheet);
    // without a purchase to end at by default, the last day of the log (its returns) will do
    const calibrationEnd = end ?? (log.latest.day > -Infinity ? undefined : lastDayOf(log.days));
    const summary = summarizePurchases(log, { period: unit, calibrationEnd });
    return purchaseSummaryRows(log, summary, unit, language, sheet);
  },
);

/** The last day of a log without purchases; 0 for an empty log, which has no customer to end. */
function lastDayOf(days: readonly number[]): number {
  return days.reduce((latest, day) => Math.max(latest, day), days[0] ?? 0);
}
