/**
 * This file defines ABC (Pareto) classes by revenue (docs/domain.md §4): customers sorted by money
 * spent, descending, are A while the revenue share before them is below `aShare`, B while below
 * `bShare`, else C.
 */
import { OPTIONS } from './option-registry';
import { RunningSum, sum } from './sum';

export type AbcClass = 'A' | 'B' | 'C';

export interface AbcOptions {
  /** Share of revenue the A class covers (default DEFAULT_A_SHARE). */
  readonly aShare?: number;
  /** Share of revenue A and B cover together (default DEFAULT_B_SHARE). */
  readonly bShare?: number;
}

export const DEFAULT_A_SHARE: number = OPTIONS.aShare.default;
export const DEFAULT_B_SHARE: number = OPTIONS.bShare.default;

/**
 * The ABC class of every customer. Customers who spent the same get the same class (the class
 * of the first of them in the ranking), so row order never matters; customers who spent
 * nothing or less are C.
 *
 * @throws {RangeError} unless 0 < aShare ≤ bShare ≤ 1
 * @example abcClasses([500, 300, 100, 60, 40]) //=> ['A', 'A', 'B', 'B', 'C']
 */
export function abcClasses(monetary: readonly number[], options: AbcOptions = {}): AbcClass[] {
  const aShare = options.aShare ?? DEFAULT_A_SHARE;
  const bShare = options.bShare ?? DEFAULT_B_SHARE;
  if (!(aShare > 0 && aShare <= bShare && bShare <= 1)) {
    throw new RangeError('abcClasses requires 0 < aShare ≤ bShare ≤ 1');
  }
  const total = sum(monetary.filter((value) => value > 0));
  const order = monetary
    .map((_, i) => i)
    .sort((a, b) => (monetary[b] as number) - (monetary[a] as number));
  const classes: AbcClass[] = new Array(monetary.length);
  const before = new RunningSum();
  let previous: { value: number; abc: AbcClass } | undefined;
  for (const index of order) {
    const value = monetary[index] as number;
    let abc: AbcClass;
    if (value <= 0) abc = 'C';
    else if (previous && previous.value === value) abc = previous.abc;
    else {
      const shareBefore = before.value / total;
      abc = shareBefore < aShare ? 'A' : shareBefore < bShare ? 'B' : 'C';
    }
    classes[index] = abc;
    previous = { value, abc };
    before.add(value);
  }
  return classes;
}
