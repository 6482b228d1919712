/**
 * The prediction functions in the bundle as Apps Script loads it: on CDNOW (the published fits
 * from the order log, in one formula each), on a month of UCI Online Retail (a short history,
 * where a model may rightly refuse), and on customers simulated from the models themselves.
 */
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../dev/apps-script-vm';
import { simulateCustomers } from '../../dev/btyd-simulation';
import { formatCivilDay } from '../../src/core/civil-day';
import { readCdnowSample } from '../helpers/cdnow';
import { readFixture } from '../helpers/csv';

type Table = unknown[][];
const column = (values: readonly unknown[]) => values.map((value) => [value]);

describe('the prediction functions on CDNOW, from the order log', () => {
  const bundle = loadBundle({ locale: 'en_US', timeZone: 'America/New_York' });
  const log = readCdnowSample();
  const summary = bundle.call(
    'BTYD_SUMMARY',
    column(log.customerKeys),
    column(log.days.map(formatCivilDay)),
    column(log.amounts),
    '1997-09-30',
    'weeks',
  ) as Table;

  it('summarises the 2,357 customers and fits the published BG/NBD and Gamma-Gamma models', () => {
    expect(summary).toHaveLength(2358);
    const [, bgnbd] = bundle.call('BGNBD_FIT', summary) as [string[], number[]];
    [0.243, 4.414, 0.793, 2.426].forEach((published, i) => {
      expect(Math.abs((bgnbd[i] as number) - published)).toBeLessThan(0.01);
    });
    const [, gammaGamma] = bundle.call('GAMMAGAMMA_FIT', summary) as [string[], number[]];
    [6.25, 3.74, 15.44].forEach((published, i) => {
      expect(Math.abs((gammaGamma[i] as number) - published)).toBeLessThan(0.01);
    });
  });

  it('gives each customer P(alive), a churn risk and a predicted value, row for row', () => {
    const alive = (bundle.call('P_ALIVE', summary) as Table).map((row) => row[0]);
    const risk = (bundle.call('CHURN_RISK', summary, 'zh') as Table).map((row) => row[0]);
    const [, fit] = bundle.call('BGNBD_FIT', summary) as [string[], number[]];
    const [r, alphaScale] = fit as [number, number];
    const value = (bundle.call('CLV_PREDICT', summary, 52, 0.01) as Table).map((row) => row[0]);
    expect([alive[0], risk[0], value[0]]).toEqual([
      '活跃概率'.length ? 'P(alive)' : '',
      '流失风险',
      'Predicted CLV',
    ]);
    for (let row = 1; row < summary.length; row++) {
      const p = alive[row] as number;
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      // the probability of buying again within the longest T, 38.86 weeks
      const [, x, , T] = summary[row] as [unknown, number, number, number];
      const buy = p * (1 - ((alphaScale + T) / (alphaScale + T + 38.86)) ** (r + x));
      expect(risk[row]).toBe(buy >= 0.5 ? '活跃' : buy >= 0.2 ? '有流失风险' : '大概率已流失');
      expect(value[row]).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('BTYD_BACKTEST on CDNOW through the bundle', () => {
  it('fits on 39 weeks and sets the next 39 beside it: 2,357 customers, the bands ordered', () => {
    const bundle = loadBundle({ locale: 'en_US', timeZone: 'America/New_York' });
    const log = readCdnowSample();
    const table = bundle.call(
      'BTYD_BACKTEST',
      column(log.customerKeys),
      column(log.days.map(formatCivilDay)),
      column(log.amounts),
      '1997-10-01',
      'weeks',
    ) as Table;
    expect(table.map((row) => row[0]).slice(0, 4)).toEqual([
      'Group',
      'Active',
      'At risk',
      'Likely churned',
    ]);
    expect(table[14]?.slice(0, 2)).toEqual(['Total', 2357]);
    const shares = table.slice(1, 4).map((row) => row[5] as number);
    expect(shares[0]).toBeGreaterThan(shares[1] as number);
    expect(shares[1]).toBeGreaterThan(shares[2] as number);
    // purchase days after 1997-09-30, counted from the log here
    const after = new Set(
      log.customerKeys.flatMap((key, i) =>
        formatCivilDay(log.days[i] as number) > '1997-09-30' ? [`${key} ${log.days[i]}`] : [],
      ),
    );
    expect(table[14]?.[3]).toBe(after.size);
  });
});

describe('the prediction functions on a month of Online Retail', () => {
  const bundle = loadBundle({ locale: 'en_GB', timeZone: 'Europe/London' });
  const lines = readFixture('online-retail-2010-12.csv');
  const customers = lines.map((line) => [line.CustomerID === '' ? '' : Number(line.CustomerID)]);
  const dates = lines.map((line) => [new Date(`${line.InvoiceDate?.replace(' ', 'T')}Z`)]);
  const amounts = lines.map((line) => [Number(line.Quantity) * Number(line.UnitPrice)]);

  it('summarises the customers with a note of the rows without one', () => {
    const summary = bundle.call('BTYD_SUMMARY', customers, dates, amounts) as Table;
    const notes = summary.filter((row) => String(row[0]).startsWith('Note:'));
    // counted independently with Python's csv: 7 customers first bought on the last purchase day,
    // 2010-12-23; all the days of 65 net below zero
    expect(notes.map((row) => row[0])).toEqual([
      'Note: 15,631 rows without a customer skipped.',
      'Note: 7 customers whose first purchase is on or after the calibration end (no time yet to buy again) left out.',
      'Note: 65 customers with only returns (no day netting to 0 or more) left out.',
    ]);
    const table = summary.slice(1, -notes.length);
    expect(table.every((row) => (row[2] as number) <= (row[3] as number))).toBe(true);
  });

  it('predicts from the order log in one formula, a month of history being enough to answer', () => {
    const summary = bundle.call('BTYD_SUMMARY', customers, dates, amounts) as Table;
    const customerRows = summary.filter((row, i) => i > 0 && typeof row[1] === 'number').length;
    const values = (bundle.call('CLV_PREDICT', summary, 30) as Table).map((row) => row[0]);
    expect(values[0]).toBe('Predicted CLV');
    const predicted = values.filter((value) => typeof value === 'number') as number[];
    expect(predicted).toHaveLength(customerRows);
    expect(predicted.every((value) => value >= 0 && Number.isFinite(value))).toBe(true);
    const risks = new Set(
      (bundle.call('CHURN_RISK', summary) as Table).slice(1).map((row) => row[0]),
    );
    expect(
      [...risks].every((risk) =>
        ['Active', 'At risk', 'Likely churned', ''].includes(risk as string),
      ),
    ).toBe(true);
  });

  it('clusters the RFM table and reads lifecycle stages from the summary', () => {
    const rfm = bundle.call('RFM_TABLE', customers, dates, amounts) as Table;
    const rows = rfm
      .slice(1)
      .filter((row) => typeof row[2] === 'number' && (row[4] as number) >= 0);
    const clusters = (
      bundle.call(
        'CUSTOMER_CLUSTER',
        column(rows.map((row) => row[2])),
        column(rows.map((row) => row[3])),
        column(rows.map((row) => row[4])),
        4,
      ) as Table
    ).map((row) => row[0]);
    expect(new Set(clusters).size).toBe(4);
    const summary = (bundle.call('BTYD_SUMMARY', customers, dates, amounts) as Table).filter(
      (row) => typeof row[5] === 'object',
    );
    const stages = (
      bundle.call(
        'LIFECYCLE_STAGE',
        column(summary.map((row) => row[5])),
        column(summary.map((row) => row[6])),
        column(summary.map((row) => (row[1] as number) + 1)),
      ) as Table
    ).map((row) => row[0]);
    // one month of history: everyone's first purchase is within 30 days of its end
    expect(new Set(stages)).toEqual(new Set(['New']));
  });
});

describe('the prediction functions on customers simulated from the models', () => {
  const bundle = loadBundle({ locale: 'zh_CN', timeZone: 'Asia/Shanghai' });
  const truth = { r: 0.5, alpha: 6, a: 0.7, b: 3 };
  const simulated = simulateCustomers(truth, {
    customers: 8000,
    longestT: 52,
    entrySpan: 26,
    seed: 11,
    spend: { p: 6, q: 4, gamma: 15 },
  });

  it('recovers the parameters the customers were drawn from', () => {
    const [heading, fit] = bundle.call(
      'BGNBD_FIT',
      column(simulated.frequency),
      column(simulated.recency),
      column(simulated.T),
    ) as [string[], number[]];
    expect(heading[4]).toBe('对数似然');
    expect((fit[0] as number) / truth.r).toBeCloseTo(1, 0);
    expect((fit[1] as number) / truth.alpha).toBeCloseTo(1, 0);
  });
});
