/**
 * This file defines the type-7 sample quantile: the spreadsheet's PERCENTILE.INC, R's default
 * `quantile()` and numpy's default `percentile`.
 */

/**
 * The type-7 quantile of values that are already sorted ascending.
 *
 * Interpolates between the order statistics at `h = (n − 1)·p`. Written as `lo + w·(hi − lo)` so
 * that equal neighbours give that value exactly, with no rounding drift.
 *
 * @param sorted values sorted ascending, not empty
 * @param probability between 0 and 1 inclusive
 * @throws {RangeError} when `sorted` is empty or `probability` is outside 0..1
 * @example quantileSorted([1, 2, 3, 4], 0.5) //=> 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, probability: number): number {
  if (sorted.length === 0) throw new RangeError('quantileSorted requires at least one value');
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError('quantileSorted requires a probability between 0 and 1');
  }
  return atPosition(sorted, (sorted.length - 1) * probability);
}

/**
 * The type-7 quantiles at k/parts for k = 1..parts−1: the breaks that cut values into `parts`
 * groups of (nearly) equal size.
 *
 * The position (n − 1)·k/parts is computed from integers first, so it is exact whenever it is
 * whole.
 *
 * @throws {RangeError} when `sorted` is empty or `parts` is not a whole number ≥ 2
 * @example equalShareBreaks([1, 2, 3, 4, 5], 4) //=> [2, 3, 4]
 */
export function equalShareBreaks(sorted: ArrayLike<number>, parts: number): number[] {
  if (sorted.length === 0) throw new RangeError('equalShareBreaks requires at least one value');
  if (!Number.isInteger(parts) || parts < 2) {
    throw new RangeError('equalShareBreaks requires a whole number of parts, at least 2');
  }
  const breaks: number[] = [];
  for (let k = 1; k < parts; k++)
    breaks.push(atPosition(sorted, ((sorted.length - 1) * k) / parts));
  return breaks;
}

/** Sorts a copy ascending; the input is never changed. */
export function sortedAscending(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

function atPosition(sorted: ArrayLike<number>, position: number): number {
  const lowerIndex = Math.floor(position);
  const lower = sorted[lowerIndex] as number;
  const weight = position - lowerIndex;
  if (weight === 0) return lower;
  const upper = sorted[lowerIndex + 1] as number;
  return lower + weight * (upper - lower);
}
