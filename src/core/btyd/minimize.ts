/**
 * This file defines a general minimiser of smooth functions that give their own gradient: BFGS
 * (Nocedal & Wright 2006, Numerical Optimization, algorithm 6.1) with a strong Wolfe line search.
 * The model fits minimise their negative log-likelihoods with it, in log-parameter space, so it
 * needs no bounds.
 */
import { dot, type Evaluation, isFinitePoint, lineSearch, type Objective } from './line-search';

export type { Evaluation, Objective };

export interface MinimizeOptions {
  /** The most BFGS steps to take (default 200). */
  readonly maxIterations?: number;
  /**
   * Converged when every gradient component is within this of 0 (default 1e-8). The tolerance is
   * absolute: scale the objective, e.g. a log-likelihood per customer rather than summed.
   */
  readonly gradientTolerance?: number;
}

export interface Minimum {
  readonly point: number[];
  readonly value: number;
  readonly gradient: number[];
  /** BFGS steps taken. */
  readonly iterations: number;
  /** Whether the gradient met the tolerance; false when the step cap or a stuck line search ended it. */
  readonly converged: boolean;
}

/**
 * The point where `objective` is least, searched from `start` by BFGS.
 *
 * @param objective gives the value and gradient at a point
 * @param start where to begin; the objective must be finite there
 * @throws {RangeError} when the start is empty or the objective is not finite at it
 * @example minimize(([x = 0]) => ({ value: (x - 3) ** 2, gradient: [2 * (x - 3)] }), [0]).point[0] //=> 3
 */
export function minimize(
  objective: Objective,
  start: readonly number[],
  options: MinimizeOptions = {},
): Minimum {
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.gradientTolerance ?? 1e-8;
  if (start.length === 0) throw new RangeError('minimize requires a start with coordinates');
  let point = [...start];
  let current = objective(point);
  if (!isFinitePoint(current))
    throw new RangeError('minimize requires a start where the objective and gradient are finite');
  const n = point.length;
  let inverseHessian = identity(n);
  let fresh = true;
  let iterations = 0;
  const result = (converged: boolean): Minimum => ({
    point,
    value: current.value,
    gradient: [...current.gradient],
    iterations,
    converged,
  });
  while (iterations < maxIterations) {
    if (largest(current.gradient) <= tolerance) return result(true);
    let direction = times(inverseHessian, current.gradient).map((v) => -v);
    if (!(dot(direction, current.gradient) < 0)) {
      inverseHessian = identity(n);
      fresh = true;
      direction = current.gradient.map((g) => -g);
    }
    // a fresh (identity) inverse Hessian knows no scale: first try a step of length about 1
    const firstStep = fresh ? Math.min(1, 1 / largest(current.gradient)) : 1;
    const trial = lineSearch(objective, point, current, direction, firstStep);
    iterations++;
    if (trial === undefined) {
      if (fresh) return result(false);
      inverseHessian = identity(n);
      fresh = true;
      continue;
    }
    const change = direction.map((d) => d * trial.step);
    const gradientChange = trial.gradient.map((g, i) => g - (current.gradient[i] as number));
    const curvature = dot(change, gradientChange);
    if (curvature > 0) {
      // N&W (6.20): scale the first inverse Hessian to the curvature just seen
      if (fresh)
        inverseHessian = scaled(identity(n), curvature / dot(gradientChange, gradientChange));
      updateInverseHessian(inverseHessian, change, gradientChange, curvature);
      fresh = false;
    }
    point = point.map((x, i) => x + (change[i] as number));
    current = trial;
  }
  return result(largest(current.gradient) <= tolerance);
}

/** The BFGS update of the inverse Hessian (N&W 6.17), in place. */
function updateInverseHessian(
  inverse: number[][],
  change: readonly number[],
  gradientChange: readonly number[],
  curvature: number,
): void {
  const rho = 1 / curvature;
  const hy = times(inverse, gradientChange);
  const factor = rho * rho * dot(gradientChange, hy) + rho;
  for (const [i, row] of inverse.entries())
    for (let j = 0; j < row.length; j++) {
      const si = change[i] as number;
      const sj = change[j] as number;
      row[j] =
        (row[j] as number) -
        rho * ((hy[i] as number) * sj + si * (hy[j] as number)) +
        factor * si * sj;
    }
}

function largest(vector: readonly number[]): number {
  return vector.reduce((most, v) => Math.max(most, Math.abs(v)), 0);
}

function times(matrix: readonly number[][], vector: readonly number[]): number[] {
  return matrix.map((row) => dot(row, vector));
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
}

function scaled(matrix: number[][], factor: number): number[][] {
  return matrix.map((row) => row.map((v) => v * factor));
}
