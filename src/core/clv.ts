/**
 * This file defines customer lifetime value by the articles' formula (docs/domain.md §5):
 * CLV = Σ_{t=0..T} (R_t − C_t) / (1 + d)^t.
 */
import { RunningSum } from './sum';

/**
 * The discounted sum of margins over periods t = 0..T.
 *
 * @param revenues revenue per period, t = 0 first
 * @param costs cost per period, as many as revenues
 * @param discountRate per period, above −1 (0.1 for 10 %)
 * @throws {RangeError} when the lengths differ or the rate is −1 or less
 * @example customerLifetimeValue([100, 100], [20, 20], 0.1) //=> 152.72727272727272
 */
export function customerLifetimeValue(
  revenues: readonly number[],
  costs: readonly number[],
  discountRate: number,
): number {
  if (revenues.length !== costs.length)
    throw new RangeError('customerLifetimeValue requires as many costs as revenues');
  if (!(discountRate > -1))
    throw new RangeError('customerLifetimeValue requires a discount rate above -1');
  const value = new RunningSum();
  let discount = 1;
  for (let t = 0; t < revenues.length; t++) {
    value.add(((revenues[t] as number) - (costs[t] as number)) / discount);
    discount *= 1 + discountRate;
  }
  return value.value;
}
