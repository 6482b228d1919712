/**
 * This file defines the silhouette score (Rousseeuw 1987) that picks the number of clusters, on
 * weighted points, equal to scikit-learn's `silhouette_score` on the items the weights count:
 * for each item, a = its mean distance to the other items of its cluster, b = its lowest mean
 * distance to the items of another cluster, s = (b − a) / max(a, b), or 0 when it is alone in
 * its cluster; the score is the mean of s over the items. It takes time quadratic in the
 * points, so large data are scored on a sample, as `silhouette_score(sample_size=…)` does.
 */
import type { WeightedPoints } from './points';
import type { RandomSource } from './random';

/**
 * The mean silhouette of the items, or NaN when they are all in one cluster (no b exists).
 *
 * @param assignment the cluster of each point, from 0 to k − 1
 * @throws {RangeError} when the assignment and the points differ in length
 * @example Math.round(silhouetteScore({ coordinates: Float64Array.of(0, 0, 0, 1, 0, 0, 4, 0, 0, 5, 0, 0), weights: Float64Array.of(1, 1, 1, 1) }, Int32Array.of(0, 0, 1, 1)) * 63) //=> 47
 */
export function silhouetteScore(points: WeightedPoints, assignment: Int32Array): number {
  const { coordinates, weights } = points;
  const size = weights.length;
  if (assignment.length !== size) {
    throw new RangeError('silhouetteScore requires one cluster per point');
  }
  const k = Math.max(...assignment) + 1;
  const clusterWeight = new Float64Array(k);
  let items = 0;
  for (let i = 0; i < size; i++) {
    const c = assignment[i] as number;
    clusterWeight[c] = (clusterWeight[c] as number) + (weights[i] as number);
    items += weights[i] as number;
  }
  if (clusterWeight.filter((w) => w > 0).length < 2) return Number.NaN;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < size; i++) {
    sums.fill(0);
    const x = coordinates[3 * i] as number;
    const y = coordinates[3 * i + 1] as number;
    const z = coordinates[3 * i + 2] as number;
    for (let j = 0; j < size; j++) {
      const dx = (coordinates[3 * j] as number) - x;
      const dy = (coordinates[3 * j + 1] as number) - y;
      const dz = (coordinates[3 * j + 2] as number) - z;
      const c = assignment[j] as number;
      sums[c] =
        (sums[c] as number) + (weights[j] as number) * Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
    const own = assignment[i] as number;
    const others = (clusterWeight[own] as number) - 1;
    if (others === 0) continue; // alone in its cluster: s = 0
    const a = (sums[own] as number) / others;
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c !== own && (clusterWeight[c] as number) > 0) {
        b = Math.min(b, (sums[c] as number) / (clusterWeight[c] as number));
      }
    }
    total += ((weights[i] as number) * (b - a)) / Math.max(a, b);
  }
  return total / items;
}

/** Some of the points, with their indices among all the points. */
export interface PointSample {
  readonly points: WeightedPoints;
  readonly indices: Int32Array;
}

/**
 * A sample of `size` items drawn without replacement from the items the weights count (whole
 * numbers), as the points drawn, weighted by how often each was drawn; all the points when
 * there are no more items than that.
 *
 * @throws {RangeError} when size is not a whole number ≥ 1
 * @example samplePoints({ coordinates: Float64Array.of(7, 0, 0, 8, 0, 0), weights: Float64Array.of(3, 1) }, 2, () => 0).points.weights //=> Float64Array.of(2)
 */
export function samplePoints(
  points: WeightedPoints,
  size: number,
  random: RandomSource,
): PointSample {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError('samplePoints requires a whole-number sample size, at least 1');
  }
  const { coordinates, weights } = points;
  let items = 0;
  for (const w of weights) items += w;
  if (items <= size) return { points, indices: new Int32Array(weights.length).map((_, i) => i) };
  const pointOfItem = new Int32Array(items);
  let next = 0;
  weights.forEach((w, point) => {
    pointOfItem.fill(point, next, next + w);
    next += w;
  });
  // The first `size` places of a Fisher–Yates shuffle, stopped early.
  const drawn = new Float64Array(weights.length);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (items - i));
    const point = pointOfItem[j] as number;
    pointOfItem[j] = pointOfItem[i] as number;
    drawn[point] = (drawn[point] as number) + 1;
  }
  const indices = Int32Array.from(drawn.keys()).filter((point) => (drawn[point] as number) > 0);
  const sample = new Float64Array(3 * indices.length);
  indices.forEach((point, n) => {
    sample.set(coordinates.subarray(3 * point, 3 * point + 3), 3 * n);
  });
  const sampleWeights = Float64Array.from(indices, (point) => drawn[point] as number);
  return { points: { coordinates: sample, weights: sampleWeights }, indices };
}
