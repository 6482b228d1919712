/**
 * This file defines the BG/NBD model's fit (Fader, Hardie & Lee 2005, "Counting your customers
 * the easy way"): the parameters r, α, a, b of most likelihood for a repeat history, found by
 * BFGS on the logarithms of the parameters, so that all four stay positive.
 */
import { type BgNbdParameters, bgNbdObjective, checkBgNbdParameters } from './bgnbd-likelihood';
import { FitFailure, type FitFailureReason } from './fit-failure';
import type { RepeatHistory } from './history';
import { minimize } from './minimize';
import { checkRepeatHistory } from './repeat-history-checks';
import { repeatPatterns } from './repeat-patterns';

export type { BgNbdParameters };

/** Fewer repeat buyers than this cannot pin down four parameters: the fit refuses. */
export const BG_NBD_MIN_REPEAT_BUYERS = 10;
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
}

/**
 * The maximum-likelihood BG/NBD parameters for customers' repeat histories.
 *
 * @param history frequency x (repeat purchases), recency t_x and age T per customer, one time unit
 * @throws {RangeError} when the columns differ in length or a customer's (x, t_x, T) is invalid
 * @throws {FitFailure} 'no-repeat-purchases' when every x is 0, 'too-few-repeat-buyers' below
 * BG_NBD_MIN_REPEAT_BUYERS customers with x > 0, 'drop-out-alike' when a and b run off to ∞
 * together, 'did-not-converge' when the optimiser stops short or another parameter runs off
 * @example Math.round(fitBgNbd({ frequency: [0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 5, 8, 1, 2, 1, 4], recency: [0, 0, 0, 0, 0, 0, 1, 8, 1, 2, 9, 3, 9, 9, 1, 2, 9, 3], T: Array(18).fill(10) }).parameters.r * 1000) / 1000 //=> 0.579
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
  const minimum = minimize(bgNbdObjective(patterns), startingPoint(history), {
    maxIterations: options.maxIterations ?? 200,
    gradientTolerance: options.gradientTolerance ?? 1e-9,
  });
  if (!minimum.converged || minimum.point.some((v) => Math.abs(v) > LOG_PARAMETER_LIMIT))
    throw new FitFailure('bg-nbd', edgeReason(minimum.point), {
      iterations: minimum.iterations,
      ...Object.fromEntries(
        ['r', 'alpha', 'a', 'b'].map((name, i) => [name, Math.exp(minimum.point[i] as number)]),
      ),
    });
  const [r, alpha, a, b] = minimum.point.map(Math.exp) as [number, number, number, number];
  return {
    parameters: { r, alpha, a, b },
    logLikelihood: -minimum.value * patterns.customers,
    iterations: minimum.iterations,
    customers: patterns.customers,
  };
}

/**
 * Why a fit ran off: a and b growing together without end is the data saying every customer
 * has the same drop-out chance a/(a + b), which the model's Beta mixing cannot settle on.
 */
function edgeReason([, , logA = 0, logB = 0]: readonly number[]): FitFailureReason {
  return logA > LOG_PARAMETER_LIMIT && logB > LOG_PARAMETER_LIMIT
    ? 'drop-out-alike'
    : 'did-not-converge';
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
 * lifetimes starts from 1 for every parameter with time scaled to a largest T of 10; this is
 * that start in the history's own unit: α = max T / 10.
 */
function startingPoint(history: RepeatHistory): number[] {
  let longest = 0;
  for (let i = 0; i < history.T.length; i++) longest = Math.max(longest, history.T[i] as number);
  return [0, Math.log(longest / 10), 0, 0];
}
