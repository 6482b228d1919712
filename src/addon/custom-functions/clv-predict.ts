/**
 * This file defines =CLV_PREDICT: each customer's predicted value over the next periods — the
 * purchases BG/NBD expects in each period, times the spend Gamma-Gamma expects, discounted per
 * period — the articles' CLV with predicted purchases and spend.
 */
import { fitBgNbd } from '../../core/btyd/bgnbd';
import { predictedValues } from '../../core/btyd/predicted-value';
import { readNumber } from '../../core/cell-value';
import { COLUMN_LABELS } from '../../core/labels';
import { rowsOut } from '../columns';
import { InputError } from '../input-error';
import { expectedSpendOf, fitted, spendModel } from '../model-fit';
import { numberOption } from '../options';
import { readCell } from '../read-cell';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction } from './definition';
import { AGE, PERIODS, REPEAT_FREQUENCY, REPEAT_RECENCY, REPEAT_SPEND } from './model-parameters';

const DEFAULT_PERIODS = 12;

export const CLV_PREDICT = defineCustomFunction(
  {
    name: 'CLV_PREDICT',
    summary: {
      en: "Each customer's predicted value over the next periods: the purchases BG/NBD expects in each period times the spend Gamma-Gamma expects, discounted per period.",
      zh: '每位客户未来若干期的预测价值：BG/NBD 预期的各期购买次数乘以 Gamma-Gamma 预期客单价，按期折现。',
    },
    parameters: [
      REPEAT_FREQUENCY,
      REPEAT_RECENCY,
      AGE,
      REPEAT_SPEND,
      {
        ...PERIODS,
        optional: true,
        help: {
          en: `${PERIODS.help.en} Default ${DEFAULT_PERIODS}.`,
          zh: `${PERIODS.help.zh} 默认 ${DEFAULT_PERIODS}。`,
        },
      },
      {
        name: 'discount_rate',
        type: 'number',
        optional: true,
        help: {
          en: 'Discount rate per period, such as 0.01 or 1% (default 0).',
          zh: '每期折现率，例如 0.01 或 1%（默认 0）。',
        },
      },
    ],
    returns: { en: 'One predicted value per row.', zh: '每行一个预测价值。' },
    example: '=CLV_PREDICT(BTYD_SUMMARY(A2:A, B2:B, C2:C, , "months"), 12, 1%)',
  },
  ({ args, language }) => {
    const {
      history: rows,
      options: [periods, discountRate],
    } = readModelArguments(args, { purchases: true, spend: true }, 2);
    const horizon = numberOption('periods', periods, 'periods', DEFAULT_PERIODS);
    const rate = readCell('discount_rate', -1, discountRate, readNumber) ?? 0;
    if (!(rate > -1))
      throw new InputError(
        { kind: 'not-a-rate' },
        { argument: 'discount_rate', value: discountRate },
      );
    const { parameters: spend } = spendModel(rows);
    const { parameters } = fitted(() => fitBgNbd(rows));
    const spendPerPurchase = rows.frequency.map((x, i) =>
      expectedSpendOf(spend, x, rows.monetary[i] as number),
    );
    const values = predictedValues(parameters, rows, spendPerPurchase, horizon, rate);
    const heading = rows.header ? COLUMN_LABELS.predictedValue[language] : undefined;
    return rowsOut(rows.rowCount, rows.filledRows, values, heading);
  },
);
