/**
 * This file defines =CHURN_RISK: the articles' churn warning (流失预警) as a tier a sales team
 * can act on — each customer's probability of buying again within a horizon, from the BG/NBD
 * model, read as active, at risk or likely churned. Not P(alive), which puts every one-time
 * buyer at 1 (docs/prediction-backtests.md).
 */
import { churnRisk, defaultChurnHorizon } from '../../core/churn-risk';
import { COLUMN_LABELS } from '../../core/labels';
import { classLabels } from '../../core/models';
import { rowsOut } from '../columns';
import { purchaseProbabilities } from '../model-fit';
import { numberOption, thresholdsOption } from '../options';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AGE, PERIODS, REPEAT_FREQUENCY, REPEAT_RECENCY } from './model-parameters';

export const CHURN_RISK = defineCustomFunction(
  {
    name: 'CHURN_RISK',
    summary: {
      en: "Each customer's churn risk from their probability of buying again within the next periods (BG/NBD): Active from 0.5, At risk from 0.2, else Likely churned. Backtested: the bands order customers by who bought again.",
      zh: '按客户在未来若干期内再次购买的概率（BG/NBD）给出流失风险：0.5 以上为活跃，0.2 以上为有流失风险，否则为大概率已流失。经回测，各档依次对应再次购买比例由高到低。',
    },
    parameters: [
      REPEAT_FREQUENCY,
      REPEAT_RECENCY,
      AGE,
      {
        name: 'thresholds',
        type: '{0.5, 0.2}',
        optional: true,
        help: {
          en: 'Two probabilities of buying again: active from the first, at risk from the second (default {0.5, 0.2}).',
          zh: '两个再次购买概率：不低于第一个为活跃，不低于第二个为有流失风险（默认 {0.5, 0.2}）。',
        },
      },
      {
        ...PERIODS,
        optional: true,
        help: {
          en: `${PERIODS.help.en} By default the longest T: as long as the oldest customer has been watched.`,
          zh: `${PERIODS.help.zh} 默认为最长的 T，即观察最久的客户已被观察的时长。`,
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: { en: 'One churn-risk label per row.', zh: '每行一个流失风险标签。' },
    example: '=CHURN_RISK(BTYD_SUMMARY(A2:A, B2:B, C2:C, , "weeks"), {0.6, 0.3}, 26)',
  },
  ({ args, language }) => {
    const {
      history: rows,
      options: [thresholdCells, periods],
    } = readModelArguments(args, { purchases: true, spend: false }, 2);
    const thresholds = thresholdsOption('thresholds', thresholdCells);
    const horizon = numberOption('periods', periods, 'periods', defaultChurnHorizon(rows.T));
    const risks = purchaseProbabilities(rows, horizon).map((p) => churnRisk(p, thresholds));
    const heading = rows.header ? COLUMN_LABELS.churnRisk[language] : undefined;
    return rowsOut(
      rows.rowCount,
      rows.filledRows,
      classLabels('churn-risk', risks, language),
      heading,
    );
  },
);
