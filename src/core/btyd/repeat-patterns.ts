/**
 * This file defines how a repeat history is condensed for the likelihood: customers with equal
 * (x, t_x, T) become one pattern with a weight (as lifetimes' `weights`, and Fader & Hardie's
 * spreadsheets), and times become indices into their distinct values, so that each log-likelihood
 * evaluation takes one logarithm per distinct T and t_x rather than per customer.
 */
import type { RepeatHistory } from './history';

/**
 * Customers grouped by their (x, t_x, T), times given as indices into their distinct values.
 * Customers without a repeat purchase (x = 0, t_x = 0) are counted per T alone.
 */
export interface RepeatPatterns {
  readonly customers: number;
  readonly largestFrequency: number;
  /** Customers per frequency x = 0..largestFrequency. */
  readonly customersAt: Float64Array;
  readonly ages: Float64Array;
  readonly recencies: Float64Array;
  /** Customers with x = 0, per age index. */
  readonly oneTimeBuyersAt: Float64Array;
  /** The repeat buyers' patterns: x, how many customers, and indices of t_x and T. */
  readonly frequency: Int32Array;
  readonly weight: Float64Array;
  readonly recencyIndex: Int32Array;
  readonly ageIndex: Int32Array;
}

/**
 * Groups a (checked) repeat history's customers by equal (x, t_x, T), in an order that does not
 * depend on the order of the rows (by x, then t_x, then T), so neither does any sum over them.
 *
 * @example repeatPatterns({ frequency: [2, 1, 0, 1], recency: [3, 2, 0, 2], T: [5, 5, 5, 5] }).weight //=> new Float64Array([2, 1])
 */
export function repeatPatterns(history: RepeatHistory): RepeatPatterns {
  const { frequency, recency, T } = history;
  const ages = sortedDistinct(T, () => true);
  const recencies = sortedDistinct(recency, (i) => frequency[i] !== 0);
  const ageRank = ranks(ages);
  const recencyRank = ranks(recencies);
  // customers per x, then each repeat buyer's (t_x, T) as one number, t_x's rank · (number of
  // ages) + T's rank (exact below 2^53, that is for up to 9·10^7 customers), bucketed by x
  const customersAt = new Float64Array(largest(frequency) + 1);
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i] as number;
    customersAt[x] = (customersAt[x] as number) + 1;
  }
  const bucketStart = new Int32Array(customersAt.length + 1);
  for (let x = 1; x < customersAt.length; x++)
    bucketStart[x + 1] = (bucketStart[x] as number) + (customersAt[x] as number);
  const filled = bucketStart.slice();
  const keys = new Float64Array(frequency.length - (customersAt[0] ?? 0));
  const oneTimeBuyersAt = new Float64Array(ages.length);
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i] as number;
    const age = ageRank.get(T[i] as number) as number;
    if (x === 0) oneTimeBuyersAt[age] = (oneTimeBuyersAt[age] as number) + 1;
    else {
      const slot = filled[x] as number;
      filled[x] = slot + 1;
      keys[slot] = (recencyRank.get(recency[i] as number) as number) * ages.length + age;
    }
  }
  const found = { frequency: [] as number[], weight: [] as number[], key: [] as number[] };
  for (let x = 1; x < customersAt.length; x++) {
    const bucket = keys.subarray(bucketStart[x], bucketStart[x + 1]).sort();
    for (let i = 0; i < bucket.length; i++) {
      const last = found.weight.length - 1;
      if (i > 0 && bucket[i] === bucket[i - 1])
        found.weight[last] = (found.weight[last] as number) + 1;
      else {
        found.frequency.push(x);
        found.weight.push(1);
        found.key.push(bucket[i] as number);
      }
    }
  }
  return {
    customers: frequency.length,
    largestFrequency: customersAt.length - 1,
    customersAt,
    ages,
    recencies,
    oneTimeBuyersAt,
    frequency: Int32Array.from(found.frequency),
    weight: Float64Array.from(found.weight),
    recencyIndex: Int32Array.from(found.key, (key) => Math.floor(key / ages.length)),
    ageIndex: Int32Array.from(found.key, (key) => key % ages.length),
  };
}

function largest(values: ArrayLike<number>): number {
  let most = 0;
  for (let i = 0; i < values.length; i++) most = Math.max(most, values[i] as number);
  return most;
}

/** The distinct values of the entries `keep` selects, ascending. */
function sortedDistinct(values: ArrayLike<number>, keep: (index: number) => boolean): Float64Array {
  const distinct = new Set<number>();
  for (let i = 0; i < values.length; i++) if (keep(i)) distinct.add(values[i] as number);
  return Float64Array.from(distinct).sort();
}

function ranks(sorted: Float64Array): Map<number, number> {
  return new Map(Array.from(sorted, (value, rank) => [value, rank]));
}
