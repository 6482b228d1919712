/**
 * This file defines quantile scoring (docs/domain.md §3): scores 1..bins cut at the type-7 quantiles
 * k/bins, where equal values always get equal scores, and the rule for ties in the upper half
 * (see `upperHalfTieFloors`) that keeps a large group at the best value from scoring as the worst;
 * and scoring at the user's own breaks, which counts breaks the same way.
 */
import { breaksProblem } from './measure-breaks';
import { OPTIONS, RANGES } from './option-registry';
import { equalShareBreaks } from './quantile';

/** Which end of the scale is best: more orders and money score high, fewer days score high. */
export type ScoreDirection = 'higher-is-better' | 'lower-is-better';

/** The scores per measure allowed, and the default (the option registry's). */
export const MIN_BINS: number = RANGES.bins.min;
export const MAX_BINS: number = RANGES.bins.max;
export const DEFAULT_BINS: number = OPTIONS.bins.default;

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
 * @throws {RangeError} when there are no values or `bins` is not a whole number from MIN_BINS to MAX_BINS
 * @example scoreBreaks([1, 2, 3, 4, 5], 4) //=> [2, 3, 4]
 */
export function scoreBreaks(values: ArrayLike<number>, bins: number): number[] {
  assertBins('scoreBreaks', bins);
  if (values.length === 0) throw new RangeError('scoreBreaks requires at least one value');
  return equalShareBreaks(values, bins);
}

/** @throws {RangeError} unless `bins` is a whole number from MIN_BINS to MAX_BINS */
export function assertBins(functionName: string, bins: number): void {
  if (!Number.isInteger(bins) || bins < MIN_BINS || bins > MAX_BINS) {
    throw new RangeError(`${functionName} requires bins between ${MIN_BINS} and ${MAX_BINS}`);
  }
}

/** @throws {RangeError} unless `breaks` meet the registry's rule (`breaksProblem`) */
export function assertBreaks(functionName: string, breaks: readonly number[]): void {
  const problem = breaksProblem(breaks);
  if (problem !== null) {
    throw new RangeError(`${functionName} requires breaks that meet the rule (${problem.kind})`);
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

/** A score that every customer with exactly `value` gets at least (see `upperHalfTieFloors`). */
export interface TieFloor {
  readonly value: number;
  readonly score: number;
}

/**
 * The rule for ties in the upper half. Equal values share the score of the lowest rank they
 * occupy — that is what counting the breaks strictly below (or above) a value does, and what the
 * R `rfm` package does — which is right for a tie at the bottom (customers who bought once are
 * F = 1) but wrong for a large tie at the top: when 8 of 9 customers bought on the last day,
 * every break is 0 days, none is strictly above 0, and the 8 best would score R = 1, "Lost".
 *
 * So a tie group in the upper half — its average rank (Sheets' RANK.AVG, R's
 * `rank(ties = "average")`) at or above the median — scores at least what its average rank
 * would score without ties, up to the middle score. Without ties nothing changes (a value's
 * rank is its average rank), nor below the median, nor where R's rule already gives the middle
 * or more (so the R `rfm` README codes hold). A customer at the best value of a measure, when
 * not everyone is, thus never scores below the middle; when everyone is, all get the middle.
 *
 * Only a break value can be a tie group that gains (a group gains only if a break position lies
 * in its ranks, and then that break equals its value), so this counts, in one pass, the values
 * below and equal to the few break values that score below the middle.
 *
 * @param values the values scored, in any order; `breaks` are their `scoreBreaks`
 * @returns the values whose score is raised, each with the score it is raised to
 * @example upperHalfTieFloors([58, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0], 5, 'lower-is-better') //=> [{ value: 0, score: 3 }]
 */
export function upperHalfTieFloors(
  values: ArrayLike<number>,
  breaks: readonly number[],
  bins: number,
  direction: ScoreDirection,
): TieFloor[] {
  const middle = middleScore(bins);
  const candidates = [...new Set(breaks)].filter(
    (value) => scoreByBreaks(value, breaks, direction) < middle,
  );
  if (candidates.length === 0) return [];
  const below = new Uint32Array(candidates.length);
  const equal = new Uint32Array(candidates.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    for (let j = 0; j < candidates.length; j++) {
      const candidate = candidates[j] as number;
      if (value < candidate) below[j] = (below[j] as number) + 1;
      else if (value === candidate) equal[j] = (equal[j] as number) + 1;
    }
  }
  const floors: TieFloor[] = [];
  candidates.forEach((value, j) => {
    const count = equal[j] as number;
    if (count === 0) return;
    const first = below[j] as number;
    const last = first + count - 1;
    const rankSum = first + last;
    const upperHalf =
      direction === 'higher-is-better'
        ? rankSum >= values.length - 1
        : rankSum <= values.length - 1;
    if (!upperHalf) return;
    const score = Math.min(middle, scoreOfAverageRank(first, last, values.length, bins, direction));
    if (score > scoreByBreaks(value, breaks, direction)) floors.push({ value, score });
  });
  return floors;
}

/**
 * The score of a tie group's average rank as if it were untied: 1 + the break positions
 * (count − 1)·k/bins strictly below the average of its 0-based ascending ranks first..last
 * (higher is better) or strictly above it (lower is better); compared in integers, exactly.
 */
function scoreOfAverageRank(
  first: number,
  last: number,
  count: number,
  bins: number,
  direction: ScoreDirection,
): number {
  let score = 1;
  for (let k = 1; k < bins; k++) {
    const breakTimesTwoBins = 2 * (count - 1) * k;
    const averageTimesTwoBins = (first + last) * bins;
    if (
      direction === 'higher-is-better'
        ? breakTimesTwoBins < averageTimesTwoBins
        : breakTimesTwoBins > averageTimesTwoBins
    ) {
      score++;
    }
  }
  return score;
}
