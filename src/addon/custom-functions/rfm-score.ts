/**
 * This file defines =RFM_SCORE: each customer's RFM code, 100·R + 10·F + M.
 */
import { COLUMN_LABELS } from '../../core/labels';
import { rfmScores } from '../../core/rfm-score';
import { DEFAULT_BINS, MAX_BINS, MIN_BINS } from '../../core/score';
import { rowsOut } from '../columns';
import { numberOption } from '../options';
import { readMeasures } from '../sheet-input/customer-measures';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AS_OF, FREQUENCY, MONETARY, RECENCY } from './measure-parameters';

export const RFM_SCORE = defineCustomFunction(
  {
    name: 'RFM_SCORE',
    summary: {
      en: 'RFM code of each customer, 100·R + 10·F + M (e.g. 545): scores 1..bins cut at quantiles, 5 best.',
      zh: '每位客户的 RFM 代码 100·R + 10·F + M（如 545），按分位数打分，5 分最好。',
    },
    parameters: [
      RECENCY,
      FREQUENCY,
      MONETARY,
      {
        name: 'bins',
        type: 'number',
        optional: true,
        help: {
          en: `Scores per measure, ${MIN_BINS} to ${MAX_BINS} (default ${DEFAULT_BINS}).`,
          zh: `每项的分数档数，${MIN_BINS} 到 ${MAX_BINS}（默认 ${DEFAULT_BINS}）。`,
        },
      },
      AS_OF,
      LANGUAGE_PARAMETER,
    ],
    returns: { en: 'One RFM code per row.', zh: '每行一个 RFM 代码。' },
    example: '=RFM_SCORE(B2:B, C2:C, D2:D)',
  },
  (invocation) => {
    const {
      args: [recency, frequency, monetary, bins, asOf],
      sheet,
    } = invocation;
    const binCount = numberOption('bins', bins, 'bins', DEFAULT_BINS);
    const { rowCount, filledRows, header, measures } = readMeasures(
      { recency, frequency, monetary, asOf },
      sheet,
    );
    return rowsOut(
      rowCount,
      filledRows,
      rfmScores(measures, { bins: binCount }).codes,
      header ? COLUMN_LABELS.rfmCode[invocation.language] : undefined,
    );
  },
);
