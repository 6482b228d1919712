/**
 * This file defines k-means as scikit-learn's `KMeans` runs it: k-means++ seeding, Lloyd's
 * iterations to convergence, several restarts, and the restart with the lowest inertia kept.
 * The restarts draw from one seeded generator, so the same points and seed always give the same
 * clusters.
 */
import { FitFailure } from '../btyd/fit-failure';
import { type LloydResult, lloyd } from './lloyd';
import { DIMENSION, type WeightedPoints } from './points';
import { seededRandom } from './random';
import { kMeansPlusPlus } from './seeding';

export interface KMeansOptions {
  /** How many seedings to refine, the best kept (default 10, scikit-learn's `n_init`). */
  readonly restarts?: number;
  /** The most Lloyd iterations per restart (default 300, scikit-learn's `max_iter`). */
  readonly maxIterations?: number;
  /**
   * The centres have settled when their total squared movement is at most this times the mean
   * variance of the features (default 1e-4, scikit-learn's `tol`).
   */
  readonly relativeTolerance?: number;
  /** The seed of the generator the seedings draw from (default 0). */
  readonly seed?: number;
}

export const DEFAULT_RESTARTS = 10;
const DEFAULT_MAX_ITERATIONS = 300;
const DEFAULT_RELATIVE_TOLERANCE = 1e-4;

/**
 * k clusters of weighted points: the best of `restarts` converged runs.
 *
 * @throws {RangeError} when k is not from 1 to the number of distinct points, or an option is
 *   not a whole number ≥ 1 (restarts, maxIterations) or a number ≥ 0 (relativeTolerance)
 * @throws {FitFailure} ('k-means', 'did-not-converge') when no restart settled within
 *   `maxIterations`; a last iterate is never returned as a fit
 * @example kMeans({ coordinates: Float64Array.of(0, 0, 0, 1, 0, 0, 10, 0, 0, 12, 0, 0), weights: Float64Array.of(1, 1, 1, 1) }, 2).inertia //=> 2.5
 */
export function kMeans(
  points: WeightedPoints,
  k: number,
  options: KMeansOptions = {},
): LloydResult {
  const restarts = options.restarts ?? DEFAULT_RESTARTS;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const relativeTolerance = options.relativeTolerance ?? DEFAULT_RELATIVE_TOLERANCE;
  if (!Number.isInteger(restarts) || restarts < 1) {
    throw new RangeError('kMeans requires a whole number of restarts, at least 1');
  }
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new RangeError('kMeans requires a whole number of iterations, at least 1');
  }
  if (!(relativeTolerance >= 0)) throw new RangeError('kMeans requires a tolerance of at least 0');
  const tolerance = relativeTolerance * meanVariance(points);
  const random = seededRandom(options.seed ?? 0);
  let best: LloydResult | undefined;
  for (let run = 0; run < restarts; run++) {
    const result = lloyd(points, kMeansPlusPlus(points, k, random), maxIterations, tolerance);
    if (result.converged && (best === undefined || result.inertia < best.inertia)) best = result;
  }
  if (best === undefined) {
    throw new FitFailure('k-means', 'did-not-converge', { maxIterations, restarts });
  }
  return best;
}

/** The weighted variance of each coordinate, averaged over the coordinates. */
function meanVariance({ coordinates, weights }: WeightedPoints): number {
  let total = 0;
  for (const w of weights) total += w;
  let variances = 0;
  for (let f = 0; f < DIMENSION; f++) {
    let mean = 0;
    for (let i = 0; i < weights.length; i++) {
      mean += (weights[i] as number) * (coordinates[DIMENSION * i + f] as number);
    }
    mean /= total;
    let squares = 0;
    for (let i = 0; i < weights.length; i++) {
      squares += (weights[i] as number) * ((coordinates[DIMENSION * i + f] as number) - mean) ** 2;
    }
    variances += squares / total;
  }
  return variances / DIMENSION;
}
