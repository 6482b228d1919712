import { describe, expect, it } from 'vitest';
import { BGNBD_FIT } from '../../../src/addon/custom-functions/bgnbd-fit';
import { BTYD_SUMMARY } from '../../../src/addon/custom-functions/btyd-summary';
import { CLV_PREDICT } from '../../../src/addon/custom-functions/clv-predict';
import { EXPECTED_PURCHASES } from '../../../src/addon/custom-functions/expected-purchases';
import { EXPECTED_SPEND } from '../../../src/addon/custom-functions/expected-spend';
import { P_ALIVE } from '../../../src/addon/custom-functions/p-alive';
import { formatCivilDay } from '../../../src/core/civil-day';
import { readCdnowSample, readCdnowSpendSummary } from '../../helpers/cdnow';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

const cdnow = readCdnowSpendSummary();
const [x, tx, T, m] = [cdnow.frequency, cdnow.recency, cdnow.T, cdnow.monetary].map((values) =>
  column(...values),
);

/** The CDNOW order log summarised by the add-on itself, in weeks to 1997-09-30. */
function cdnowSummary(): unknown[][] {
  const log = readCdnowSample();
  return BTYD_SUMMARY(
    log.customerKeys.map((id) => [id]),
    log.days.map((day) => [formatCivilDay(day)]),
    log.amounts.map((amount) => [amount]),
    '1997-09-30',
    'weeks',
  );
}

describe('BGNBD_FIT', () => {
  it('gives the published CDNOW parameters and log-likelihood', () => {
    const [heading, values] = BGNBD_FIT(x, tx, T) as [string[], number[]];
    expect(heading).toEqual(['r', 'α', 'a', 'b', 'Log-likelihood', 'Customers', 'Prior weight']);
    const published = [0.243, 4.414, 0.793, 2.426];
    published.forEach((value, i) => {
      expect(Math.abs((values[i] as number) - value)).toBeLessThan(0.01);
    });
    expect(values[4]).toBeCloseTo(-9582.4, 1);
    expect(values[5]).toBe(2357);
    // the data decide: no note of the prior under the values
    expect(values[6]).toBeLessThan(0.05);
    expect(BGNBD_FIT(x, tx, T)).toHaveLength(2);
  });

  it('says when the answer leans on the prior: 50 customers', () => {
    const few = [x, tx, T].map((values) => (values as unknown[][]).slice(0, 50));
    const table = BGNBD_FIT(...few);
    expect(table).toHaveLength(3);
    expect(table[1]?.[6]).toBeGreaterThan(0.05);
    expect(table[2]?.[0]).toMatch(/leans on a weakly informative prior/);
    expect(BGNBD_FIT(...few, 'zh')[2]?.[0]).toMatch(/弱信息先验/);
  });

  it('fits the same from the order log in one formula, in Chinese', () => {
    const [heading, values] = BGNBD_FIT(cdnowSummary(), '', '', 'zh') as [string[], number[]];
    expect(heading?.[4]).toBe('对数似然');
    expect(values[0]).toBeCloseTo(0.243, 2);
  });

  it('says plainly when nobody bought twice', () => {
    expect(thrownMessage(() => BGNBD_FIT(column(0, 0), column(0, 0), column(5, 8)))).toBe(
      'BGNBD_FIT: no customer bought more than once, so the BG/NBD model cannot learn how often customers buy; it needs repeat purchases.',
    );
  });

  it('names the cell where recency exceeds T', () => {
    expect(thrownMessage(() => BGNBD_FIT(column(1, 2), column(3, 9), column(5, 8)))).toBe(
      'BGNBD_FIT: recency, row 2: 9 is more than T (8); recency runs from the first to the last purchase, T from the first purchase to the end of the period, so recency cannot exceed T.',
    );
  });
});

describe('P_ALIVE and EXPECTED_PURCHASES', () => {
  // Customer 1 of CDNOW, (x, t_x, T) = (2, 30.43, 38.86), under the published fit: P(alive)
  // 0.7266 and 1.2260 purchases in the next 39 weeks (lifetimes' formulas, scipy's hyp2f1)
  it('give customer 1 of CDNOW the values of the published fit', () => {
    expect(firstCells(P_ALIVE(x, tx, T))[0]).toBeCloseTo(0.7266, 3);
    expect(firstCells(EXPECTED_PURCHASES(x, tx, T, 39))[0]).toBeCloseTo(1.226, 2);
  });

  it('give 1 to a customer without a repeat purchase, and more purchases over longer', () => {
    const alive = firstCells(P_ALIVE(x, tx, T)) as number[];
    expect(alive[2]).toBe(1);
    const year = firstCells(EXPECTED_PURCHASES(x, tx, T, 52)) as number[];
    const quarter = firstCells(EXPECTED_PURCHASES(x, tx, T, 13)) as number[];
    year.forEach((purchases, i) => {
      expect(purchases).toBeGreaterThanOrEqual(quarter[i] as number);
    });
  });

  it('take a summary nested, with a header above their answers', () => {
    const summary = cdnowSummary();
    const alive = firstCells(P_ALIVE(summary));
    expect(alive[0]).toBe('P(alive)');
    expect(alive[1]).toBeCloseTo(0.7266, 2);
    expect(firstCells(EXPECTED_PURCHASES(summary, 39))).toEqual(
      firstCells(EXPECTED_PURCHASES(summary, '', '', 39)),
    );
  });

  it('require the periods', () => {
    expect(thrownMessage(() => EXPECTED_PURCHASES(x, tx, T))).toBe(
      'EXPECTED_PURCHASES: periods: this argument is required.',
    );
    expect(thrownMessage(() => EXPECTED_PURCHASES(x, tx, T, 0))).toBe(
      'EXPECTED_PURCHASES: periods: 0 is not allowed; use a whole number of periods, 1 or more.',
    );
  });
});

describe('CLV_PREDICT', () => {
  it('is the discounted sum of each period’s expected purchases times the expected spend', () => {
    const value = firstCells(CLV_PREDICT(x, tx, T, m, 3, 0.01)) as number[];
    const purchases = [1, 2, 3].map((t) => firstCells(EXPECTED_PURCHASES(x, tx, T, t)) as number[]);
    const spend = firstCells(EXPECTED_SPEND(x, m)) as number[];
    for (const customer of [0, 2, 10, 100]) {
      let expected = 0;
      purchases.forEach((byPeriod, i) => {
        const before = i === 0 ? 0 : (purchases[i - 1]?.[customer] as number);
        expected +=
          (((byPeriod[customer] as number) - before) * (spend[customer] as number)) /
          1.01 ** (i + 1);
      });
      expect(value[customer]).toBeCloseTo(expected, 9);
    }
  });

  it('works from the order log in one formula with its defaults', () => {
    const values = firstCells(CLV_PREDICT(cdnowSummary()));
    expect(values[0]).toBe('Predicted CLV');
    expect(values.slice(1).every((v) => typeof v === 'number' && v >= 0)).toBe(true);
    expect(values).toHaveLength(2358);
  });

  it('refuses a discount rate of -100% or less', () => {
    expect(thrownMessage(() => CLV_PREDICT(x, tx, T, m, 12, -1))).toMatch(
      /^CLV_PREDICT: discount_rate: -1 is not a discount rate/,
    );
  });
});
