/**
 * This file defines the type-7 sample quantile: the spreadsheet's PERCENTILE.INC, R's default
 * `quantile()` and numpy's default `percentile`. The order statistics it needs are found by
 * selection, in linear time, instead of sorting all values: scoring needs only a few of them.
 */
import { selectRanks } from './select';

/**
 * The type-7 quantile of values, in any order.
 *
 * Interpolates between the order statistics at `h = (n − 1)·p`, as `lo + w·(hi − lo)` so that
 * equal neighbours give that value exactly, with no rounding drift.
 *
 * @param probability between 0 and 1 inclusive
 * @throws {RangeError} when there are no values or `probability` is outside 0..1
 * @example quantile([4, 1, 3, 2], 0.5) //=> 2.5
 */
export function quantile(values: ArrayLike<number>, probability: number): number {
  if (values.length === 0) throw new RangeError('quantile requires at least one value');
  if (!(probability >= 0 && probability <= 1)) {
    throw new RangeError('quantile requires a probability between 0 and 1');
  }
  return atPositions(values, [(values.length - 1) * probability])[0] as number;
}

/**
 * The type-7 quantiles at k/parts for k = 1..parts−1: the breaks that cut values into `parts`
 * groups of (nearly) equal size. The position (n − 1)·k/parts is computed from integers first,
 * so it is exact whenever it is whole.
 *
 * @throws {RangeError} when there are no values or `parts` is not a whole number ≥ 2
 * @example equalShareBreaks([5, 1, 4, 2, 3], 4) //=> [2, 3, 4]
 */
export function equalShareBreaks(values: ArrayLike<number>, parts: number): number[] {
  if (values.length === 0) throw new RangeError('equalShareBreaks requires at least one value');
  if (!Number.isInteger(parts) || parts < 2) {
    throw new RangeError('equalShareBreaks requires a whole number of parts, at least 2');
  }
  const positions = Array.from(
    { length: parts - 1 },
    (_, k) => ((values.length - 1) * (k + 1)) / parts,
  );
  return atPositions(values, positions);
}

/** Interpolated order statistics at fractional 0-based positions, from a copy of the values. */
function atPositions(values: ArrayLike<number>, positions: readonly number[]): number[] {
  const copy = Float64Array.from(values);
  const ranks = new Set<number>();
  for (const position of positions) {
    const lower = Math.floor(position);
    ranks.add(lower);
    if (position > lower) ranks.add(lower + 1);
  }
  selectRanks(copy, [...ranks]);
  return positions.map((position) => {
    const lower = Math.floor(position);
    const low = copy[lower] as number;
    const weight = position - lower;
    return weight === 0 ? low : low + weight * ((copy[lower + 1] as number) - low);
  });
}
