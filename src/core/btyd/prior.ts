/**
 * This file defines the weakly informative prior the model fits lean on where the data cannot
 * settle a parameter (small shops; customers who barely differ): each log-parameter normal with
 * standard deviation PRIOR_SD about a centre (PyMC-Marketing's approach, fitted here as a maximum
 * a posteriori point), and the prior's weight at a fit: the share of a log-parameter's prior
 * variance still left after the data, 0 where the data alone decide and 1 where they say nothing.
 */
import { dot, type Objective } from './line-search';

/** The prior's standard deviation on each log-parameter: e^±2.5 spans a factor of 150 either way. */
export const PRIOR_SD = 2.5;

/**
 * Below this prior weight the data decide: the fit is the maximum likelihood itself, so that
 * large data give the published values exactly, not pulled by the prior.
 */
export const DATA_DECIDE_WEIGHT = 0.05;

/**
 * The objective per customer plus the prior's −log density per customer, over the log-parameters.
 *
 * @param centres the prior's centre of each log-parameter
 * @param customers how many customers the objective is a mean over
 * @example withPrior(() => ({ value: 0, gradient: [0] }), [0], 1)([PRIOR_SD]).value //=> 0.5
 */
export function withPrior(
  objective: Objective,
  centres: readonly number[],
  customers: number,
): Objective {
  const precision = 1 / (PRIOR_SD * PRIOR_SD * customers);
  return (point) => {
    const { value, gradient } = objective(point);
    const offsets = point.map((v, i) => v - (centres[i] as number));
    return {
      value: value + (precision * dot(offsets, offsets)) / 2,
      gradient: gradient.map((g, i) => g + precision * (offsets[i] as number)),
    };
  };
}

/**
 * The prior's weight at a point of the posterior objective: the largest, over the
 * log-parameters, of posterior variance / prior variance, the posterior variance from the
 * inverse of the Hessian (by central differences of the gradient). A Hessian that is not
 * positive definite (not at a minimum) gives 1.
 *
 * @param posterior withPrior's objective
 * @example Math.round(priorWeight(withPrior(([x = 0]) => ({ value: x * x / 2, gradient: [x] }), [0], 1), [0], 1) * 1e6) / 1e6 //=> 0.137931
 */
export function priorWeight(posterior: Objective, point: readonly number[], customers: number) {
  const step = 1e-4;
  const hessian = point.map((_, j) => {
    const up = posterior(point.map((v, k) => (k === j ? v + step : v))).gradient;
    const down = posterior(point.map((v, k) => (k === j ? v - step : v))).gradient;
    return up.map((g, i) => ((g - (down[i] as number)) / (2 * step)) * customers);
  });
  const covariance = inverseOfPositiveDefinite(hessian);
  if (covariance === undefined) return 1;
  let weight = 0;
  for (const [i, row] of covariance.entries())
    weight = Math.max(weight, (row[i] as number) / (PRIOR_SD * PRIOR_SD));
  return Math.min(1, weight);
}

/** The inverse of a small symmetric matrix by Cholesky; `undefined` unless positive definite. */
function inverseOfPositiveDefinite(matrix: readonly number[][]): number[][] | undefined {
  const n = matrix.length;
  const lower = matrix.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = ((matrix[i]?.[j] as number) + (matrix[j]?.[i] as number)) / 2;
      for (let k = 0; k < j; k++) s -= (lower[i]?.[k] as number) * (lower[j]?.[k] as number);
      if (i === j) {
        if (!(s > 0)) return undefined;
        (lower[i] as number[])[i] = Math.sqrt(s);
      } else (lower[i] as number[])[j] = s / (lower[j]?.[j] as number);
    }
  // columns of L⁻¹ by forward substitution, then (L⁻¹)ᵀ L⁻¹
  const inverseLower = lower.map(() => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++)
    for (let i = c; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= (lower[i]?.[k] as number) * (inverseLower[k]?.[c] as number);
      (inverseLower[i] as number[])[c] = s / (lower[i]?.[i] as number);
    }
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => {
      let s = 0;
      for (let k = Math.max(i, j); k < n; k++)
        s += (inverseLower[k]?.[i] as number) * (inverseLower[k]?.[j] as number);
      return s;
    }),
  );
}
