/**
 * This file defines the tests of =BTYD_BACKTEST against counts made here independently: a tiny
 * log counted by hand, and CDNOW recounted from the raw log, with each customer's band recomputed
 * from BTYD_SUMMARY, BGNBD_FIT and the formula P(alive) · (1 − ((α + T)/(α + T + t))^(r + x)).
 */
import { describe, expect, it } from 'vitest';
import { BGNBD_FIT } from '../../../src/addon/custom-functions/bgnbd-fit';
import { BTYD_BACKTEST } from '../../../src/addon/custom-functions/btyd-backtest';
import { BTYD_SUMMARY } from '../../../src/addon/custom-functions/btyd-summary';
import { EXPECTED_PURCHASES } from '../../../src/addon/custom-functions/expected-purchases';
import { formatCivilDay } from '../../../src/core/civil-day';
import { readCdnowSample } from '../../helpers/cdnow';
import { column, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

type Row = [string, number, number, number, number, number];

/** The summary's customer rows: not its header, nor its notes of customers left out. */
function customerRows(summary: unknown[][]): unknown[][] {
  return summary.slice(1).filter((row) => typeof row[1] === 'number');
}

/** Each summarised customer's band by the formula, from the summary and BGNBD_FIT's parameters. */
function bandsOf(summary: unknown[][], horizon: number): string[] {
  const [r, alpha, a, b] = BGNBD_FIT(summary)[1] as number[];
  return customerRows(summary).map((row) => {
    const [, x, tx, T] = row as [unknown, number, number, number];
    const alive =
      x === 0
        ? 1
        : 1 /
          (1 +
            ((a as number) / ((b as number) + x - 1)) *
              (((alpha as number) + T) / ((alpha as number) + tx)) ** ((r as number) + x));
    const p =
      alive *
      (1 - (((alpha as number) + T) / ((alpha as number) + T + horizon)) ** ((r as number) + x));
    return p >= 0.5 ? 'Active' : p >= 0.2 ? 'At risk' : 'Likely churned';
  });
}

describe('BTYD_BACKTEST on a log counted by hand', () => {
  // split 2024-03-21: orders to 2024-03-20 teach the model; 2024-03-21 to 2024-04-10 test it
  const rows: [string, string, number][] = [
    ['a', '2024-03-01', 5],
    ['a', '2024-03-06', 5],
    ['a', '2024-03-11', 5],
    ['b', '2024-03-03', 5],
    ['b', '2024-03-31', 5],
    ['b', '2024-03-31', 7], // same day: one purchase
    ['c', '2024-03-02', 5],
    ['c', '2024-03-26', -9], // a return: no purchase
    ['d', '2024-03-04', 5],
    ['d', '2024-03-09', 5],
    ['d', '2024-04-05', 5],
    ['e', '2024-03-05', 5],
    ['e', '2024-03-16', 5],
    ['f', '2024-03-22', 5], // first seen after the split: left out
    ['g', '2024-03-07', 5],
    ['g', '2024-04-10', 5],
  ];
  const [customers, dates, amounts] = [0, 1, 2].map((k) => column(...rows.map((row) => row[k])));
  const backtest = () => BTYD_BACKTEST(customers, dates, amounts, '2024-03-21') as Row[];

  it('counts 6 customers, 3 purchases after the split by 3 of them, and the purchases predicted', () => {
    const table = backtest();
    expect(table[0]).toEqual([
      'Group',
      'Customers',
      'Predicted purchases',
      'Actual purchases',
      'Predicted share buying again',
      'Share who bought again',
    ]);
    const total = table[14] as Row;
    expect(total.slice(0, 2)).toEqual(['Total', 6]);
    expect(total[3]).toBe(3);
    expect(total[5]).toBe(0.5);
    const summary = BTYD_SUMMARY(customers, dates, amounts, '2024-03-20');
    const expected = EXPECTED_PURCHASES(summary, '', '', 21) as number[][];
    const predicted = expected.slice(1).reduce((sum, [value]) => sum + (value as number), 0);
    expect(total[2]).toBeCloseTo(predicted, 10);
  });

  it('puts each customer in the band the formula gives, with their purchases after the split', () => {
    const table = backtest();
    const summary = BTYD_SUMMARY(customers, dates, amounts, '2024-03-20');
    const bands = bandsOf(summary, 21);
    const after: Record<string, number> = { a: 0, b: 1, c: 0, d: 1, e: 0, g: 1 };
    const order = customerRows(summary).map((row) => row[0] as string);
    for (const [i, band] of ['Active', 'At risk', 'Likely churned'].entries()) {
      const members = order.filter((_, k) => bands[k] === band);
      const bought = members.filter((c) => (after[c] as number) > 0).length;
      const row = table[1 + i] as Row;
      expect(row.slice(0, 2)).toEqual([band, members.length]);
      expect(row[3]).toBe(members.reduce((sum, c) => sum + (after[c] as number), 0));
      expect(row[5]).toBe(members.length ? bought / members.length : 0);
    }
    // 6 customers in ten deciles: 1, 0, 1, 0, 1, 1, 0, 1, 0, 1
    expect(table.slice(4, 14).map((row) => row[1])).toEqual([1, 0, 1, 0, 1, 1, 0, 1, 0, 1]);
    expect(table[15]?.[0]).toMatch(/before 2024-03-21, predicting the 21 days from it on/);
  });

  it('says there is nothing to compare after the last order, in Chinese too', () => {
    expect(BTYD_BACKTEST(customers, dates, amounts, '2024-05-01')).toEqual([
      [
        'No orders on or after 2024-05-01, so nothing to compare: choose a split date before the last order (2024-04-10).',
      ],
    ]);
    expect(BTYD_BACKTEST(customers, dates, amounts, '2024-05-01', 'zh')[0]?.[0]).toMatch(
      /2024-05-01 当天及之后没有订单/,
    );
    expect(thrownMessage(() => BTYD_BACKTEST(customers, dates, amounts, ''))).toMatch(
      /^BTYD_BACKTEST: split_date/,
    );
  });
});

describe('BTYD_BACKTEST on CDNOW: 39 weeks, then the next 39', () => {
  const log = readCdnowSample();
  const [customers, dates, amounts] = [
    log.customerKeys,
    log.days.map((day) => formatCivilDay(day)),
    log.amounts,
  ].map((values) => column(...values));

  it('matches a recount of the raw log, band by band, and the bands are ordered', () => {
    const table = BTYD_BACKTEST(customers, dates, amounts, '1997-10-01', 'weeks') as Row[];
    const after = new Map<number, Set<number>>();
    log.customerKeys.forEach((key, i) => {
      const day = log.days[i] as number;
      if (!after.has(key)) after.set(key, new Set());
      if (formatCivilDay(day) >= '1997-10-01') after.get(key)?.add(day);
    });
    const summary = BTYD_SUMMARY(customers, dates, amounts, '1997-09-30', 'weeks');
    const bands = bandsOf(summary, 39);
    const ids = customerRows(summary).map((row) => row[0] as number);
    const shares: number[] = [];
    for (const [i, band] of ['Active', 'At risk', 'Likely churned'].entries()) {
      const members = ids.filter((_, k) => bands[k] === band);
      const counts = members.map((id) => after.get(id)?.size ?? 0);
      const row = table[1 + i] as Row;
      expect(row.slice(0, 2)).toEqual([band, members.length]);
      expect(row[3]).toBe(counts.reduce((sum, n) => sum + n, 0));
      expect(row[5]).toBeCloseTo(counts.filter((n) => n > 0).length / members.length, 12);
      shares.push(row[5]);
    }
    expect(shares[0]).toBeGreaterThan(shares[1] as number);
    expect(shares[1]).toBeGreaterThan(shares[2] as number);
    const total = table[14] as Row;
    expect(total[1]).toBe(2357);
    expect(total[3]).toBe([...after.values()].reduce((sum, days) => sum + days.size, 0));
    // deciles of expected purchases: the top tenth buys most, the share falls toward the bottom
    const deciles = table.slice(4, 14);
    expect(deciles.reduce((sum, row) => sum + row[1], 0)).toBe(2357);
    expect(deciles[0]?.[5]).toBeGreaterThan(deciles[9]?.[5] as number);
  });
});
