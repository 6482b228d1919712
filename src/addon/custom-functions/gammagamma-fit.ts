/**
 * This file defines =GAMMAGAMMA_FIT: the Gamma-Gamma spend model's parameters fitted on the
 * repeat buyers among the given customers, with the frequency–spend correlation the model
 * assumes to be weak.
 */
import { fitGammaGamma } from '../../core/btyd/gamma-gamma';
import { COLUMN_LABELS } from '../../core/labels';
import { correlationOf, fitted, spendEvidence } from '../model-fit';
import { PRIOR_WEIGHT_LABEL, priorNote } from '../prediction-messages';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { REPEAT_FREQUENCY, REPEAT_SPEND } from './model-parameters';

export const GAMMAGAMMA_FIT = defineCustomFunction(
  {
    name: 'GAMMAGAMMA_FIT',
    summary: {
      en: 'Fits the Gamma-Gamma model of spend per purchase on the repeat buyers: p, q and γ; the mean spend it implies is p·γ/(q − 1). Maximum likelihood where the data settle the parameters; with few repeat buyers, a weakly informative prior fills in, and the output says so.',
      zh: '在重复购买的客户上拟合 Gamma-Gamma 客单价模型：p、q 与 γ；其平均客单价为 p·γ/(q − 1)。数据足以确定参数时用最大似然；重复购买客户较少时由弱信息先验补足，并在结果中注明。',
    },
    parameters: [REPEAT_FREQUENCY, REPEAT_SPEND, LANGUAGE_PARAMETER],
    returns: {
      en: "A header row and one row: p, q, γ, the log-likelihood, the number of repeat buyers, the frequency–spend correlation and the prior's weight (0: the data alone decide; 1: they say nothing); a note below when the answer leans on the prior.",
      zh: '标题行和一行数值：p、q、γ、对数似然、重复购买客户数、频次与客单价的相关系数和先验权重（0 表示完全由数据决定，1 表示数据无信息）；结果依赖先验时下方另有一行说明。',
    },
    example: '=GAMMAGAMMA_FIT(B2:B, E2:E)',
  },
  ({ args, language }) => {
    const { history } = readModelArguments(args, { purchases: false, spend: true });
    const { parameters, logLikelihood, customers, priorWeight, leansOnPrior } = fitted(() =>
      fitGammaGamma(spendEvidence(history)),
    );
    const table = [
      [
        'p',
        'q',
        'γ',
        COLUMN_LABELS.logLikelihood[language],
        COLUMN_LABELS.customers[language],
        COLUMN_LABELS.correlation[language],
        PRIOR_WEIGHT_LABEL[language],
      ],
      [
        parameters.p,
        parameters.q,
        parameters.gamma,
        logLikelihood,
        customers,
        correlationOf(history) ?? '',
        priorWeight,
      ],
    ];
    const note = priorNote(leansOnPrior, language);
    return note ? [...table, [note, '', '', '', '', '', '']] : table;
  },
);
