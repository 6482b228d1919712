/**
 * This file defines the tests of the backtest and of the churn bands it checks: on CDNOW (the
 * models fitted on the first 39 weeks, then who bought in the next 39), on a log simulated from
 * the model itself and on Online Retail (its first nine months against its last three), the share
 * who bought again falls from band to band; the probability of buying again ranks who buys again
 * (AUC > 0.7) where P(alive) does not; and the counts match a recount made here from the raw log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulateCustomers, simulatedLog } from '../../../dev/btyd-simulation';
import { parseCsv } from '../../../dev/csv';
import { backtest } from '../../../src/core/btyd/backtest';
import { probabilityAlive } from '../../../src/core/btyd/bgnbd-prediction';
import { summarizePurchases } from '../../../src/core/btyd/purchase-summary';
import { civilDayFromDate } from '../../../src/core/civil-day';
import { CHURN_RISKS } from '../../../src/core/labels';
import { CDNOW_CALIBRATION_END, readCdnowSample } from '../../helpers/cdnow';

/** The area under the ROC curve of a score for a yes/no outcome, ties counted half. */
function areaUnderCurve(score: readonly number[], outcome: readonly boolean[]): number {
  let positives = 0;
  let wins = 0;
  const negatives: number[] = [];
  score.forEach((s, i) => {
    if (!outcome[i]) negatives.push(s);
  });
  negatives.sort((a, b) => a - b);
  const below = (s: number) => {
    let lo = 0;
    let hi = negatives.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((negatives[mid] as number) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  score.forEach((s, i) => {
    if (!outcome[i]) return;
    positives++;
    const less = below(s);
    let equal = 0;
    for (let k = less; k < negatives.length && negatives[k] === s; k++) equal++;
    wins += less + equal / 2;
  });
  return wins / (positives * negatives.length);
}

/** The shares who bought again per band, from the first band to the last. */
function sharesOf(result: ReturnType<typeof backtest>): number[] {
  return CHURN_RISKS.map((band) => result.bands[band].boughtAgainShare);
}

function strictlyFalling(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v < (values[i - 1] as number));
}

/** Purchase days after `end` per customer, recounted from the raw log (no day nets below 0 here). */
function recount(log: { customerKeys: readonly unknown[]; days: readonly number[] }, end: number) {
  const days = new Map<unknown, Set<number>>();
  log.customerKeys.forEach((key, i) => {
    const day = log.days[i] as number;
    if (!days.has(key)) days.set(key, new Set());
    if (day > end) days.get(key)?.add(day);
  });
  return days;
}

describe('backtest on CDNOW: fitted on 39 weeks, checked on the next 39', () => {
  const log = readCdnowSample();
  const result = backtest(log, CDNOW_CALIBRATION_END, 'weeks');
  const boughtAgain = result.customers.actual.map((count) => count > 0);

  it('counts what happened as a recount of the raw log does', () => {
    const after = recount(log, CDNOW_CALIBRATION_END);
    let purchases = 0;
    let buyers = 0;
    for (const days of after.values()) {
      purchases += days.size;
      if (days.size > 0) buyers++;
    }
    expect(result.horizon).toBe(39);
    expect(result.total.customers).toBe(2357);
    expect(result.total.actualPurchases).toBe(purchases);
    expect(result.total.boughtAgainShare).toBeCloseTo(buyers / 2357, 12);
    const bandTotal = CHURN_RISKS.reduce((n, band) => n + result.bands[band].customers, 0);
    const decileTotal = result.deciles.reduce((n, row) => n + row.actualPurchases, 0);
    expect(bandTotal).toBe(2357);
    expect(decileTotal).toBe(purchases);
    expect(result.deciles.map((row) => row.customers)).toEqual([
      236, 235, 236, 236, 236, 235, 236, 236, 235, 236,
    ]);
  });

  it('orders the churn bands: the share who bought again falls from Active to Likely churned', () => {
    const shares = sharesOf(result);
    expect(strictlyFalling(shares)).toBe(true);
    // and each band's prediction is near what happened
    for (const band of CHURN_RISKS) {
      const { predictedShare, boughtAgainShare } = result.bands[band];
      expect(Math.abs(predictedShare - boughtAgainShare)).toBeLessThan(0.12);
    }
  });

  it('ranks who buys again by the probability of buying again (AUC > 0.7)', () => {
    expect(areaUnderCurve(result.customers.probability, boughtAgain)).toBeGreaterThan(0.7);
  });

  it('would not have ordered the old bands, P(alive) at 0.7 and 0.3 (the check can fail)', () => {
    const summary = summarizePurchases(log, {
      period: 'weeks',
      calibrationEnd: CDNOW_CALIBRATION_END,
    });
    const alive = summary.frequency.map((x, i) =>
      probabilityAlive(
        result.fit.parameters,
        x,
        summary.recency[i] as number,
        summary.T[i] as number,
      ),
    );
    const bandOf = (p: number) => (p >= 0.7 ? 0 : p >= 0.3 ? 1 : 2);
    const shares = [0, 1, 2].map((band) => {
      const members = alive.flatMap((p, i) => (bandOf(p) === band ? [i] : []));
      return members.filter((i) => boughtAgain[i]).length / members.length;
    });
    expect(strictlyFalling(shares)).toBe(false);
    expect(areaUnderCurve(alive, boughtAgain)).toBeLessThan(0.5);
  });
});

describe('backtest on a log simulated from BG/NBD with the CDNOW parameters', () => {
  const options = { customers: 5000, longestT: 78, entrySpan: 12, seed: 2, daysPerUnit: 7 };
  const customers = simulateCustomers({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, options);
  const result = backtest(simulatedLog(customers, options), 39 * 7 - 1, 'weeks');

  it('orders the bands, each predicted share within 0.03 of what happened', () => {
    expect(strictlyFalling(sharesOf(result))).toBe(true);
    for (const band of CHURN_RISKS) {
      const { predictedShare, boughtAgainShare } = result.bands[band];
      expect(Math.abs(predictedShare - boughtAgainShare)).toBeLessThan(0.03);
    }
    expect(result.total.predictedPurchases / result.total.actualPurchases).toBeCloseTo(1, 1);
  });
});

/** The shared data set, beside the repository or beside the worktrees' folder. */
const ONLINE_RETAIL =
  ['../../../../shared/data/', '../../../../../shared/data/']
    .map((folder) =>
      fileURLToPath(new URL(`${folder}online_retail_customers_mod10.csv`, import.meta.url)),
    )
    .find(existsSync) ?? '';

describe.skipIf(ONLINE_RETAIL === '')('backtest on Online Retail (shared data)', () => {
  it('orders the bands: the first nine months against the last three', () => {
    const [, ...rows] = parseCsv(readFileSync(ONLINE_RETAIL, 'utf8'));
    const log = { customerKeys: [] as string[], days: [] as number[], amounts: [] as number[] };
    for (const row of rows) {
      const [, , , quantity, date = '', price, customer] = row;
      if (!customer) continue;
      log.customerKeys.push(customer);
      log.days.push(
        civilDayFromDate(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10)) as number,
      );
      log.amounts.push(Number(quantity) * Number(price));
    }
    const result = backtest(log, (civilDayFromDate(2011, 9, 1) as number) - 1, 'weeks');
    expect(strictlyFalling(sharesOf(result))).toBe(true);
    expect(result.fit.leansOnPrior).toBe(true);
  });
});

describe('backtest on a hand-counted log', () => {
  // days: calibration to day 20 included; after it, to day 40
  const log = {
    customerKeys: ['a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'd', 'd', 'd', 'e', 'e', 'f', 'g', 'g'],
    days: [0, 5, 10, 2, 30, 30, 1, 25, 3, 8, 35, 4, 15, 21, 6, 40],
    amounts: [5, 5, 5, 5, 5, 7, 5, -9, 5, 5, 5, 5, 5, 5, 5, 5],
  };
  const result = backtest(log, 20, 'days');

  it('counts purchase days after the split per customer: same day once, returns not, late customers out', () => {
    // a 0, b 1 (two rows on day 30), c 0 (day 25 only a return), d 1, e 0, g 1; f first buys after
    expect(result.horizon).toBe(20);
    expect(result.customers.actual).toEqual([0, 1, 0, 1, 0, 1]);
    expect(result.total).toMatchObject({ customers: 6, actualPurchases: 3, boughtAgainShare: 0.5 });
    const expectedSum = result.customers.expected.reduce((s, v) => s + v, 0);
    expect(result.total.predictedPurchases).toBeCloseTo(expectedSum, 12);
    // 6 customers in tenths: rounded cuts 0, 1, 1, 2, 2, 3, 4, 4, 5, 5, 6
    expect(result.deciles.map((row) => row.customers)).toEqual([1, 0, 1, 0, 1, 1, 0, 1, 0, 1]);
  });
});
