/**
 * This file defines the points k-means works on: customers as points in three dimensions (one
 * per measure), stored flat, three numbers per point, each point weighted by how many customers
 * it stands for; and the Euclidean distance between them. Three is fixed, not a parameter, so
 * that the innermost loops, run millions of times, are written out in full.
 */

export interface WeightedPoints {
  /** x, y, z of the first point, then of the second, and so on. */
  readonly coordinates: Float64Array;
  /** How many items (customers) each point stands for. */
  readonly weights: Float64Array;
}

/** How many coordinates a point has. */
export const DIMENSION = 3;

/**
 * The squared Euclidean distance between point `a` of `x` and point `b` of `y`.
 *
 * @example squaredDistance(Float64Array.of(0, 0, 0, 1, 2, 2), 1, Float64Array.of(0, 0, 0), 0) //=> 9
 */
export function squaredDistance(x: Float64Array, a: number, y: Float64Array, b: number): number {
  const dx = (x[3 * a] as number) - (y[3 * b] as number);
  const dy = (x[3 * a + 1] as number) - (y[3 * b + 1] as number);
  const dz = (x[3 * a + 2] as number) - (y[3 * b + 2] as number);
  return dx * dx + dy * dy + dz * dz;
}
