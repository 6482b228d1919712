import { describe, expect, it } from 'vitest';
import { BTYD_SUMMARY } from '../../../src/addon/custom-functions/btyd-summary';
import { LIFECYCLE_STAGE } from '../../../src/addon/custom-functions/lifecycle-stage';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

describe('LIFECYCLE_STAGE', () => {
  // as of 2024-12-31, usual gaps 61, 71 and 76 days, and a one-day buyer's 365/6: 61 days since
  // the last purchase is within 1.5 gaps (active), 152 within 3 (at risk), 305 and 244 beyond
  const first = column(
    'First purchase',
    '2024-12-20',
    '2024-01-01',
    '2024-01-01',
    '2023-10-01',
    '2024-05-01',
    '2023-06-01',
    '',
  );
  const last = column(
    'Last purchase',
    '2024-12-20',
    '2024-11-01',
    '2024-08-01',
    '2024-03-01',
    '2024-05-01',
    '2023-10-01',
    '',
  );
  const orders = column('Orders', 1, 6, 4, 3, 1, 4, 0);

  it('reads each stage against the usual gap and the churn window, under a heading', () => {
    expect(firstCells(LIFECYCLE_STAGE(first, last, orders, '2024-12-31'))).toEqual([
      'Lifecycle stage',
      'New',
      'Active',
      'At risk',
      'Dormant',
      'Dormant',
      'Churned',
      'Prospects',
    ]);
  });

  it('counts to the latest purchase by default, and takes another churn window, in Chinese', () => {
    expect(firstCells(LIFECYCLE_STAGE(first, last, orders, '', 200, 'zh'))).toEqual([
      '生命周期阶段',
      '新客户',
      '活跃客户',
      '预流失客户',
      '流失客户',
      '流失客户',
      '流失客户',
      '潜在客户',
    ]);
  });

  it('refuses a last purchase before the first, and an as-of date before a purchase', () => {
    expect(
      thrownMessage(() => LIFECYCLE_STAGE(column('2024-03-01'), column('2024-02-01'), column(2))),
    ).toBe(
      'LIFECYCLE_STAGE: last_purchase, row 1: "2024-02-01" is before the first purchase; the last purchase cannot come first.',
    );
    // the latest purchase is the first customer's, in the range's row 2 (under its heading)
    expect(thrownMessage(() => LIFECYCLE_STAGE(first, last, orders, '2024-12-01'))).toBe(
      'LIFECYCLE_STAGE: last_purchase, row 2: this purchase, on 12/20/2024, is after as_of (12/1/2024); give an as_of date on or after the latest purchase, or leave it out.',
    );
  });

  it('answers a sheet of prospects only', () => {
    expect(LIFECYCLE_STAGE(column(''), column(''), column(0))).toEqual([['Prospects']]);
  });
});

describe('LIFECYCLE_STAGE from a purchase summary', () => {
  it('reads first and last purchase and counts the first purchase day as an order', () => {
    const customers = column('ann', 'ann', 'ann', 'bob', 'cy');
    const dates = column('2024-01-01', '2024-03-01', '2024-05-01', '2024-05-20', '2023-01-01');
    const amounts = column(10, 20, 30, 40, 5);
    const summary = BTYD_SUMMARY(customers, dates, amounts, '2024-05-31');
    // as of the latest purchase, 2024-05-20: ann's usual gap 60 days, 19 since; bob new; cy
    // beyond a year
    expect(firstCells(LIFECYCLE_STAGE(summary))).toEqual([
      'Lifecycle stage',
      'Active',
      'New',
      'Churned',
    ]);
    expect(firstCells(LIFECYCLE_STAGE(summary, '', '', '2024-09-30'))).toEqual(
      firstCells(LIFECYCLE_STAGE(summary, '2024-09-30')),
    );
  });

  it('still needs last purchase and frequency without a summary', () => {
    expect(thrownMessage(() => LIFECYCLE_STAGE(column('2024-01-01')))).toBe(
      'LIFECYCLE_STAGE: last_purchase: this argument is required.',
    );
  });
});
