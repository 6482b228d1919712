import { describe, expect, it } from 'vitest';
import { BTYD_SUMMARY } from '../../../src/addon/custom-functions/btyd-summary';
import { EXPECTED_SPEND } from '../../../src/addon/custom-functions/expected-spend';
import { GAMMAGAMMA_FIT } from '../../../src/addon/custom-functions/gammagamma-fit';
import { formatCivilDay } from '../../../src/core/civil-day';
import { readCdnowSample, readCdnowSpendSummary } from '../../helpers/cdnow';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

const cdnow = readCdnowSpendSummary();
const frequency = column(...cdnow.frequency);
const monetary = column(...cdnow.monetary);

describe('GAMMAGAMMA_FIT', () => {
  it('gives the published CDNOW parameters, with the correlation the model assumes weak', () => {
    const [heading, values] = GAMMAGAMMA_FIT(frequency, monetary) as [string[], number[]];
    expect(heading).toEqual([
      'p',
      'q',
      'γ',
      'Log-likelihood',
      'Customers',
      'Frequency–spend correlation',
      'Prior weight',
    ]);
    const [p, q, gamma, , customers, correlation] = values;
    expect(p).toBeCloseTo(6.25, 1);
    expect(Math.abs((p as number) - 6.25)).toBeLessThan(0.01);
    expect(Math.abs((q as number) - 3.74)).toBeLessThan(0.01);
    expect(Math.abs((gamma as number) - 15.44)).toBeLessThan(0.01);
    expect(customers).toBe(946);
    expect(correlation).toBeCloseTo(0.1139, 4);
  });

  it('fits the same from the order log in one formula, BTYD_SUMMARY nested', () => {
    const log = readCdnowSample();
    const summary = BTYD_SUMMARY(
      log.customerKeys.map((id) => [id]),
      log.days.map((day) => [formatCivilDay(day)]),
      log.amounts.map((amount) => [amount]),
      '1997-09-30',
      'weeks',
    );
    const [, [p, q, gamma]] = GAMMAGAMMA_FIT(summary, '', '中文') as [string[], number[]];
    expect([p, q, gamma].map((v) => Math.round((v as number) * 10) / 10)).toEqual([6.2, 3.7, 15.4]);
  });

  it('says plainly when there are too few repeat buyers', () => {
    expect(thrownMessage(() => GAMMAGAMMA_FIT(column(1, 2, 0), column(10, 20, '')))).toBe(
      'GAMMAGAMMA_FIT: only 2 customers bought more than once; the Gamma-Gamma model needs at least 3 to give trustworthy numbers.',
    );
  });

  it('answers a few repeat buyers, saying the answer leans on the prior', () => {
    const table = GAMMAGAMMA_FIT(column(1, 2, 1, 3, 0), column(10, 20, 14, 12, ''));
    expect(table).toHaveLength(3);
    expect(table[1]?.[6]).toBeGreaterThan(0.05);
    expect(table[2]?.[0]).toMatch(/leans on a weakly informative prior/);
  });
});

describe('EXPECTED_SPEND', () => {
  it('shrinks each mean spend toward the population mean, more for fewer purchases', () => {
    const spend = firstCells(EXPECTED_SPEND(frequency, monetary)) as number[];
    const populationMean = (6.2488 * 15.4477) / (3.7446 - 1);
    // ID 4 of CDNOW has no repeat purchase: it gets the population mean
    expect(spend[3]).toBeCloseTo(populationMean, 1);
    const first = cdnow.monetary[0] as number;
    expect(spend[0]).toBeGreaterThan(Math.min(first, populationMean));
    expect(spend[0]).toBeLessThan(Math.max(first, populationMean));
  });

  it('refuses when spend grows with the number of purchases', () => {
    const x = Array.from({ length: 40 }, (_, i) => 1 + (i % 8));
    const m = x.map((n, i) => 10 * n + (i % 3));
    expect(thrownMessage(() => EXPECTED_SPEND(column(...x), column(...m)))).toMatch(
      /^EXPECTED_SPEND: spend per purchase and the number of purchases are correlated \(r = 1\.00\); the Gamma-Gamma spend model assumes they are not/,
    );
  });

  it('names the cell of a repeat buyer with a negative spend', () => {
    expect(thrownMessage(() => EXPECTED_SPEND(column(1, 2), column(10, -5)))).toBe(
      'EXPECTED_SPEND: monetary, row 2: -5 is negative; it must be 0 or more.',
    );
  });

  it('learns nothing from a repeat buyer whose repeat purchases were all free: the mean of all', () => {
    const free = [...cdnow.monetary];
    free[0] = 0; // customer 1: x = 2
    const spend = firstCells(EXPECTED_SPEND(frequency, column(...free))) as number[];
    expect(spend[0]).toBe(spend[3]);
    const [, fit] = GAMMAGAMMA_FIT(frequency, column(...free)) as [string[], number[]];
    expect(fit[4]).toBe(945);
  });
});
