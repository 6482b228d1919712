/**
 * This file defines Lloyd's k-means iterations from given centres, on weighted points, with
 * Hamerly's bounds (Hamerly 2010, "Making k-means even faster"): each point keeps an upper bound
 * on the distance to its centre and a lower bound on the distance to every other centre, so most
 * points are settled without measuring any distance, and each cluster's coordinate sums change
 * only by the points that move. The bounds are kept net of how far the centres have drifted in
 * all, so that a pass reads the bounds of a settled point without writing them. The bounds
 * change how fast, never what: every step assigns each point to its nearest centre, as plain
 * Lloyd does.
 * Stopping follows scikit-learn's KMeans: when no point changes cluster, or when the centres
 * moved by at most `tolerance` in total squared distance (then the points are assigned once more).
 */
import { type LloydState, lloydState, moveCentres, movePoint } from './lloyd-state';
import { squaredDistance, type WeightedPoints } from './points';

export interface LloydResult {
  readonly centres: Float64Array;
  /** The cluster of each point. */
  readonly assignment: Int32Array;
  /** The weighted sum of squared distances from each point to its centre. */
  readonly inertia: number;
  readonly iterations: number;
  /** False when `maxIterations` ran out first. */
  readonly converged: boolean;
}

/**
 * Lloyd's iterations from the given centres. A cluster that empties is moved onto the point
 * farthest from its centre (lowest index first among equals), as scikit-learn does.
 *
 * @param initialCentres three coordinates per centre, not changed
 * @param tolerance the total squared movement of the centres below which they have settled
 * @throws {RangeError} when the centres are fewer than one or outnumber the points
 * @example lloyd({ coordinates: Float64Array.of(0, 0, 0, 1, 0, 0, 10, 0, 0, 12, 0, 0), weights: Float64Array.of(1, 1, 1, 1) }, Float64Array.of(0, 0, 0, 1, 0, 0), 300, 0).centres //=> Float64Array.of(0.5, 0, 0, 11, 0, 0)
 */
export function lloyd(
  points: WeightedPoints,
  initialCentres: Float64Array,
  maxIterations: number,
  tolerance: number,
): LloydResult {
  const size = points.weights.length;
  const k = initialCentres.length / 3;
  if (!Number.isInteger(k) || k < 1 || k > size) {
    throw new RangeError('lloyd requires between 1 and as many centres as points');
  }
  const state = lloydState(size, initialCentres);
  assignAll(points, state);
  let iterations = 1;
  let converged = false;
  for (;;) {
    if (moveCentres(points, state) <= tolerance) {
      assign(points, state);
      converged = true;
      break;
    }
    if (iterations === maxIterations) break;
    iterations++;
    if (assign(points, state) === 0) {
      converged = true;
      break;
    }
  }
  const { centres, assignment } = state;
  return { centres, assignment, inertia: inertia(points, state), iterations, converged };
}

/** Puts every point in the cluster of its nearest centre, measuring all; sets bounds and sums. */
function assignAll(points: WeightedPoints, state: LloydState): void {
  const { assignment } = state;
  for (let i = 0; i < assignment.length; i++) {
    assignment[i] = nearest(points.coordinates, i, state);
    movePoint(points, state, i, assignment[i] as number, points.weights[i] as number);
  }
}

/**
 * Moves each point to its nearest centre where the bounds cannot rule that out, keeping the
 * sums; counts the points moved.
 */
function assign(points: WeightedPoints, state: LloydState): number {
  const { coordinates, weights } = points;
  const { centres, assignment, upper, lower, drift, largestDrift, halfGap } = state;
  nearestGaps(centres, halfGap);
  let changed = 0;
  for (let i = 0; i < assignment.length; i++) {
    const own = assignment[i] as number;
    const bound = Math.max(halfGap[own] as number, (lower[i] as number) - largestDrift);
    if ((upper[i] as number) + (drift[own] as number) <= bound) continue;
    const exact = Math.sqrt(squaredDistance(coordinates, i, centres, own));
    upper[i] = exact - (drift[own] as number);
    if (exact <= bound) continue;
    const best = nearest(coordinates, i, state);
    if (best === own) continue;
    const w = weights[i] as number;
    movePoint(points, state, i, own, -w);
    movePoint(points, state, i, best, w);
    assignment[i] = best;
    changed++;
  }
  return changed;
}

/** The centre nearest to point i, measuring all; sets the point's bounds. */
function nearest(coordinates: Float64Array, i: number, state: LloydState): number {
  const { centres, drift } = state;
  const x = coordinates[3 * i] as number;
  const y = coordinates[3 * i + 1] as number;
  const z = coordinates[3 * i + 2] as number;
  let best = 0;
  let first = Infinity;
  let second = Infinity;
  for (let j = 0; j < drift.length; j++) {
    const dx = x - (centres[3 * j] as number);
    const dy = y - (centres[3 * j + 1] as number);
    const dz = z - (centres[3 * j + 2] as number);
    const d = dx * dx + dy * dy + dz * dz;
    if (d < first) {
      second = first;
      first = d;
      best = j;
    } else if (d < second) second = d;
  }
  state.upper[i] = Math.sqrt(first) - (drift[best] as number);
  state.lower[i] = Math.sqrt(second) + state.largestDrift;
  return best;
}

/** Half the distance from each centre to the nearest other one: a point nearer than that stays. */
function nearestGaps(centres: Float64Array, halfGap: Float64Array): void {
  for (let j = 0; j < halfGap.length; j++) {
    let nearest = Infinity;
    for (let other = 0; other < halfGap.length; other++) {
      if (other !== j) nearest = Math.min(nearest, squaredDistance(centres, j, centres, other));
    }
    halfGap[j] = Math.sqrt(nearest) / 2;
  }
}

function inertia(points: WeightedPoints, state: LloydState): number {
  let total = 0;
  for (let i = 0; i < state.assignment.length; i++) {
    const own = state.assignment[i] as number;
    total +=
      (points.weights[i] as number) * squaredDistance(points.coordinates, i, state.centres, own);
  }
  return total;
}
