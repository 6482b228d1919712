/**
 * This file defines the checks every buy-till-you-die function makes of its customers' repeat
 * histories: whole, non-negative frequencies, 0 ≤ recency ≤ T, T > 0, and recency 0 without a
 * repeat purchase, all finite.
 */
import type { RepeatHistory } from './history';

/**
 * Checks one customer's (x, t_x, T).
 *
 * @param caller the function named in the error message
 * @param customer the customer's index, named in the error message when given
 * @throws {RangeError} when x is not a whole number ≥ 0, t_x is outside [0, T], T is not above 0,
 * t_x is not 0 when x is 0, or any is not finite
 * @example checkRepeatCustomer('probabilityAlive', 2, 30.43, 38.86) //=> undefined
 */
export function checkRepeatCustomer(
  caller: string,
  frequency: number,
  recency: number,
  T: number,
  customer?: number,
): void {
  const fail = (requirement: string) =>
    new RangeError(
      `${caller} requires ${requirement}${customer === undefined ? '' : ` (customer ${customer})`}`,
    );
  if (!(Number.isInteger(frequency) && frequency >= 0))
    throw fail(`a whole frequency of 0 or more, not ${frequency}`);
  if (!(Number.isFinite(T) && T > 0)) throw fail(`a finite T above 0, not ${T}`);
  if (!(recency >= 0 && recency <= T)) throw fail(`a recency from 0 to T (${T}), not ${recency}`);
  if (frequency === 0 && recency !== 0)
    throw fail(`recency 0 without a repeat purchase, not ${recency}`);
}

/**
 * Checks every customer of a repeat history, and that its columns have the same length.
 *
 * @param caller the function named in the error message
 * @throws {RangeError} when the lengths differ or a customer fails `checkRepeatCustomer`
 * @example checkRepeatHistory('fitBgNbd', { frequency: [0, 1], recency: [0, 2], T: [5, 5] }) //=> undefined
 */
export function checkRepeatHistory(caller: string, history: RepeatHistory): void {
  const { frequency, recency, T } = history;
  if (recency.length !== frequency.length || T.length !== frequency.length)
    throw new RangeError(`${caller} requires as many recencies and T as frequencies`);
  for (let i = 0; i < frequency.length; i++)
    checkRepeatCustomer(caller, frequency[i] as number, recency[i] as number, T[i] as number, i);
}
