/**
 * This file defines =GAMMAGAMMA_FIT: the Gamma-Gamma spend model's parameters fitted on the
 * repeat buyers among the given customers, with the frequency–spend correlation the model
 * assumes to be weak.
 */
import { fitGammaGamma } from '../../core/btyd/gamma-gamma';
import { COLUMN_LABELS } from '../../core/labels';
import { correlationOf, fitted, spendEvidence } from '../model-fit';
import { readModelArguments } from '../sheet-input/repeat-history';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { REPEAT_FREQUENCY, REPEAT_SPEND } from './model-parameters';

export const GAMMAGAMMA_FIT = defineCustomFunction(
  {
    name: 'GAMMAGAMMA_FIT',
    summary: {
      en: 'Fits the Gamma-Gamma model of spend per purchase on the repeat buyers: p, q and γ; the mean spend it implies is p·γ/(q − 1).',
      zh: '在重复购买的客户上拟合 Gamma-Gamma 客单价模型：p、q 与 γ；其平均客单价为 p·γ/(q − 1)。',
    },
    parameters: [REPEAT_FREQUENCY, REPEAT_SPEND, LANGUAGE_PARAMETER],
    returns: {
      en: 'A header row and one row: p, q, γ, the log-likelihood, the number of repeat buyers and the frequency–spend correlation.',
      zh: '一行表头和一行数值：p、q、γ、对数似然、重复购买客户数和频次与客单价的相关系数。',
    },
    example: '=GAMMAGAMMA_FIT(B2:B, E2:E)',
  },
  ({ args, language }) => {
    const { history } = readModelArguments(args, { purchases: false, spend: true });
    const { parameters, logLikelihood, customers } = fitted(() =>
      fitGammaGamma(spendEvidence(history)),
    );
    return [
      [
        'p',
        'q',
        'γ',
        COLUMN_LABELS.logLikelihood[language],
        COLUMN_LABELS.customers[language],
        COLUMN_LABELS.correlation[language],
      ],
      [
        parameters.p,
        parameters.q,
        parameters.gamma,
        logLikelihood,
        customers,
        correlationOf(history) ?? '',
      ],
    ];
  },
);
