/**
 * This file defines what Lloyd's iterations carry from step to step — the centres, each
 * cluster's coordinate sums and weight, each point's cluster and its Hamerly bounds — and the
 * update step: each centre to the mean of its points, an empty cluster given the point farthest
 * from its centre (scikit-learn's rule).
 */
import { squaredDistance, type WeightedPoints } from './points';

export interface LloydState {
  readonly centres: Float64Array;
  /** Per cluster, the weighted sum of its points' coordinates, and its total weight. */
  readonly sums: Float64Array;
  readonly clusterWeight: Float64Array;
  readonly assignment: Int32Array;
  /** A bound on the distance to the own centre, less that centre's drift: add it to read. */
  readonly upper: Float64Array;
  /** A bound on the distance to any other centre, plus `largestDrift`: subtract it to read. */
  readonly lower: Float64Array;
  /** How far each centre has moved in all, step by step. */
  readonly drift: Float64Array;
  /** The sum over the steps of the largest move of a centre: no centre drifted farther. */
  largestDrift: number;
  /** Half the distance from each centre to the nearest other centre. */
  readonly halfGap: Float64Array;
}

/**
 * The state before the first assignment: no point in any cluster yet, nothing drifted.
 *
 * @param size how many points
 * @param initialCentres three coordinates per centre, copied
 * @example lloydState(4, Float64Array.of(0, 0, 0, 1, 1, 1)).drift //=> new Float64Array(2)
 */
export function lloydState(size: number, initialCentres: Float64Array): LloydState {
  const k = initialCentres.length / 3;
  return {
    centres: initialCentres.slice(),
    sums: new Float64Array(3 * k),
    clusterWeight: new Float64Array(k),
    assignment: new Int32Array(size),
    upper: new Float64Array(size),
    lower: new Float64Array(size),
    drift: new Float64Array(k),
    largestDrift: 0,
    halfGap: new Float64Array(k),
  };
}

/**
 * Adds a point's weighted coordinates to a cluster's sums (a negative weight takes them out).
 *
 * @example const points = { coordinates: Float64Array.of(1, 2, 3), weights: Float64Array.of(2) }; const state = lloydState(1, new Float64Array(3)); movePoint(points, state, 0, 0, 2); state.sums //=> Float64Array.of(2, 4, 6)
 */
export function movePoint(
  points: WeightedPoints,
  state: LloydState,
  i: number,
  cluster: number,
  weight: number,
): void {
  const { sums, clusterWeight } = state;
  for (let f = 0; f < 3; f++) {
    sums[3 * cluster + f] =
      (sums[3 * cluster + f] as number) + weight * (points.coordinates[3 * i + f] as number);
  }
  clusterWeight[cluster] = (clusterWeight[cluster] as number) + weight;
}

/**
 * Moves each centre to the mean of its points, an empty cluster first taking over a point.
 * Adds the moves to the drifts; returns the total squared movement.
 *
 * @example const points = { coordinates: Float64Array.of(1, 2, 3), weights: Float64Array.of(2) }; const state = lloydState(1, new Float64Array(3)); movePoint(points, state, 0, 0, 2); moveCentres(points, state) //=> 14
 */
export function moveCentres(points: WeightedPoints, state: LloydState): number {
  const { centres, sums, clusterWeight, drift } = state;
  relocateEmpty(points, state);
  let total = 0;
  let largest = 0;
  for (let c = 0; c < drift.length; c++) {
    const w = clusterWeight[c] as number;
    let moved = 0;
    for (let f = 0; f < 3; f++) {
      const mean = (sums[3 * c + f] as number) / w;
      moved += (mean - (centres[3 * c + f] as number)) ** 2;
      centres[3 * c + f] = mean;
    }
    drift[c] = (drift[c] as number) + Math.sqrt(moved);
    largest = Math.max(largest, Math.sqrt(moved));
    total += moved;
  }
  state.largestDrift += largest;
  return total;
}

/**
 * Gives each empty cluster the point farthest from its centre (scikit-learn's rule), the
 * farthest first, lower index first among equals, passing over points alone in their cluster
 * (there are always enough others, as there are at least as many points as clusters). The
 * point's bounds are reset, so the next assignment measures it afresh.
 */
function relocateEmpty(points: WeightedPoints, state: LloydState): void {
  const { centres, sums, clusterWeight, assignment, upper, lower } = state;
  const empty = [...clusterWeight.keys()].filter((c) => clusterWeight[c] === 0);
  if (empty.length === 0) return;
  const far = Array.from(assignment, (own, i) => ({
    i,
    d: squaredDistance(points.coordinates, i, centres, own),
  })).sort((a, b) => b.d - a.d || a.i - b.i);
  let next = 0;
  for (const target of empty) {
    const isAlone = (i: number) => clusterWeight[assignment[i] as number] === points.weights[i];
    while (isAlone((far[next] as { i: number }).i)) next++;
    const { i } = far[next++] as { i: number };
    const w = points.weights[i] as number;
    movePoint(points, state, i, assignment[i] as number, -w);
    sums.fill(0, 3 * target, 3 * target + 3);
    movePoint(points, state, i, target, w);
    assignment[i] = target;
    upper[i] = Infinity;
    lower[i] = -Infinity;
  }
}
