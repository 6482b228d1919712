/**
 * This file defines =BTYD_BACKTEST: the purchase predictions tried on the user's own order log —
 * BG/NBD fitted on the orders before a split date, its predictions for the rest of the log set
 * beside what the customers then did, per churn band, per decile of expected purchases, and in
 * total — so a shop can see whether the churn warning would have warned right.
 */
import { type Backtest, type BacktestRow, backtest } from '../../core/btyd/backtest';
import { readCivilDay } from '../../core/cell-value';
import { formatCivilDay } from '../../core/civil-day';
import { CHURN_RISK_LABELS, CHURN_RISKS, type Language } from '../../core/labels';
import { InputError } from '../input-error';
import { fitted } from '../model-fit';
import { periodOption } from '../options';
import {
  BACKTEST_HEADINGS,
  backtestNote,
  decileLabel,
  nothingAfterSplitNote,
  TOTAL_LABEL,
} from '../prediction-messages';
import { readCell } from '../read-cell';
import { readLog } from '../sheet-input/transaction-log';
import { defineCustomFunction, LANGUAGE_PARAMETER, ORDER_LOG_PARAMETERS } from './definition';

export const BTYD_BACKTEST = defineCustomFunction(
  {
    name: 'BTYD_BACKTEST',
    summary: {
      en: 'Backtests the predictions on an order log: fits BG/NBD on the orders before the split date, then shows per churn band and per tenth of customers by expected purchases how many purchases were predicted after it and how many happened, and the share who bought again.',
      zh: '在订单明细上回测预测：用拆分日期之前的订单拟合 BG/NBD，再按流失风险分档和按预期购买次数的十分位，列出拆分日期之后预测的购买次数、实际的购买次数和实际再次购买的客户比例。',
    },
    parameters: [
      ...ORDER_LOG_PARAMETERS,
      {
        name: 'split_date',
        type: 'date',
        help: {
          en: 'The model learns from the orders before this date and is checked against the orders from it to the end of the log.',
          zh: '模型用此日期之前的订单学习，再与此日期起至最后一笔订单的实际订单对照。',
        },
      },
      {
        name: 'period',
        type: 'text',
        optional: true,
        help: {
          en: 'The time unit of the fit: "days" (default), "weeks" or "months"; the bands do not depend on it.',
          zh: '拟合所用时间单位："days"（默认）、"weeks" 或 "months"；分档结果与之无关。',
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: {
      en: 'A header row; a row per churn band, per decile of expected purchases (highest first) and in total; and a note of the fit and horizon.',
      zh: '一行表头；每个流失风险分档、每个预期购买次数十分位（从高到低）及合计各一行；最后一行说明拟合与预测期。',
    },
    example: '=BTYD_BACKTEST(A2:A, B2:B, C2:C, DATE(1997, 10, 1), "weeks")',
  },
  ({ args: [customers, dates, amounts, splitCell, period], language, sheet }) => {
    const unit = periodOption('period', period);
    const dateOptions = {
      zoneOffset: sheet.zoneOffset,
      dayFirst: sheet.dayFirst,
      serialNumbers: true,
    };
    const split = readCell('split_date', -1, splitCell, (cell) => readCivilDay(cell, dateOptions));
    if (split === null || split === undefined)
      throw new InputError({ kind: 'missing-argument' }, { argument: 'split_date' });
    const log = readLog(customers, dates, amounts, undefined, sheet);
    const lastDay = log.days.reduce((latest, day) => Math.max(latest, day), -Infinity);
    if (!(lastDay >= split))
      return [
        [
          nothingAfterSplitNote(
            formatCivilDay(split),
            lastDay > -Infinity ? formatCivilDay(lastDay) : '—',
            language,
          ),
        ],
      ];
    const result = fitted(() => backtest(log, split - 1, unit));
    return backtestRows(result, formatCivilDay(split), unit, language);
  },
);

function backtestRows(
  result: Backtest,
  split: string,
  period: Parameters<typeof backtestNote>[2],
  language: Language,
): unknown[][] {
  const line = (group: string, row: BacktestRow) => [
    group,
    row.customers,
    row.predictedPurchases,
    row.actualPurchases,
    row.predictedShare,
    row.boughtAgainShare,
  ];
  const { fit, horizon } = result;
  const note = backtestNote(split, horizon, period, fit.priorWeight, fit.leansOnPrior, language);
  return [
    BACKTEST_HEADINGS.map((heading) => heading[language]),
    ...CHURN_RISKS.map((band) => line(CHURN_RISK_LABELS[band][language], result.bands[band])),
    ...result.deciles.map((row, d) => line(decileLabel(d + 1, language), row)),
    line(TOTAL_LABEL[language], result.total),
    [note, '', '', '', '', ''],
  ];
}
