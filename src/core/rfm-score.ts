/**
 * This file defines RFM scoring of customers (domain.md §3): R, F and M scores 1..bins and the
 * RFM code 100·R + 10·F + M.
 */
import { assertBins, type ScoreDirection, scoreBreaks, scoreByBreaks } from './score';

/** One column per measure, one entry per customer. */
export interface CustomerMeasures {
  /**
   * Whole days since the last purchase; `null` for a customer who never bought, who then gets
   * the lowest R score and takes no part in the R breaks.
   */
  readonly recencyDays: readonly (number | null)[];
  /** Number of orders (0 for none). */
  readonly frequency: readonly number[];
  /** Money spent, net of returns. */
  readonly monetary: readonly number[];
}

export interface RfmScores {
  readonly recency: Uint8Array;
  readonly frequency: Uint8Array;
  readonly monetary: Uint8Array;
  /** 100·R + 10·F + M, e.g. 545. */
  readonly codes: Uint16Array;
}

export interface RfmScoreOptions {
  /** How many scores per measure, 2..9 (default 5). */
  readonly bins?: number;
}

/**
 * Scores every customer on recency, frequency and monetary value.
 *
 * @throws {RangeError} when the columns differ in length or bins is out of 2..9
 * @example rfmScores({ recencyDays: [1, 30], frequency: [5, 1], monetary: [500, 20] }, { bins: 2 }).codes //=> [222, 111]
 */
export function rfmScores(measures: CustomerMeasures, options: RfmScoreOptions = {}): RfmScores {
  const bins = options.bins ?? 5;
  assertBins('rfmScores', bins);
  const count = measures.frequency.length;
  if (measures.recencyDays.length !== count || measures.monetary.length !== count) {
    throw new RangeError('rfmScores requires columns of equal length');
  }
  const recency = scoreColumn(measures.recencyDays, bins, 'lower-is-better');
  const frequency = scoreColumn(measures.frequency, bins, 'higher-is-better');
  const monetary = scoreColumn(measures.monetary, bins, 'higher-is-better');
  const codes = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    codes[i] =
      100 * (recency[i] as number) + 10 * (frequency[i] as number) + (monetary[i] as number);
  }
  return { recency, frequency, monetary, codes };
}

/** Scores one measure; `null` entries score 1 and take no part in the breaks. */
function scoreColumn(
  values: readonly (number | null)[],
  bins: number,
  direction: ScoreDirection,
): Uint8Array {
  const scores = new Uint8Array(values.length).fill(1);
  const known = new Float64Array(values.length);
  let count = 0;
  for (const value of values) if (value !== null) known[count++] = value;
  if (count === 0) return scores;
  const breaks = scoreBreaks(known.subarray(0, count), bins);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== null && value !== undefined) scores[i] = scoreByBreaks(value, breaks, direction);
  }
  return scores;
}
