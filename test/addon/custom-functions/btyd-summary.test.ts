import { describe, expect, it } from 'vitest';
import { BTYD_SUMMARY } from '../../../src/addon/custom-functions/btyd-summary';
import { formatCivilDay } from '../../../src/core/civil-day';
import { readCdnowSample, readCdnowSpendSummary } from '../../helpers/cdnow';
import { column, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

describe('BTYD_SUMMARY', () => {
  it('reproduces the published CDNOW summary from the order log, in weeks to 1997-09-30', () => {
    const log = readCdnowSample();
    const table = BTYD_SUMMARY(
      log.customerKeys.map((id) => [id]),
      log.days.map((day) => [formatCivilDay(day)]),
      log.amounts.map((amount) => [amount]),
      '1997-09-30',
      'weeks',
    );
    expect(table[0]).toEqual([
      'Customer',
      'Repeat purchases',
      'Recency (weeks)',
      'T (weeks)',
      'Mean repeat spend',
      'First purchase',
      'Last purchase',
    ]);
    const published = readCdnowSpendSummary();
    expect(table).toHaveLength(published.ids.length + 1);
    published.ids.forEach((id, i) => {
      const [customer, x, tx, T, monetary] = table[i + 1] as number[];
      expect([customer, x, Number(tx?.toFixed(2)), Number(T?.toFixed(2))]).toEqual([
        id,
        published.frequency[i],
        published.recency[i],
        published.T[i],
      ]);
      // the file rounds half cents up where the double lies just below: a half cent apart at most
      expect(
        Math.abs((monetary as number) - (published.monetary[i] as number)),
      ).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });

  const customers = column('张三', '李四', '张三', '张三', '王五', '');
  const dates = column('2024-03-01', '2024-03-05', '2024-03-01', '2024-03-15', '2024-04-02', '');
  const amounts = column(100, 200, 20, 60, 300, '');

  it('merges same-day purchases, counts days, and writes dates and Chinese headings', () => {
    const table = BTYD_SUMMARY(customers, dates, amounts, '2024-03-31', '', 'zh');
    expect(table[0]).toEqual([
      '客户',
      '重复购买次数',
      '首末购买间隔（天）',
      '观察期（天）',
      '平均复购金额',
      '首次购买日期',
      '最近购买日期',
    ]);
    expect(table[1]?.slice(0, 5)).toEqual(['张三', 1, 14, 30, 60]);
    expect(((table[1] as unknown[])[5] as Date).toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(table[2]?.slice(0, 5)).toEqual(['李四', 0, 0, 26, 0]);
    expect(table[3]?.[0]).toBe(
      '注：已略去 1 位首次购买不早于截止日期（尚无再次购买的时间）的客户。',
    );
  });

  it('ends at the latest purchase by default, and takes periods in words', () => {
    const table = BTYD_SUMMARY(customers, dates, amounts, '', '周');
    expect(table[1]?.slice(1, 4)).toEqual([1, 2, 32 / 7]);
    // 王五 first bought on the latest purchase day: no time to buy again, so left out
    expect(table.map((row) => row[0])).toEqual([
      'Customer',
      '张三',
      '李四',
      'Note: 1 customer whose first purchase is on or after the calibration end (no time yet to buy again) left out.',
    ]);
  });

  it('refuses a period it does not know and names the argument', () => {
    expect(thrownMessage(() => BTYD_SUMMARY(customers, dates, amounts, '', 'years'))).toBe(
      'BTYD_SUMMARY: period: "years" is not a period; use "days", "weeks" or "months".',
    );
  });

  it('gives just the header for an empty log', () => {
    expect(BTYD_SUMMARY(column(''), column(''), column(''))).toHaveLength(1);
  });
});
