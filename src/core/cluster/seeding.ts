/**
 * This file defines k-means++ seeding (Arthur & Vassilvitskii 2007) in scikit-learn's greedy
 * form: the first centre is a point drawn by weight; each next centre is the best of
 * 2 + ⌊ln k⌋ candidates, each drawn with probability proportional to weight × squared distance
 * to the nearest centre so far, "best" meaning the lowest total weighted squared distance after
 * adding it. A point already chosen is at distance 0, so it is never drawn again.
 */
import { squaredDistance, type WeightedPoints } from './points';
import type { RandomSource } from './random';

const TOO_MANY_CENTRES = 'kMeansPlusPlus requires k from 1 to the number of distinct points';

/**
 * k initial centres, copied from k different points.
 *
 * @throws {RangeError} when k is not a whole number from 1 to the number of distinct points
 * @example kMeansPlusPlus({ coordinates: Float64Array.of(0, 0, 0, 5, 0, 0), weights: Float64Array.of(1, 1) }, 2, () => 0.9) //=> Float64Array.of(5, 0, 0, 0, 0, 0)
 */
export function kMeansPlusPlus(
  points: WeightedPoints,
  k: number,
  random: RandomSource,
): Float64Array {
  const { coordinates, weights } = points;
  const size = weights.length;
  if (!Number.isInteger(k) || k < 1 || k > size) throw new RangeError(TOO_MANY_CENTRES);
  const centres = new Float64Array(3 * k);
  const trials = 2 + Math.floor(Math.log(k));
  let nearest = new Float64Array(size);
  let candidate = new Float64Array(size);
  let best = new Float64Array(size);
  const cumulative = new Float64Array(size);

  const first = drawByWeight(weights, cumulative, random);
  centres.set(coordinates.subarray(3 * first, 3 * first + 3), 0);
  for (let i = 0; i < size; i++) nearest[i] = squaredDistance(coordinates, i, centres, 0);

  for (let c = 1; c < k; c++) {
    for (let i = 0; i < size; i++) cumulative[i] = (weights[i] as number) * (nearest[i] as number);
    if (!(cumulativeTotal(cumulative) > 0)) throw new RangeError(TOO_MANY_CENTRES);
    let bestPoint = -1;
    let bestPotential = Infinity;
    for (let t = 0; t < trials; t++) {
      const point = drawFromCumulative(cumulative, random);
      const potential = nearestWithCandidate(points, point, nearest, candidate);
      if (potential < bestPotential) {
        bestPotential = potential;
        bestPoint = point;
        [best, candidate] = [candidate, best];
      }
    }
    centres.set(coordinates.subarray(3 * bestPoint, 3 * bestPoint + 3), 3 * c);
    [nearest, best] = [best, nearest];
  }
  return centres;
}

/**
 * Each point's squared distance to the nearest centre if the candidate point were added (into
 * `into`); returns their weighted total.
 */
function nearestWithCandidate(
  { coordinates, weights }: WeightedPoints,
  candidate: number,
  nearest: Float64Array,
  into: Float64Array,
): number {
  const x = coordinates[3 * candidate] as number;
  const y = coordinates[3 * candidate + 1] as number;
  const z = coordinates[3 * candidate + 2] as number;
  let potential = 0;
  for (let i = 0; i < weights.length; i++) {
    const dx = (coordinates[3 * i] as number) - x;
    const dy = (coordinates[3 * i + 1] as number) - y;
    const dz = (coordinates[3 * i + 2] as number) - z;
    const d = Math.min(nearest[i] as number, dx * dx + dy * dy + dz * dz);
    into[i] = d;
    potential += (weights[i] as number) * d;
  }
  return potential;
}

function drawByWeight(
  weights: Float64Array,
  cumulative: Float64Array,
  random: RandomSource,
): number {
  cumulative.set(weights);
  cumulativeTotal(cumulative);
  return drawFromCumulative(cumulative, random);
}

/** Turns the values into running totals in place; returns the total. */
function cumulativeTotal(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    total += values[i] as number;
    values[i] = total;
  }
  return total;
}

/** The first index whose running total exceeds a uniform draw below the total. */
function drawFromCumulative(cumulative: Float64Array, random: RandomSource): number {
  const target = random() * (cumulative[cumulative.length - 1] as number);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] as number) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}
