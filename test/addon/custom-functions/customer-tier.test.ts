import { describe, expect, it } from 'vitest';
import { CUSTOMER_TIER } from '../../../src/addon/custom-functions/customer-tier';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

const sheet = useFakeSpreadsheet('en_US', 'America/New_York');

// a prospect, a churned customer, four active buyers of whom the top spender is high value
const recency = column('', 400, 10, 20, 30, 40);
const frequency = column(0, 9, 1, 2, 1, 3);
const monetary = column(0, 9000, 100, 200, 300, 500);
const english = ['Potential', 'Churned', 'Regular', 'Regular', 'Regular', 'High value'];
const chinese = ['潜在客户', '流失客户', '普通客户', '普通客户', '普通客户', '高价值客户'];

describe('CUSTOMER_TIER', () => {
  it('labels tiers in the spreadsheet language', () => {
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary))).toEqual(english);
    sheet.use('zh_CN');
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary))).toEqual(chinese);
  });

  it('takes a trailing language argument after any optional argument', () => {
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary, 'zh'))).toEqual(chinese);
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary, 365, 'zh-CN'))).toEqual(chinese);
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary, '', '', '', 'zh'))).toEqual(
      chinese,
    );
    sheet.use('zh_TW');
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary, 'en'))).toEqual(english);
  });

  it('honours churn_days and high_value_share, as a number or a percentage', () => {
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary, 25))).toEqual([
      'Potential',
      'Churned',
      'Regular',
      'High value',
      'Churned',
      'Churned',
    ]);
    const half = firstCells(CUSTOMER_TIER(recency, frequency, monetary, 365, 0.5));
    expect(half).toEqual(firstCells(CUSTOMER_TIER(recency, frequency, monetary, 365, '50%')));
    expect(half.filter((tier) => tier === 'High value')).toHaveLength(2);
  });

  it('counts churn from purchase dates to as_of', () => {
    const dates = column('2024-01-01', '2023-01-01');
    expect(
      firstCells(CUSTOMER_TIER(dates, column(1, 1), column(5, 5), 365, 0.2, '2024-06-01')),
    ).toEqual(['High value', 'Churned']);
  });

  it('treats a blank frequency as no purchase, and blank rows as blank', () => {
    expect(
      firstCells(CUSTOMER_TIER(column('', 3, ''), column('', 1, ''), column(0, 10, ''))),
    ).toEqual(['Potential', 'High value', '']);
  });

  describe('bad input', () => {
    it.each([
      [
        [recency, frequency, monetary, -1],
        'CUSTOMER_TIER: churn_days: -1 is not allowed; use a number of days, 0 or more.',
      ],
      [
        [recency, frequency, monetary, 365, 0],
        'CUSTOMER_TIER: high_value_share: 0 is not allowed; use a share above 0 and at most 1, such as 0.2 or 20%.',
      ],
      [
        [recency, frequency, monetary, 365, 20],
        'CUSTOMER_TIER: high_value_share: 20 is not allowed; use a share above 0 and at most 1, such as 0.2 or 20%.',
      ],
      [
        [recency, frequency, monetary, 365, 0.2, '', 'fr'],
        'CUSTOMER_TIER: language: "fr" is not a language; use "en" or "zh".',
      ],
      [
        [recency, frequency, monetary, 'fr'],
        'CUSTOMER_TIER: language: "fr" is not a language; use "en" or "zh".',
      ],
      [
        [recency, frequency, monetary, 'soon'],
        'CUSTOMER_TIER: churn_days: "soon" is not a number.',
      ],
      [
        [recency, column(0, 9, 'x', 2, 1, 3), monetary],
        'CUSTOMER_TIER: frequency, row 3: "x" is not a number.',
      ],
    ])('%#: %s', (args, message) => {
      expect(thrownMessage(() => CUSTOMER_TIER(...args))).toBe(message);
    });

    it('answers in the language asked for', () => {
      expect(
        thrownMessage(() => CUSTOMER_TIER(recency, column(0, 9, -1, 2, 1, 3), monetary, 'zh')),
      ).toBe('CUSTOMER_TIER：参数 frequency 第 3 行：-1 是负数，必须不小于 0。');
    });
  });
});

describe("CUSTOMER_TIER at the user's own break on money", () => {
  it('makes High value every active customer who spent at least high_value_from', () => {
    expect(firstCells(CUSTOMER_TIER(recency, frequency, monetary, '', '', '', 200))).toEqual([
      'Potential',
      'Churned',
      'Regular',
      'High value',
      'High value',
      'High value',
    ]);
    expect(CUSTOMER_TIER(recency, frequency, monetary, '', '', '', '¥200', 'zh')).toEqual(
      CUSTOMER_TIER(recency, frequency, monetary, '', '', '', 200, 'zh'),
    );
  });

  it('refuses high_value_from beside high_value_share, and an amount below 0', () => {
    expect(thrownMessage(() => CUSTOMER_TIER(recency, frequency, monetary, '', 0.2, '', 200))).toBe(
      'CUSTOMER_TIER: high_value_from: 200: give either high_value_share or high_value_from, not both.',
    );
    expect(
      thrownMessage(() => CUSTOMER_TIER(recency, frequency, monetary, '', 0.2, '', 200, 'zh')),
    ).toBe(
      'CUSTOMER_TIER：参数 high_value_from：200：high_value_share 与 high_value_from 只能给出其一。',
    );
    expect(thrownMessage(() => CUSTOMER_TIER(recency, frequency, monetary, '', '', '', -5))).toBe(
      'CUSTOMER_TIER: high_value_from: -5 is not allowed; use an amount of money, 0 or more, such as 5000 or ¥5,000.',
    );
  });
});
