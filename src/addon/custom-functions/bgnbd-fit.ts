/**
 * This file defines =BGNBD_FIT: the BG/NBD model's parameters fitted on the given customers, for
 * a user who wants to see them, compare them with published values or reuse them.
 */
import { fitBgNbd } from '../../core/btyd/bgnbd';
import { COLUMN_LABELS } from '../../core/labels';
import { fitted } from '../model-fit';
import { PRIOR_WEIGHT_LABEL, priorNote } from '../prediction-messages';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AGE, REPEAT_FREQUENCY, REPEAT_RECENCY } from './model-parameters';

export const BGNBD_FIT = defineCustomFunction(
  {
    name: 'BGNBD_FIT',
    summary: {
      en: 'Fits the BG/NBD model of repeat purchases: r and α describe how often customers buy, a and b how likely they are to drop out after a purchase. Maximum likelihood where the data settle the parameters; with few customers, a weakly informative prior fills in, and the output says so.',
      zh: '拟合 BG/NBD 重复购买模型：r 与 α 描述购买频率，a 与 b 描述每次购买后流失的可能性。数据足以确定参数时用最大似然；客户较少时由弱信息先验补足，并在结果中注明。',
    },
    parameters: [REPEAT_FREQUENCY, REPEAT_RECENCY, AGE, LANGUAGE_PARAMETER],
    returns: {
      en: "A header row and one row: r, α, a, b, the log-likelihood, the number of customers and the prior's weight (0: the data alone decide; 1: they say nothing); a note below when the answer leans on the prior.",
      zh: '标题行和一行数值：r、α、a、b、对数似然、客户数和先验权重（0 表示完全由数据决定，1 表示数据无信息）；结果依赖先验时下方另有一行说明。',
    },
    example: '=BGNBD_FIT(B2:B, C2:C, D2:D)',
  },
  ({ args, language }) => {
    const { history } = readModelArguments(args, { purchases: true, spend: false });
    const { parameters, logLikelihood, priorWeight, leansOnPrior } = fitted(() =>
      fitBgNbd(history),
    );
    const table = [
      [
        'r',
        'α',
        'a',
        'b',
        COLUMN_LABELS.logLikelihood[language],
        COLUMN_LABELS.customers[language],
        PRIOR_WEIGHT_LABEL[language],
      ],
      [
        parameters.r,
        parameters.alpha,
        parameters.a,
        parameters.b,
        logLikelihood,
        history.frequency.length,
        priorWeight,
      ],
    ];
    const note = priorNote(leansOnPrior, language);
    return note ? [...table, [note, '', '', '', '', '', '']] : table;
  },
);
