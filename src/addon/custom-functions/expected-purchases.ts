/**
 * This file defines =EXPECTED_PURCHASES: each customer's expected number of purchases in the
 * next periods, from the BG/NBD model fitted on the given customers.
 */
import { fitBgNbd } from '../../core/btyd/bgnbd';
import { expectedPurchases } from '../../core/btyd/bgnbd-prediction';
import { COLUMN_LABELS } from '../../core/labels';
import { rowsOut } from '../columns';
import { InputError } from '../input-error';
import { fitted } from '../model-fit';
import { numberOption } from '../options';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction } from './definition';
import { AGE, PERIODS, REPEAT_FREQUENCY, REPEAT_RECENCY } from './model-parameters';

export const EXPECTED_PURCHASES = defineCustomFunction(
  {
    name: 'EXPECTED_PURCHASES',
    summary: {
      en: "Each customer's expected number of purchases in the next periods (BG/NBD model fitted on these customers).",
      zh: '每位客户在未来若干期内的预期购买次数（在这些客户上拟合 BG/NBD 模型）。',
    },
    parameters: [REPEAT_FREQUENCY, REPEAT_RECENCY, AGE, PERIODS],
    returns: { en: 'One expected count per row.', zh: '每行一个预期次数。' },
    example: '=EXPECTED_PURCHASES(B2:B, C2:C, D2:D, 52)',
  },
  ({ args, language }) => {
    const {
      history: rows,
      options: [periods],
    } = readModelArguments(args, { purchases: true, spend: false }, 1);
    const horizon = numberOption('periods', periods, 'periods', Number.NaN);
    if (Number.isNaN(horizon))
      throw new InputError({ kind: 'missing-argument' }, { argument: 'periods' });
    const { parameters } = fitted(() => fitBgNbd(rows));
    const values = rows.frequency.map((x, i) =>
      expectedPurchases(parameters, horizon, x, rows.recency[i] as number, rows.T[i] as number),
    );
    const heading = rows.header ? COLUMN_LABELS.expectedPurchases[language] : undefined;
    return rowsOut(rows.rowCount, rows.filledRows, values, heading);
  },
);
