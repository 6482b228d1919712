/**
 * This file defines a customer's predicted lifetime value over the next periods by the BG/NBD
 * model, as lifetimes' `customer_lifetime_value`: each period's expected purchases times the
 * expected spend per purchase, discounted to today.
 */
import type { BgNbdParameters } from './bgnbd-likelihood';
import { expectedPurchases } from './bgnbd-prediction';
import type { RepeatHistory } from './history';

/**
 * Σ_{i=1..periods} (E[X(i)] − E[X(i − 1)]) · spendPerPurchase / (1 + discountRate)^i, where
 * E[X(i)] is the expected number of purchases in the next i time units of a customer with history
 * (x, t_x, T) (FHL 2005 eq. 10). A period is one time unit of the history (weeks for weeks).
 *
 * @param parameters a BG/NBD fit's r, α, a, b
 * @param spendPerPurchase expected spend per purchase, ≥ 0 (e.g. the Gamma-Gamma model's)
 * @param periods how many periods ahead, a whole number ≥ 1
 * @param discountRate per period, above −1 (0.01 for 1 %)
 * @throws {RangeError} when periods is not a whole number ≥ 1, the rate is −1 or less, the spend
 * is negative or not finite, or the parameters or (x, t_x, T) are invalid
 * @example Math.round(predictedValue({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86, 35, 52, 0) * 1e6) / 1e6 //=> 54.555228
 */
export function predictedValue(
  parameters: BgNbdParameters,
  frequency: number,
  recency: number,
  T: number,
  spendPerPurchase: number,
  periods: number,
  discountRate: number,
): number {
  if (!(Number.isInteger(periods) && periods >= 1))
    throw new RangeError(
      `predictedValue requires a whole number of periods from 1, not ${periods}`,
    );
  if (!(discountRate > -1 && Number.isFinite(discountRate)))
    throw new RangeError(
      `predictedValue requires a finite discount rate above -1, not ${discountRate}`,
    );
  if (!(spendPerPurchase >= 0 && Number.isFinite(spendPerPurchase)))
    throw new RangeError(
      `predictedValue requires a finite spend per purchase of 0 or more, not ${spendPerPurchase}`,
    );
  let value = 0;
  let purchasesSoFar = 0;
  for (let i = 1; i <= periods; i++) {
    const purchases = expectedPurchases(parameters, i, frequency, recency, T);
    value += ((purchases - purchasesSoFar) * spendPerPurchase) / (1 + discountRate) ** i;
    purchasesSoFar = purchases;
  }
  return value;
}

/**
 * predictedValue of every customer of a history, each with their own spend per purchase. The
 * value is the spend times a discounted sum that depends only on (x, t_x, T), so that sum is
 * worked out once for all the customers who share it.
 *
 * @throws {RangeError} as predictedValue, and when the columns differ in length
 * @example predictedValues({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: [2, 2], recency: [30.43, 30.43], T: [38.86, 38.86] }, [35, 70], 52, 0).map((v) => Math.round(v * 1e6) / 1e6) //=> [54.555228, 109.110456]
 */
export function predictedValues(
  parameters: BgNbdParameters,
  history: RepeatHistory,
  spendPerPurchase: ArrayLike<number>,
  periods: number,
  discountRate: number,
): number[] {
  const { frequency, recency, T } = history;
  if (
    recency.length !== frequency.length ||
    T.length !== frequency.length ||
    spendPerPurchase.length !== frequency.length
  )
    throw new RangeError('predictedValues requires columns of equal length');
  const valuePerSpend = new Map<string, number>();
  return Array.from(frequency, (x, i) => {
    const tx = recency[i] as number;
    const age = T[i] as number;
    const pattern = `${x} ${tx} ${age}`;
    let perSpend = valuePerSpend.get(pattern);
    if (perSpend === undefined) {
      perSpend = predictedValue(parameters, x, tx, age, 1, periods, discountRate);
      valuePerSpend.set(pattern, perSpend);
    }
    const spend = spendPerPurchase[i] as number;
    if (!(spend >= 0 && Number.isFinite(spend)))
      throw new RangeError(
        `predictedValues requires a finite spend per purchase of 0 or more, not ${spend}`,
      );
    return perSpend * spend;
  });
}
