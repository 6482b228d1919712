/**
 * This file defines a backtest of the purchase predictions on an order log: the BG/NBD model is
 * fitted on the purchases up to a calibration end, each customer's churn risk and expected
 * purchases are predicted for the rest of the log, and the predictions are set beside what the
 * customers then did — per churn band, per decile of expected purchases, and in total.
 */
import { type ChurnRiskThresholds, churnRisk } from '../churn-risk';
import { CHURN_RISKS, type ChurnRisk } from '../labels';
import { type BgNbdFit, fitBgNbd } from './bgnbd';
import { expectedPurchases, probabilityOfPurchase } from './bgnbd-prediction';
import { groupPurchaseDays, type PurchaseLog } from './purchase-days';
import { summarizePurchases } from './purchase-summary';
import { PERIOD_DAYS, type Period } from './summary-columns';

/** A group of customers, what the model predicted for them and what they did. */
export interface BacktestRow {
  readonly customers: number;
  /** The sum of the customers' expected purchases after the calibration end. */
  readonly predictedPurchases: number;
  /** The purchase days they had after the calibration end. */
  readonly actualPurchases: number;
  /** The mean probability of buying again the model gave them. */
  readonly predictedShare: number;
  /** The share of them with a purchase day after the calibration end; 0 for no customers. */
  readonly boughtAgainShare: number;
}

export interface Backtest {
  readonly fit: BgNbdFit;
  /** The holdout's length, from the calibration end to the log's last day, in periods. */
  readonly horizon: number;
  readonly bands: Readonly<Record<ChurnRisk, BacktestRow>>;
  /** Ten groups of customers by expected purchases, the highest first (ties in log order). */
  readonly deciles: readonly BacktestRow[];
  readonly total: BacktestRow;
  /** Each customer's prediction and outcome, in the calibration summary's order. */
  readonly customers: {
    readonly probability: number[];
    readonly expected: number[];
    readonly actual: number[];
  };
}

/**
 * Fits BG/NBD on the purchase days up to `calibrationEnd` (included) and sets the predictions for
 * the days after it, to the log's last day, beside what happened. Customers first seen on or after
 * the calibration end are left out, as BTYD_SUMMARY leaves them out.
 *
 * @throws {RangeError} as summarizePurchases, and when no day of the log follows the calibration end
 * @throws {FitFailure} as fitBgNbd
 */
export function backtest(
  log: PurchaseLog,
  calibrationEnd: number,
  period: Period,
  thresholds: ChurnRiskThresholds = {},
): Backtest {
  let lastDay = -Infinity;
  for (let i = 0; i < log.days.length; i++) lastDay = Math.max(lastDay, log.days[i] as number);
  if (!(lastDay > calibrationEnd))
    throw new RangeError('backtest requires orders after the calibration end');
  const summary = summarizePurchases(log, { period, calibrationEnd });
  const fit = fitBgNbd(summary);
  const horizon = (lastDay - calibrationEnd) / PERIOD_DAYS[period];
  const actualByFirstRow = purchaseDaysAfter(log, calibrationEnd);
  const probability: number[] = [];
  const expected: number[] = [];
  const actual: number[] = [];
  summary.frequency.forEach((x, i) => {
    const tx = summary.recency[i] as number;
    const T = summary.T[i] as number;
    probability.push(probabilityOfPurchase(fit.parameters, horizon, x, tx, T));
    expected.push(expectedPurchases(fit.parameters, horizon, x, tx, T));
    actual.push(actualByFirstRow.get(summary.firstRows[i] as number) ?? 0);
  });
  const row = (members: readonly number[]) => backtestRow(members, probability, expected, actual);
  const inBand = new Map<ChurnRisk, number[]>(CHURN_RISKS.map((band) => [band, []]));
  probability.forEach((p, i) => {
    inBand.get(churnRisk(p, thresholds))?.push(i);
  });
  const ranked = expected
    .map((_, i) => i)
    .sort((i, j) => (expected[j] as number) - (expected[i] as number) || i - j);
  const n = ranked.length;
  return {
    fit,
    horizon,
    bands: Object.fromEntries(
      CHURN_RISKS.map((band) => [band, row(inBand.get(band) ?? [])]),
    ) as Record<ChurnRisk, BacktestRow>,
    deciles: Array.from({ length: 10 }, (_, d) =>
      row(ranked.slice(Math.round((d * n) / 10), Math.round(((d + 1) * n) / 10))),
    ),
    total: row(ranked),
    customers: { probability, expected, actual },
  };
}

/** Purchase days after the calibration end, by the customer's first row in the log. */
function purchaseDaysAfter(log: PurchaseLog, calibrationEnd: number): Map<number, number> {
  const { firstRows, dayStarts, days } = groupPurchaseDays(log);
  const counts = new Map<number, number>();
  firstRows.forEach((firstRow, customer) => {
    let count = 0;
    for (let d = dayStarts[customer] as number; d < (dayStarts[customer + 1] as number); d++)
      if ((days[d] as number) > calibrationEnd) count++;
    counts.set(firstRow, count);
  });
  return counts;
}

function backtestRow(
  members: readonly number[],
  probability: readonly number[],
  expected: readonly number[],
  actual: readonly number[],
): BacktestRow {
  let predictedPurchases = 0;
  let actualPurchases = 0;
  let predictedShare = 0;
  let boughtAgain = 0;
  for (const i of members) {
    predictedPurchases += expected[i] as number;
    actualPurchases += actual[i] as number;
    predictedShare += probability[i] as number;
    if ((actual[i] as number) > 0) boughtAgain++;
  }
  const customers = members.length;
  return {
    customers,
    predictedPurchases,
    actualPurchases,
    predictedShare: customers > 0 ? predictedShare / customers : 0,
    boughtAgainShare: customers > 0 ? boughtAgain / customers : 0,
  };
}
