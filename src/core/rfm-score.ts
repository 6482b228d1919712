/**
 * This file defines RFM scoring of customers (docs/domain.md §3): R, F and M scores 1..bins and the
 * RFM code 100·R + 10·F + M, each measure cut at its quantiles or at the user's own breaks. A
 * prospect (no purchase yet) has nothing to score: scores 0, code 0, and no part in any measure's
 * breaks, so that prospects never shift the buyers' scores.
 */
import type { Measure, MeasureBreaks } from './measure-breaks';
import {
  assertBins,
  assertBreaks,
  DEFAULT_BINS,
  middleScore,
  NO_SCORE,
  type ScoreDirection,
  scoreBreaks,
  scoreByBreaks,
  upperHalfTieFloors,
} from './score';

/** One column per measure, one entry per customer. */
export interface CustomerMeasures {
  /** Whole days since the last purchase; `null` for a customer who never bought. */
  readonly recencyDays: readonly (number | null)[];
  /** Number of orders; 0 makes the customer a prospect, whatever the other measures say. */
  readonly frequency: readonly number[];
  /** Money spent, net of returns. */
  readonly monetary: readonly number[];
}

export interface RfmScores {
  readonly recency: Uint8Array;
  readonly frequency: Uint8Array;
  readonly monetary: Uint8Array;
  /** 100·R + 10·F + M, e.g. 545; 0 for a prospect. */
  readonly codes: Uint16Array;
  /** How many score levels each measure has: its scores run 1..levels, `levels` best. */
  readonly levels: ScoreLevels;
}

/** The number of score levels of each measure. */
export type ScoreLevels = Readonly<Record<Measure, number>>;

/** The RFM code of a prospect, whose scores are all NO_SCORE. */
export const PROSPECT_CODE = 0;

export interface RfmScoreOptions {
  /** How many scores per measure cut at quantiles, MIN_BINS..MAX_BINS (default DEFAULT_BINS). */
  readonly bins?: number;
  /**
   * A measure's own breaks, ascending, instead of its quantiles: k breaks score it 1..k + 1,
   * whatever `bins` says (see `breaksProblem` for the rule they must meet).
   */
  readonly breaks?: MeasureBreaks;
}

/**
 * The number of score levels of each measure: one more than its own breaks, else `bins`.
 *
 * @example scoreLevels({ bins: 3, breaks: { recency: [30, 90, 180, 365] } }) //=> { recency: 5, frequency: 3, monetary: 3 }
 */
export function scoreLevels(options: RfmScoreOptions = {}): ScoreLevels {
  const bins = options.bins ?? DEFAULT_BINS;
  const of = (measure: Measure) => {
    const breaks = options.breaks?.[measure];
    return breaks ? breaks.length + 1 : bins;
  };
  return { recency: of('recency'), frequency: of('frequency'), monetary: of('monetary') };
}

/**
 * Scores every customer on recency, frequency and monetary value. A measure on which all buyers
 * are equal (one buyer, or identical values) has no spread: everyone gets the middle score. A
 * tie group in the upper half scores at least its average rank's score, up to the middle
 * (`upperHalfTieFloors`): 8 of 9 customers who bought on the last day are R = 3, not 1.
 * A measure with its own breaks is scored by them alone (`scoreByBreaks`): they are fixed
 * thresholds, so neither the spread nor ties among the customers change a score.
 *
 * @throws {RangeError} when the columns differ in length, bins is out of MIN_BINS..MAX_BINS, a
 *   measure's breaks break the registry's rule, or a buyer has no recency
 * @example rfmScores({ recencyDays: [1, 30], frequency: [5, 1], monetary: [500, 20] }, { bins: 2 }).codes //=> Uint16Array.of(222, 111)
 */
export function rfmScores(measures: CustomerMeasures, options: RfmScoreOptions = {}): RfmScores {
  const bins = options.bins ?? DEFAULT_BINS;
  assertBins('rfmScores', bins);
  const count = measures.frequency.length;
  if (measures.recencyDays.length !== count || measures.monetary.length !== count) {
    throw new RangeError('rfmScores requires columns of equal length');
  }
  for (const breaks of Object.values(options.breaks ?? {}))
    if (breaks) assertBreaks('rfmScores', breaks);
  const isBuyer = measures.frequency.map(isBuyerFrequency);
  const column = (
    values: readonly (number | null)[],
    measure: Measure,
    direction: ScoreDirection,
  ) => {
    const breaks = options.breaks?.[measure];
    return breaks
      ? scoreColumnByBreaks(values, isBuyer, breaks, direction)
      : scoreColumn(values, isBuyer, bins, direction);
  };
  const recency = column(measures.recencyDays, 'recency', 'lower-is-better');
  const frequency = column(measures.frequency, 'frequency', 'higher-is-better');
  const monetary = column(measures.monetary, 'monetary', 'higher-is-better');
  const codes = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    codes[i] =
      100 * (recency[i] as number) + 10 * (frequency[i] as number) + (monetary[i] as number);
  }
  return { recency, frequency, monetary, codes, levels: scoreLevels(options) };
}

/** Whether a frequency makes a buyer: anything but 0 orders. */
export function isBuyerFrequency(orders: number): boolean {
  return orders !== 0;
}

/** Scores one measure of the buyers at the user's own breaks; prospects score NO_SCORE. */
function scoreColumnByBreaks(
  values: readonly (number | null)[],
  isBuyer: readonly boolean[],
  breaks: readonly number[],
  direction: ScoreDirection,
): Uint8Array {
  const scores = new Uint8Array(values.length).fill(NO_SCORE);
  for (let i = 0; i < values.length; i++) {
    if (!isBuyer[i]) continue;
    const value = values[i];
    if (value === null || value === undefined)
      throw new RangeError('rfmScores requires recency for every buyer');
    scores[i] = scoreByBreaks(value, breaks, direction);
  }
  return scores;
}

/** Scores one measure over the buyers at their quantiles; prospects score NO_SCORE. */
function scoreColumn(
  values: readonly (number | null)[],
  isBuyer: readonly boolean[],
  bins: number,
  direction: ScoreDirection,
): Uint8Array {
  const scores = new Uint8Array(values.length).fill(NO_SCORE);
  const known = new Float64Array(values.length);
  let count = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (!isBuyer[i]) continue;
    const value = values[i];
    if (value === null || value === undefined)
      throw new RangeError('rfmScores requires recency for every buyer');
    known[count++] = value;
    if (value < lowest) lowest = value;
    if (value > highest) highest = value;
  }
  if (count === 0) return scores;
  if (lowest === highest) {
    const middle = middleScore(bins);
    for (let i = 0; i < values.length; i++) if (isBuyer[i]) scores[i] = middle;
    return scores;
  }
  const buyers = known.subarray(0, count);
  const breaks = scoreBreaks(buyers, bins);
  const floors = upperHalfTieFloors(buyers, breaks, bins, direction);
  for (let i = 0; i < values.length; i++) {
    if (!isBuyer[i]) continue;
    const value = values[i] as number;
    let score = scoreByBreaks(value, breaks, direction);
    for (const floor of floors)
      if (floor.value === value && floor.score > score) score = floor.score;
    scores[i] = score;
  }
  return scores;
}
