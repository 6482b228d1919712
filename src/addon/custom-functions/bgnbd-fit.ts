/**
 * This file defines =BGNBD_FIT: the BG/NBD model's parameters fitted on the given customers, for
 * a user who wants to see them, compare them with published values or reuse them.
 */
import { fitBgNbd } from '../../core/btyd/bgnbd';
import { COLUMN_LABELS } from '../../core/labels';
import { fitted } from '../model-fit';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AGE, REPEAT_FREQUENCY, REPEAT_RECENCY } from './model-parameters';

export const BGNBD_FIT = defineCustomFunction(
  {
    name: 'BGNBD_FIT',
    summary: {
      en: 'Fits the BG/NBD model of repeat purchases by maximum likelihood: r and α describe how often customers buy, a and b how likely they are to drop out after a purchase.',
      zh: '用最大似然拟合 BG/NBD 重复购买模型：r 与 α 描述购买频率，a 与 b 描述每次购买后流失的可能性。',
    },
    parameters: [REPEAT_FREQUENCY, REPEAT_RECENCY, AGE, LANGUAGE_PARAMETER],
    returns: {
      en: 'A header row and one row: r, α, a, b, the log-likelihood and the number of customers.',
      zh: '一行表头和一行数值：r、α、a、b、对数似然和客户数。',
    },
    example: '=BGNBD_FIT(B2:B, C2:C, D2:D)',
  },
  ({ args, language }) => {
    const { history } = readModelArguments(args, { purchases: true, spend: false });
    const { parameters, logLikelihood } = fitted(() => fitBgNbd(history));
    return [
      [
        'r',
        'α',
        'a',
        'b',
        COLUMN_LABELS.logLikelihood[language],
        COLUMN_LABELS.customers[language],
      ],
      [
        parameters.r,
        parameters.alpha,
        parameters.a,
        parameters.b,
        logLikelihood,
        history.frequency.length,
      ],
    ];
  },
);
