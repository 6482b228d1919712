/**
 * This file defines the check of the Gamma-Gamma model's key assumption: that how much a
 * customer spends per purchase does not depend on how often they buy. Fader & Hardie (2013)
 * look at the correlation of x and m̄ among repeat buyers (0.11 on CDNOW); when it is strong,
 * expected spend from the model is biased and the add-on should not offer it. Pearson's
 * correlation is the one they report; the rank correlation decides, since one heavy buyer (21
 * purchases of $300 among a hundred customers) pulls Pearson's to 0.8 on its own.
 */
import { sum } from '../sum';
import { type FrequencyAndSpend, repeatSpend } from './repeat-spend';

/** Repeat buyers the correlation needs: with fewer, any two points lie on a line. */
const MIN_REPEAT_BUYERS = 3;

/**
 * Pearson's correlation of the repeat purchases x and the mean spend m̄ of the repeat buyers
 * (x > 0); the others are left out.
 *
 * @throws {RangeError} when the columns differ in length, a frequency is not a whole number of
 *   0 or more, a mean spend is not finite or a repeat buyer's is not positive, there are fewer
 *   than 3 repeat buyers, or all of them share one x or one m̄ (no correlation is defined)
 * @example Math.round(frequencySpendCorrelation({ frequency: [1, 2, 3, 5, 8, 0], monetary: [10.5, 9, 14, 30, 12, 0] }) * 1e6) / 1e6 //=> 0.312551
 */
export function frequencySpendCorrelation(history: FrequencyAndSpend): number {
  const { frequency, monetary } = repeatSpend(history, 'frequencySpendCorrelation');
  const buyers = frequency.length;
  if (buyers < MIN_REPEAT_BUYERS) {
    throw new RangeError(
      `frequencySpendCorrelation requires at least ${MIN_REPEAT_BUYERS} repeat buyers`,
    );
  }
  return pearson(frequency, monetary);
}

/**
 * Spearman's rank correlation of x and m̄ among the repeat buyers: Pearson's correlation of their
 * ranks, ties given their mean rank.
 *
 * @throws {RangeError} as frequencySpendCorrelation
 * @example frequencySpendRankCorrelation({ frequency: [1, 2, 3, 21, 0], monetary: [30, 20, 10, 300, 0] }) //=> 0.2
 */
export function frequencySpendRankCorrelation(history: FrequencyAndSpend): number {
  const { frequency, monetary } = repeatSpend(history, 'frequencySpendRankCorrelation');
  if (frequency.length < MIN_REPEAT_BUYERS) {
    throw new RangeError(
      `frequencySpendRankCorrelation requires at least ${MIN_REPEAT_BUYERS} repeat buyers`,
    );
  }
  return pearson(ranks(frequency), ranks(monetary));
}

/** 1-based ranks, ties sharing their mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values
    .map((_, i) => i)
    .sort((i, j) => (values[i] as number) - (values[j] as number));
  const rank = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && values[order[end] as number] === values[order[start] as number])
      end++;
    for (let k = start; k < end; k++) rank[order[k] as number] = (start + end + 1) / 2;
    start = end;
  }
  return rank;
}

/** Pearson's correlation of two columns of equal length. */
function pearson(frequency: readonly number[], monetary: readonly number[]): number {
  const buyers = frequency.length;
  const meanFrequency = sum(frequency) / buyers;
  const meanSpend = sum(monetary) / buyers;
  // two passes: deviations from the means keep the sums of squares from cancelling
  let crossProducts = 0;
  let frequencySquares = 0;
  let spendSquares = 0;
  for (let i = 0; i < buyers; i++) {
    const dx = (frequency[i] as number) - meanFrequency;
    const dm = (monetary[i] as number) - meanSpend;
    crossProducts += dx * dm;
    frequencySquares += dx * dx;
    spendSquares += dm * dm;
  }
  if (frequencySquares === 0 || spendSquares === 0) {
    throw new RangeError(
      'frequencySpendCorrelation requires repeat buyers whose frequency and spend vary',
    );
  }
  return crossProducts / Math.sqrt(frequencySquares * spendSquares);
}
