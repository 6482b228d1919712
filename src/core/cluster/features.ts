/**
 * This file defines the points customers are clustered as: standardised log(1 + recency days),
 * log(1 + frequency) and log(1 + monetary) (docs/domain.md §5). Customers with the same three values
 * are one point with a weight (their count), and the points are in a canonical order (by value),
 * so that every later step sees the same numbers, summed in the same order, whatever order the
 * rows came in: row order can never change a customer's cluster.
 */
import { DIMENSION } from './points';

/** One column per measure, one entry per customer; every value finite and at least 0. */
export interface ClusterMeasures {
  readonly recencyDays: ArrayLike<number>;
  readonly frequency: ArrayLike<number>;
  readonly monetary: ArrayLike<number>;
}

/** The measures in the order features are laid out in: one per dimension of the points. */
export const FEATURES = ['recencyDays', 'frequency', 'monetary'] as const;

/** The customers as distinct points, in canonical order. */
export interface CustomerPoints {
  /** z-scores of log(1 + value), `DIMENSION` per point; 0 on a measure with no spread. */
  readonly features: Float64Array;
  /** How many customers each point stands for. */
  readonly weights: Float64Array;
  /** The point of each customer, in the input's order. */
  readonly pointOfCustomer: Int32Array;
  /** Per measure: the customers' mean of log(1 + value) and its (population) standard deviation. */
  readonly logMean: Float64Array;
  readonly logSpread: Float64Array;
}

/**
 * The number of customers with different measures: the most clusters the data can have.
 *
 * @throws {RangeError} as `customerPoints`
 * @example distinctCustomerCount({ recencyDays: [3, 3, 40], frequency: [2, 2, 1], monetary: [90, 90, 15] }) //=> 2
 */
export function distinctCustomerCount(measures: ClusterMeasures): number {
  return customerPoints(measures).weights.length;
}

/**
 * The customers as weighted, standardised points. Negative monetary (more returned than bought)
 * is refused rather than clamped: log(1 + m) has no value below m = −1, and a clamp would hide
 * those customers among the non-spenders; the caller decides what such customers are.
 *
 * @throws {RangeError} when the columns differ in length, are empty, or hold a value that is
 *   negative or not finite
 * @example Array.from(customerPoints({ recencyDays: [3, 3], frequency: [1, 4], monetary: [5, 5] }).features, (z) => Math.round(z * 1e9) / 1e9) //=> [0, -1, 0, 0, 1, 0]
 */
export function customerPoints(measures: ClusterMeasures): CustomerPoints {
  const columns = FEATURES.map((feature) => measures[feature]);
  const count = measures.recencyDays.length;
  if (columns.some((column) => column.length !== count)) {
    throw new RangeError('customerPoints requires columns of equal length');
  }
  if (count === 0) throw new RangeError('customerPoints requires at least one customer');
  const values = new Float64Array(count * DIMENSION);
  columns.forEach((column, feature) => {
    for (let i = 0; i < count; i++) {
      const value = column[i] as number;
      if (!(value >= 0 && value < Infinity)) {
        throw new RangeError('customerPoints requires finite measures of at least 0');
      }
      values[i * DIMENSION + feature] = value + 0; // + 0 turns −0 into 0
    }
  });
  const { points, weights, pointOfCustomer } = distinctPoints(values, count);
  const { logMean, logSpread, features } = standardisedLogs(points, weights, count);
  return { features, weights, pointOfCustomer, logMean, logSpread };
}

function distinctPoints(values: Float64Array, count: number) {
  const order = new Uint32Array(count).map((_, i) => i);
  order.sort((a, b) => {
    for (let f = 0; f < DIMENSION; f++) {
      const difference =
        (values[a * DIMENSION + f] as number) - (values[b * DIMENSION + f] as number);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  const points = new Float64Array(count * DIMENSION);
  const weights = new Float64Array(count);
  const pointOfCustomer = new Int32Array(count);
  let distinct = 0;
  let previous = -1;
  for (const customer of order) {
    if (previous < 0 || !sameValues(values, previous, customer)) {
      points.set(
        values.subarray(customer * DIMENSION, (customer + 1) * DIMENSION),
        distinct * DIMENSION,
      );
      distinct++;
    }
    weights[distinct - 1] = (weights[distinct - 1] as number) + 1;
    pointOfCustomer[customer] = distinct - 1;
    previous = customer;
  }
  return {
    points: points.slice(0, distinct * DIMENSION),
    weights: weights.slice(0, distinct),
    pointOfCustomer,
  };
}

function sameValues(values: Float64Array, a: number, b: number): boolean {
  for (let f = 0; f < DIMENSION; f++) {
    if (values[a * DIMENSION + f] !== values[b * DIMENSION + f]) return false;
  }
  return true;
}

/** z-scores of log(1 + value); a measure whose values are all equal has no spread and stays 0. */
function standardisedLogs(points: Float64Array, weights: Float64Array, customers: number) {
  const size = weights.length;
  const features = new Float64Array(size * DIMENSION);
  const logMean = new Float64Array(DIMENSION);
  const logSpread = new Float64Array(DIMENSION);
  for (let f = 0; f < DIMENSION; f++) {
    let total = 0;
    let lowest = Infinity;
    let highest = -Infinity;
    for (let p = 0; p < size; p++) {
      const log = Math.log1p(points[p * DIMENSION + f] as number);
      features[p * DIMENSION + f] = log;
      total += (weights[p] as number) * log;
      if (log < lowest) lowest = log;
      if (log > highest) highest = log;
    }
    // Equal values are tested as such: their rounded mean may differ from them in the last bit.
    if (lowest === highest) {
      logMean[f] = lowest;
      for (let p = 0; p < size; p++) features[p * DIMENSION + f] = 0;
      continue;
    }
    const mean = total / customers;
    let squares = 0;
    for (let p = 0; p < size; p++) {
      squares += (weights[p] as number) * ((features[p * DIMENSION + f] as number) - mean) ** 2;
    }
    const spread = Math.sqrt(squares / customers);
    logMean[f] = mean;
    logSpread[f] = spread;
    for (let p = 0; p < size; p++) {
      features[p * DIMENSION + f] = ((features[p * DIMENSION + f] as number) - mean) / spread;
    }
  }
  return { logMean, logSpread, features };
}
