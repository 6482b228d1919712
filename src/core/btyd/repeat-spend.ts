/**
 * This file defines the data the spend models learn from: each repeat buyer's number of repeat
 * purchases and mean spend per repeat purchase. Customers without a repeat purchase tell nothing
 * about spend per purchase (their first purchase is left out of m̄), so they are left out here.
 */
import type { SpendHistory } from './history';

/** Repeat purchases and mean repeat spend per customer (x, m̄); other columns are not needed. */
export type FrequencyAndSpend = Pick<SpendHistory, 'frequency' | 'monetary'>;

/** The repeat buyers' x > 0 and m̄ > 0, in the order given. */
export interface RepeatSpend {
  readonly frequency: number[];
  readonly monetary: number[];
}

/**
 * The customers with a repeat purchase, checked.
 *
 * @param caller names the function that needs them, in error messages
 * @throws {RangeError} when the columns differ in length, a frequency is not a whole number of
 *   0 or more, a mean spend is not finite, or a repeat buyer's mean spend is not positive
 * @example repeatSpend({ frequency: [0, 2, 1], monetary: [0, 12.5, 3] }, 'fitGammaGamma').monetary //=> [12.5, 3]
 */
export function repeatSpend(history: FrequencyAndSpend, caller: string): RepeatSpend {
  const { frequency, monetary } = history;
  if (frequency.length !== monetary.length) {
    throw new RangeError(`${caller} requires frequency and monetary of equal length`);
  }
  const buyers: RepeatSpend = { frequency: [], monetary: [] };
  for (let customer = 0; customer < frequency.length; customer++) {
    const x = frequency[customer] as number;
    const spend = monetary[customer] as number;
    if (!Number.isInteger(x) || x < 0) {
      throw new RangeError(
        `${caller} requires whole repeat purchase counts of 0 or more (customer ${customer})`,
      );
    }
    if (!Number.isFinite(spend)) {
      throw new RangeError(`${caller} requires finite mean spend (customer ${customer})`);
    }
    if (x === 0) continue;
    if (spend <= 0) {
      throw new RangeError(
        `${caller} requires a positive mean spend of every repeat buyer (customer ${customer})`,
      );
    }
    buyers.frequency.push(x);
    buyers.monetary.push(spend);
  }
  return buyers;
}
