/**
 * This file defines quantile scoring (domain.md §3): scores 1..bins cut at the type-7 quantiles
 * k/bins, where equal values always get equal scores.
 */
import { equalShareBreaks } from './quantile';

/** Which end of the scale is best: more orders and money score high, fewer days score high. */
export type ScoreDirection = 'higher-is-better' | 'lower-is-better';

export const MIN_BINS = 2;
export const MAX_BINS = 9;
/** The score of a customer a measure does not apply to: a prospect has no purchase to score. */
export const NO_SCORE = 0;

/**
 * The score every customer gets on a measure without spread (one customer, or all equal): the
 * middle of the scale, rounded up, since equal customers are neither the best nor the worst.
 *
 * @example middleScore(5) //=> 3
 * @example middleScore(4) //=> 3
 */
export function middleScore(bins: number): number {
  return Math.ceil((bins + 1) / 2);
}

/**
 * The breaks for scoring values into `bins` scores: the type-7 quantiles at k/bins.
 *
 * @throws {RangeError} when there are no values or `bins` is not a whole number in 2..9
 * @example scoreBreaks([1, 2, 3, 4, 5], 4) //=> [2, 3, 4]
 */
export function scoreBreaks(values: ArrayLike<number>, bins: number): number[] {
  assertBins('scoreBreaks', bins);
  if (values.length === 0) throw new RangeError('scoreBreaks requires at least one value');
  return equalShareBreaks(values, bins);
}

/** @throws {RangeError} unless `bins` is a whole number in 2..9 */
export function assertBins(functionName: string, bins: number): void {
  if (!Number.isInteger(bins) || bins < MIN_BINS || bins > MAX_BINS) {
    throw new RangeError(`${functionName} requires bins between ${MIN_BINS} and ${MAX_BINS}`);
  }
}

/**
 * The score of one value against breaks: 1 + the breaks strictly below it (higher is better),
 * or 1 + the breaks strictly above it (lower is better).
 *
 * @example scoreByBreaks(3, [2, 3, 4], 'higher-is-better') //=> 2
 * @example scoreByBreaks(3, [2, 3, 4], 'lower-is-better') //=> 2
 */
export function scoreByBreaks(
  value: number,
  breaks: readonly number[],
  direction: ScoreDirection,
): number {
  let score = 1;
  if (direction === 'higher-is-better') {
    for (const cut of breaks) if (cut < value) score++;
  } else {
    for (const cut of breaks) if (cut > value) score++;
  }
  return score;
}
