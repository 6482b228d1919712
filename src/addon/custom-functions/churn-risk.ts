/**
 * This file defines =CHURN_RISK: the articles' churn warning (流失预警) as a tier a sales team
 * can act on — each customer's P(alive) from the BG/NBD model read as active, at risk or likely
 * churned.
 */
import { churnRisk } from '../../core/churn-risk';
import { COLUMN_LABELS } from '../../core/labels';
import { classLabels } from '../../core/models';
import { rowsOut } from '../columns';
import { aliveProbabilities } from '../model-fit';
import { thresholdsOption } from '../options';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AGE, REPEAT_FREQUENCY, REPEAT_RECENCY } from './model-parameters';

export const CHURN_RISK = defineCustomFunction(
  {
    name: 'CHURN_RISK',
    summary: {
      en: "Each customer's churn risk from their probability of still being active (BG/NBD): Active from 0.7, At risk from 0.3, else Likely churned.",
      zh: '按客户仍活跃的概率（BG/NBD）给出流失风险：0.7 以上为活跃，0.3 以上为有流失风险，否则为大概率已流失。',
    },
    parameters: [
      REPEAT_FREQUENCY,
      REPEAT_RECENCY,
      AGE,
      {
        name: 'thresholds',
        type: '{0.7, 0.3}',
        optional: true,
        help: {
          en: 'Two probabilities: active from the first, at risk from the second (default {0.7, 0.3}).',
          zh: '两个概率：不低于第一个为活跃，不低于第二个为有流失风险（默认 {0.7, 0.3}）。',
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: { en: 'One churn-risk label per row.', zh: '每行一个流失风险标签。' },
    example: '=CHURN_RISK(BTYD_SUMMARY(A2:A, B2:B, C2:C), {0.8, 0.4})',
  },
  ({ args, language }) => {
    const {
      history: rows,
      options: [thresholdCells],
    } = readModelArguments(args, { purchases: true, spend: false }, 1);
    const thresholds = thresholdsOption('thresholds', thresholdCells);
    const risks = aliveProbabilities(rows).map((alive) => churnRisk(alive, thresholds));
    const heading = rows.header ? COLUMN_LABELS.churnRisk[language] : undefined;
    return rowsOut(
      rows.rowCount,
      rows.filledRows,
      classLabels('churn-risk', risks, language),
      heading,
    );
  },
);
