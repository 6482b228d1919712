/**
 * This file defines the BG/NBD model's fit (Fader, Hardie & Lee 2005, "Counting your customers
 * the easy way"): the parameters r, α, a, b for a repeat history, found by BFGS on the logarithms
 * of the parameters, so that all four stay positive. Where the data decide (the prior's weight
 * under DATA_DECIDE_WEIGHT) it is the maximum likelihood; where they cannot — a small shop, or
 * customers who barely differ, where the likelihood runs off to the model's edge — it is the
 * maximum a posteriori point under the weakly informative prior of prior.ts.
 */
import { type BgNbdParameters, bgNbdObjective, checkBgNbdParameters } from './bgnbd-likelihood';
import { FitFailure } from './fit-failure';
import type { RepeatHistory } from './history';
import { minimize } from './minimize';
import { DATA_DECIDE_WEIGHT, priorWeight, withPrior } from './prior';
import { checkRepeatHistory } from './repeat-history-checks';
import { repeatPatterns } from './repeat-patterns';

export type { BgNbdParameters };

/**
 * Fewer repeat buyers than this would leave the answer all prior: the fit refuses. From this
 * many on the prior carries what the data cannot settle.
 */
export const BG_NBD_MIN_REPEAT_BUYERS = 3;
// Beyond e^±15 (3e-7 to 3e6, in any time unit from hours to years) a parameter is running off
// to 0 or ∞: the likelihood is flat there and the data cannot settle it.
const LOG_PARAMETER_LIMIT = 15;

export interface BgNbdFitOptions {
  /** The most BFGS steps (default 200). */
  readonly maxIterations?: number;
  /**
   * Converged when every component of the gradient of the log-likelihood per customer, in the
   * log-parameters, is within this of 0 (default 1e-9).
   */
  readonly gradientTolerance?: number;
}

export interface BgNbdFit {
  readonly parameters: BgNbdParameters;
  /** The log-likelihood summed over all customers, at the parameters. */
  readonly logLikelihood: number;
  /** BFGS steps taken. */
  readonly iterations: number;
  readonly customers: number;
  /** The prior's weight at the maximum a posteriori point (prior.ts), 0 to 1. */
  readonly priorWeight: number;
  /** Whether the parameters are the maximum a posteriori point rather than the maximum likelihood. */
  readonly leansOnPrior: boolean;
}

/**
 * The BG/NBD parameters for customers' repeat histories: the maximum likelihood where the data
 * decide, else the maximum a posteriori point under the weakly informative prior.
 *
 * @param history frequency x (repeat purchases), recency t_x and age T per customer, one time unit
 * @throws {RangeError} when the columns differ in length or a customer's (x, t_x, T) is invalid
 * @throws {FitFailure} 'no-repeat-purchases' when every x is 0, 'too-few-repeat-buyers' below
 * BG_NBD_MIN_REPEAT_BUYERS customers with x > 0, 'did-not-converge' when the optimiser stops short
 * @example Math.round(fitBgNbd({ frequency: [0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 5, 8, 1, 2, 1, 4], recency: [0, 0, 0, 0, 0, 0, 1, 8, 1, 2, 9, 3, 9, 9, 1, 2, 9, 3], T: Array(18).fill(10) }).parameters.r * 1000) / 1000 //=> 0.583
 */
export function fitBgNbd(history: RepeatHistory, options: BgNbdFitOptions = {}): BgNbdFit {
  checkRepeatHistory('fitBgNbd', history);
  const patterns = repeatPatterns(history);
  const repeatBuyers = patterns.customers - (patterns.customersAt[0] ?? 0);
  if (repeatBuyers === 0) throw new FitFailure('bg-nbd', 'no-repeat-purchases', { repeatBuyers });
  if (repeatBuyers < BG_NBD_MIN_REPEAT_BUYERS)
    throw new FitFailure('bg-nbd', 'too-few-repeat-buyers', {
      repeatBuyers,
      needed: BG_NBD_MIN_REPEAT_BUYERS,
    });
  const settings = {
    maxIterations: options.maxIterations ?? 200,
    gradientTolerance: options.gradientTolerance ?? 1e-9,
  };
  const likelihood = bgNbdObjective(patterns);
  const centre = priorCentre(history);
  const posterior = withPrior(likelihood, centre, patterns.customers);
  const mode = minimize(posterior, centre, settings);
  if (!mode.converged)
    throw new FitFailure('bg-nbd', 'did-not-converge', {
      iterations: mode.iterations,
      ...namedParameters(mode.point),
    });
  const weight = priorWeight(posterior, mode.point, patterns.customers);
  const found = (point: readonly number[], iterations: number, leansOnPrior: boolean) => {
    const [r, alpha, a, b] = point.map(Math.exp) as [number, number, number, number];
    return {
      parameters: { r, alpha, a, b },
      logLikelihood: -likelihood(point).value * patterns.customers,
      iterations,
      customers: patterns.customers,
      priorWeight: weight,
      leansOnPrior,
    };
  };
  if (weight < DATA_DECIDE_WEIGHT) {
    const best = minimize(likelihood, mode.point, settings);
    if (best.converged && best.point.every((v) => Math.abs(v) <= LOG_PARAMETER_LIMIT))
      return found(best.point, mode.iterations + best.iterations, false);
  }
  return found(mode.point, mode.iterations, true);
}

function namedParameters(point: readonly number[]): Record<string, number> {
  return Object.fromEntries(
    ['r', 'alpha', 'a', 'b'].map((name, i) => [name, Math.exp(point[i] as number)]),
  );
}

/**
 * The BG/NBD log-likelihood of a repeat history, summed over customers (FHL 2005 eq. 6).
 *
 * @throws {RangeError} when the history is invalid (as fitBgNbd) or a parameter is not above 0
 * @example Math.round(bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: [1, 0], recency: [2, 0], T: [5, 5] }) * 1e6) / 1e6 //=> -4.458988
 */
export function bgNbdLogLikelihood(parameters: BgNbdParameters, history: RepeatHistory): number {
  checkRepeatHistory('bgNbdLogLikelihood', history);
  checkBgNbdParameters('bgNbdLogLikelihood', parameters);
  const { r, alpha, a, b } = parameters;
  const patterns = repeatPatterns(history);
  return -bgNbdObjective(patterns)([r, alpha, a, b].map(Math.log)).value * patterns.customers;
}

/**
 * The prior's centre, where the fit also starts: lifetimes' start, 1 for every parameter with
 * time scaled to a largest T of 10, in the history's own unit: α = max T / 10. So r = a = b = 1:
 * customers' purchase rates spread as an exponential, drop-out chances evenly over 0 to 1.
 */
function priorCentre(history: RepeatHistory): number[] {
  let longest = 0;
  for (let i = 0; i < history.T.length; i++) longest = Math.max(longest, history.T[i] as number);
  return [0, Math.log(longest / 10), 0, 0];
}
