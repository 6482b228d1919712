/**
 * This file defines =RFM_CLASS: the eight value classes of the common Chinese RFM model
 * (重要价值客户 … 一般挽留客户), each measure high or low against its mean.
 */
import { classLabels, MODELS } from '../../core/models';
import { rowsOut } from '../columns';
import { readMeasures } from '../sheet-input/customer-measures';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AS_OF, FREQUENCY, MONETARY, RECENCY } from './measure-parameters';

export const RFM_CLASS = defineCustomFunction(
  {
    name: 'RFM_CLASS',
    summary: {
      en: 'Value class of each customer (Important value … General recovery): R, F and M each high or low against the mean.',
      zh: '八类客户（重要价值客户……一般挽留客户）：R、F、M 分别与平均值比较高低。',
    },
    parameters: [RECENCY, FREQUENCY, MONETARY, AS_OF, LANGUAGE_PARAMETER],
    returns: { en: 'One value class per row.', zh: '每行一个客户类别。' },
    example: '=RFM_CLASS(B2:B, C2:C, D2:D)',
  },
  ({ args: [recency, frequency, monetary, asOf], language, sheet }) => {
    const { rowCount, filledRows, header, measures } = readMeasures(
      { recency, frequency, monetary, asOf },
      sheet,
    );
    const { classify, heading } = MODELS['value-classes'];
    const labels = classLabels('value-classes', classify(measures), language);
    return rowsOut(rowCount, filledRows, labels, header ? heading[language] : undefined);
  },
);
