/**
 * This file defines the correctly rounded sum of doubles (Shewchuk's algorithm, as Python's
 * `math.fsum`): an independent reference for the add-on's compensated sums of money.
 */

/** The exact sum of the values, rounded once to the nearest double. */
export function correctlyRoundedSum(values: Iterable<number>): number {
  const partials: number[] = [];
  for (let x of values) {
    let kept = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const high = x + y;
      const low = y - (high - x);
      if (low !== 0) partials[kept++] = low;
      x = high;
    }
    partials.length = kept;
    partials.push(x);
  }
  let n = partials.length;
  if (n === 0) return 0;
  let high = partials[--n] as number;
  let low = 0;
  while (n > 0) {
    const x = high;
    const y = partials[--n] as number;
    high = x + y;
    low = y - (high - x);
    if (low !== 0) break;
  }
  // a tie in the last step rounds by the sign of what lies below it (half-even correction)
  const below = partials[n - 1];
  if (n > 0 && below !== undefined && ((low < 0 && below < 0) || (low > 0 && below > 0))) {
    const y = low * 2;
    const x = high + y;
    if (y === x - high) high = x;
  }
  return high;
}
