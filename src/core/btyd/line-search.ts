/**
 * This file defines the line search of the minimiser: a step along a descent direction meeting
 * the strong Wolfe conditions (Nocedal & Wright 2006, Numerical Optimization, algorithms 3.5 and
 * 3.6), found from the function's values and slopes.
 */

/** A function's value and gradient at one point. */
export interface Evaluation {
  readonly value: number;
  readonly gradient: readonly number[];
}

/** The function to minimise; it may give a non-finite value where it is undefined. */
export type Objective = (point: readonly number[]) => Evaluation;

/** A point tried along the search direction. */
export interface Trial extends Evaluation {
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
 * A step along `direction` meeting the strong Wolfe conditions (N&W algorithm 3.5), if found.
 *
 * @param start the objective at `point`
 * @param direction a descent direction: its dot product with the gradient is negative
 * @param firstStep the step to try first, as a multiple of `direction`
 * @returns the step with its evaluation; undefined when no step lowers the objective
 * @example lineSearch(([x = 0]) => ({ value: x * x, gradient: [2 * x] }), [1], { value: 1, gradient: [2] }, [-1], 1)?.step //=> 1
 */
export function lineSearch(
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

/**
 * Whether a value and its gradient are all finite numbers.
 *
 * @example isFinitePoint({ value: 1, gradient: [0, Number.NaN] }) //=> false
 */
export function isFinitePoint(evaluation: Evaluation): boolean {
  return Number.isFinite(evaluation.value) && evaluation.gradient.every(Number.isFinite);
}

/**
 * The dot product of two vectors of the same length.
 *
 * @example dot([1, 2], [3, 4]) //=> 11
 */
export function dot(u: readonly number[], v: readonly number[]): number {
  return u.reduce((sum, ui, i) => sum + ui * (v[i] as number), 0);
}
