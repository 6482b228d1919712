/**
 * This file defines =CUSTOMER_TIER: the four management tiers, High value / Potential /
 * Regular / Churned (高价值客户 / 潜在客户 / 普通客户 / 流失客户).
 */
import { DEFAULT_CHURN_DAYS, DEFAULT_HIGH_VALUE_SHARE } from '../../core/customer-tier';
import { classLabels, MODELS } from '../../core/models';
import { rowsOut } from '../columns';
import { highValueFromOption, numberOption } from '../options';
import { readMeasures } from '../sheet-input/customer-measures';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { AS_OF, FREQUENCY, MONETARY, RECENCY } from './measure-parameters';

export const CUSTOMER_TIER = defineCustomFunction(
  {
    name: 'CUSTOMER_TIER',
    summary: {
      en: 'Tier of each customer: Potential (no purchase), Churned (no purchase for churn_days), High value (top share by money among the rest, or from your own amount) or Regular.',
      zh: '客户分层：潜在客户（未购买）、流失客户（超过 churn_days 天未购买）、高价值客户（其余客户中金额前 high_value_share，或不低于自定义金额）、普通客户。',
    },
    parameters: [
      RECENCY,
      FREQUENCY,
      MONETARY,
      {
        name: 'churn_days',
        type: 'number',
        optional: true,
        help: {
          en: `Days without a purchase after which a customer has churned (default ${DEFAULT_CHURN_DAYS}).`,
          zh: `超过多少天未购买即为流失（默认 ${DEFAULT_CHURN_DAYS}）。`,
        },
      },
      {
        name: 'high_value_share',
        type: 'number',
        optional: true,
        help: {
          en: `Top share of active buyers by money that is High value (default ${DEFAULT_HIGH_VALUE_SHARE}).`,
          zh: `活跃客户中按金额排名前多少比例为高价值客户（默认 ${DEFAULT_HIGH_VALUE_SHARE}）。`,
        },
      },
      AS_OF,
      {
        name: 'high_value_from',
        type: 'number',
        optional: true,
        help: {
          en: 'Your own break on money instead of high_value_share: active customers who spent at least this much are High value (give one or the other).',
          zh: '自定义金额分界点，代替 high_value_share：消费不低于此金额的活跃客户为高价值客户（二者只给其一）。',
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: { en: 'One tier label per row.', zh: '每行一个客户层级。' },
    example: '=CUSTOMER_TIER(B2:B, C2:C, D2:D, 180, 0.2)',
  },
  ({ args: [recency, frequency, monetary, churnDays, share, asOf, from], language, sheet }) => {
    const options = {
      churnDays: numberOption('churn_days', churnDays, 'churn-days', DEFAULT_CHURN_DAYS),
      highValueShare: numberOption('high_value_share', share, 'share', DEFAULT_HIGH_VALUE_SHARE),
      highValueFrom: highValueFromOption('high_value_from', from, share),
    };
    const { rowCount, filledRows, header, measures } = readMeasures(
      { recency, frequency, monetary, asOf },
      sheet,
    );
    const { classify, heading } = MODELS.tiers;
    const labels = classLabels('tiers', classify(measures, options), language);
    return rowsOut(rowCount, filledRows, labels, header ? heading[language] : undefined);
  },
);
