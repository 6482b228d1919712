/**
 * This file defines selection (Hoare's quickselect with a median-of-three pivot): putting the
 * k-th smallest value at index k, smaller ones before it and larger ones after, in linear
 * expected time. Runs of equal values split evenly, so ties do not slow it down; a range that
 * still resists is sorted instead, which bounds the worst case at n log n.
 */

/**
 * Reorders values so that each of the ranks holds its order statistic.
 * @param ranks 0-based ranks, each below `values.length`
 * @example const v = Float64Array.of(5, 1, 4, 2, 3); selectRanks(v, [1, 3]); [v[1], v[3]] //=> [2, 4]
 */
export function selectRanks(values: Float64Array, ranks: readonly number[]): void {
  selectWithin(
    values,
    [...ranks].sort((a, b) => a - b),
    0,
    values.length - 1,
  );
}

/**
 * Selects the middle one of the sorted ranks, then those below it in the range below it and
 * those above in the range above: each rank searches only between its neighbours, so several
 * ranks cost about as many passes as their count's logarithm, not as their count.
 */
function selectWithin(
  values: Float64Array,
  ranks: readonly number[],
  from: number,
  to: number,
): void {
  if (ranks.length === 0) return;
  const middle = ranks.length >>> 1;
  const rank = ranks[middle] as number;
  selectRank(values, rank, from, to);
  selectWithin(values, ranks.slice(0, middle), from, rank - 1);
  selectWithin(values, ranks.slice(middle + 1), rank + 1, to);
}

function selectRank(values: Float64Array, rank: number, from: number, to: number): void {
  let left = from;
  let right = to;
  let budget = 2 * Math.ceil(Math.log2(to - from + 2)) + 8;
  while (right - left > 16) {
    if (budget-- === 0) break;
    const pivot = medianOfThree(values, left, (left + right) >>> 1, right);
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (rank <= j) right = j;
    else if (rank >= i) left = i;
    else return; // between j and i every value equals the pivot
  }
  values.subarray(left, right + 1).sort();
}

function medianOfThree(values: Float64Array, a: number, b: number, c: number): number {
  const x = values[a] as number;
  const y = values[b] as number;
  const z = values[c] as number;
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}
