/**
 * This file defines =P_ALIVE: each customer's probability of still being a customer, from the
 * BG/NBD model fitted on the given customers.
 */
import { COLUMN_LABELS } from '../../core/labels';
import { rowsOut } from '../columns';
import { aliveProbabilities } from '../model-fit';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction } from './definition';
import { AGE, REPEAT_FREQUENCY, REPEAT_RECENCY } from './model-parameters';

export const P_ALIVE = defineCustomFunction(
  {
    name: 'P_ALIVE',
    summary: {
      en: "Each customer's probability of still being active (BG/NBD model fitted on these customers). Caveat: the model lets customers drop out only after a repeat purchase, so every customer without one gets 1, however long ago they bought; to rank who will buy again use CHURN_RISK.",
      zh: '每位客户仍然活跃的概率（在这些客户上拟合 BG/NBD 模型）。注意：该模型只允许客户在重复购买之后流失，因此尚无重复购买的客户无论多久未购买都为 1；要按再次购买的可能排序请用 CHURN_RISK。',
    },
    parameters: [REPEAT_FREQUENCY, REPEAT_RECENCY, AGE],
    returns: { en: 'One probability per row, 0 to 1.', zh: '每行一个 0 到 1 的概率。' },
    example: '=P_ALIVE(BTYD_SUMMARY(A2:A, B2:B, C2:C, , "weeks"))',
  },
  ({ args, language }) => {
    const { history: rows } = readModelArguments(args, { purchases: true, spend: false });
    const values = aliveProbabilities(rows);
    const heading = rows.header ? COLUMN_LABELS.probabilityAlive[language] : undefined;
    return rowsOut(rows.rowCount, rows.filledRows, values, heading);
  },
);
