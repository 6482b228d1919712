/**
 * This file defines =EXPECTED_SPEND: each customer's expected spend per purchase from the
 * Gamma-Gamma model, which weighs their own mean spend against everyone's by how many repeat
 * purchases stand behind it.
 */
import { COLUMN_LABELS } from '../../core/labels';
import { rowsOut } from '../columns';
import { expectedSpendOf, spendModel } from '../model-fit';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction } from './definition';
import { REPEAT_FREQUENCY, REPEAT_SPEND } from './model-parameters';

export const EXPECTED_SPEND = defineCustomFunction(
  {
    name: 'EXPECTED_SPEND',
    summary: {
      en: "Each customer's expected spend per purchase (Gamma-Gamma model fitted on the repeat buyers); customers with no repeat purchase get the mean of all.",
      zh: '每位客户的预期客单价（在重复购买客户上拟合 Gamma-Gamma 模型）；没有重复购买的客户取总体平均值。',
    },
    parameters: [REPEAT_FREQUENCY, REPEAT_SPEND],
    returns: { en: 'One amount per row.', zh: '每行一个金额。' },
    example: '=EXPECTED_SPEND(B2:B, E2:E)',
  },
  ({ args, language }) => {
    const { history: rows } = readModelArguments(args, { purchases: false, spend: true });
    const { parameters } = spendModel(rows);
    const values = rows.frequency.map((x, i) =>
      expectedSpendOf(parameters, x, rows.monetary[i] as number),
    );
    const heading = rows.header ? COLUMN_LABELS.expectedSpend[language] : undefined;
    return rowsOut(rows.rowCount, rows.filledRows, values, heading);
  },
);
