/**
 * This file defines a general minimiser of smooth functions that give their own gradient: BFGS
 * (Nocedal & Wright 2006, Numerical Optimization, algorithm 6.1) with a line search meeting the
 * strong Wolfe conditions (algorithms 3.5 and 3.6). The model fits minimise their negative
 * log-likelihoods with it, in log-parameter space, so it needs no bounds.
 */

/** A function's value and gradient at one point. */
export interface Evaluation {
  readonly value: number;
  readonly gradient: readonly number[];
}

/** The function to minimise; it may give a non-finite value where it is undefined. */
export type Objective = (point: readonly number[]) => Evaluation;

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

interface Trial extends Evaluation {
  readonly step: number;
  /** The directional derivative along the search direction. */
  readonly slope: number;
}

// sufficient decrease and curvature constants usual for quasi-Newton methods (N&W §3.1)
const SUFFICIENT_DECREASE = 1e-4;
const CURVATURE = 0.9;
const LINE_SEARCH_TRIALS = 40;
// Values closer than this (relative) count as equal: near a minimum the rounding of the value
// hides the decrease the gradient still promises, while the slopes keep guiding the search
// (Hager & Zhang's approximate Wolfe conditions, 2005, rest on the same observation).
const VALUE_NOISE = 1e-12;

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

/** A step along `direction` meeting the strong Wolfe conditions (N&W algorithm 3.5), if found. */
function lineSearch(
  objective: Objective,
  point: readonly number[],
  start: Evaluation,
  direction: readonly number[],
  firstStep: number,
): Trial | undefined {
  const origin: Trial = { ...start, step: 0, slope: dot(start.gradient, direction) };
  const evaluate = (step: number): Trial => {
    const evaluation = objective(point.map((x, i) => x + step * (direction[i] as number)));
    return { ...evaluation, step, slope: dot(evaluation.gradient, direction) };
  };
  const noise = VALUE_NOISE * Math.max(1, Math.abs(start.value));
  const tooHigh = (trial: Trial, lowest: Trial) =>
    !isFinitePoint(trial) ||
    trial.value > origin.value + SUFFICIENT_DECREASE * trial.step * origin.slope + noise ||
    (lowest.step > 0 && trial.value >= lowest.value + noise);
  let previous = origin;
  let step = firstStep;
  for (let i = 0; i < LINE_SEARCH_TRIALS; i++) {
    const trial = evaluate(step);
    if (tooHigh(trial, previous)) return zoom(evaluate, tooHigh, origin, previous, trial);
    if (Math.abs(trial.slope) <= -CURVATURE * origin.slope) return trial;
    if (trial.slope >= 0) return zoom(evaluate, tooHigh, origin, trial, previous);
    previous = trial;
    step *= 2;
  }
  return previous.step > 0 ? previous : undefined;
}

/** N&W algorithm 3.6: narrows [low, high], where low is the lowest sufficient step so far. */
function zoom(
  evaluate: (step: number) => Trial,
  tooHigh: (trial: Trial, lowest: Trial) => boolean,
  origin: Trial,
  low: Trial,
  high: Trial,
): Trial | undefined {
  for (let i = 0; i < LINE_SEARCH_TRIALS; i++) {
    const trial = evaluate(interpolate(low, high));
    if (tooHigh(trial, low)) {
      high = trial;
      continue;
    }
    if (Math.abs(trial.slope) <= -CURVATURE * origin.slope) return trial;
    if (trial.slope * (high.step - low.step) >= 0) high = low;
    low = trial;
  }
  return low.step > 0 ? low : undefined;
}

/** The minimiser of the cubic through both ends' values and slopes (N&W 3.59), kept inside. */
function interpolate(low: Trial, high: Trial): number {
  const width = high.step - low.step;
  const middle = low.step + width / 2;
  if (!isFinitePoint(high)) return middle;
  const d1 = low.slope + high.slope - (3 * (low.value - high.value)) / (low.step - high.step);
  const d2 = Math.sign(width) * Math.sqrt(d1 * d1 - low.slope * high.slope);
  const cubic = high.step - width * ((high.slope + d2 - d1) / (high.slope - low.slope + 2 * d2));
  const [lower, upper] = [low.step + 0.1 * width, high.step - 0.1 * width].sort((u, v) => u - v);
  return Number.isFinite(cubic)
    ? Math.min(Math.max(cubic, lower as number), upper as number)
    : middle;
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

function isFinitePoint(evaluation: Evaluation): boolean {
  return Number.isFinite(evaluation.value) && evaluation.gradient.every(Number.isFinite);
}

function largest(vector: readonly number[]): number {
  return vector.reduce((most, v) => Math.max(most, Math.abs(v)), 0);
}

function dot(u: readonly number[], v: readonly number[]): number {
  return u.reduce((sum, ui, i) => sum + ui * (v[i] as number), 0);
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
