/**
 * This file defines compensated (Neumaier) summation: sums of money stay exact for whole numbers
 * and lose no cents to rounding over a million terms.
 */

/** A running compensated sum. */
export class RunningSum {
  private total = 0;
  private compensation = 0;

  add(value: number): void {
    const next = this.total + value;
    this.compensation += roundingError(this.total, value, next);
    this.total = next;
  }

  get value(): number {
    return this.total + this.compensation;
  }
}

/**
 * What floating point lost in `next = total + value` (Neumaier's term): adding these up and
 * then to the total compensates the rounding of a running sum.
 *
 * @example roundingError(1e16, 1, 1e16 + 1) //=> 1
 */
export function roundingError(total: number, value: number, next: number): number {
  return Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
}

/**
 * The sum of the values, compensating for rounding.
 * @example sum([0.1, 0.2, 0.3]) //=> 0.6
 */
export function sum(values: Iterable<number>): number {
  const running = new RunningSum();
  for (const value of values) running.add(value);
  return running.value;
}
