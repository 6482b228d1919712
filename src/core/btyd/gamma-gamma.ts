/**
 * This file defines the Gamma-Gamma model of spend per purchase (Fader & Hardie 2013; lifetimes'
 * `GammaGammaFitter`): its maximum-likelihood fit on the repeat buyers and each customer's
 * expected spend per purchase, which shrinks the customer's own mean towards the population's.
 * As the BG/NBD fit, it is the maximum likelihood where the data decide, else the maximum a
 * posteriori point under the weakly informative prior of prior.ts.
 * The model assumes spend per purchase does not depend on how often a customer buys (see
 * frequency-spend-correlation.ts).
 */
import { sum } from '../sum';
import { FitFailure } from './fit-failure';
import { gammaGammaObjective } from './gamma-gamma-likelihood';
import { minimize } from './minimize';
import { DATA_DECIDE_WEIGHT, priorWeight, withPrior } from './prior';
import { type FrequencyAndSpend, type RepeatSpend, repeatSpend } from './repeat-spend';

/** Spend per purchase is Gamma(p, ν); ν varies across customers as Gamma(q, γ) (γ a rate). */
export interface GammaGammaParameters {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

export interface GammaGammaFit {
  readonly parameters: GammaGammaParameters;
  /** The log-likelihood of the repeat buyers' mean spend at the fit. */
  readonly logLikelihood: number;
  /** Steps the optimiser took. */
  readonly iterations: number;
  /** Repeat buyers the model was fitted on. */
  readonly customers: number;
  /** The prior's weight at the maximum a posteriori point (prior.ts), 0 to 1. */
  readonly priorWeight: number;
  /** Whether the parameters are the maximum a posteriori point rather than the maximum likelihood. */
  readonly leansOnPrior: boolean;
}

/**
 * Fewer repeat buyers than this would leave the answer all prior: the fit refuses. From this
 * many on the prior carries what the data cannot settle.
 */
export const GAMMA_GAMMA_MIN_REPEAT_BUYERS = 3;

/**
 * Fits the Gamma-Gamma model on the customers with a repeat purchase (x > 0); the others are
 * left out. The prior is centred where the fit starts: p = 1, q = 2 and γ the repeat buyers'
 * mean spend, so that the population's mean spend pγ/(q − 1) is theirs.
 *
 * @throws {RangeError} when the columns differ in length, a frequency is not a whole number of
 *   0 or more, a mean spend is not finite, or a repeat buyer's mean spend is not positive
 * @throws {FitFailure} `too-few-repeat-buyers` below GAMMA_GAMMA_MIN_REPEAT_BUYERS;
 *   `did-not-converge` when the optimiser does not settle; `no-finite-mean-spend` when q ≤ 1
 * @example fitGammaGamma({ frequency: [1, 2, 1, 3, 1, 2, 4, 1, 2, 1, 5, 0], monetary: [10, 14, 35, 20, 12, 50, 18, 9, 25, 40, 22, 0] }).customers //=> 11
 */
export function fitGammaGamma(history: FrequencyAndSpend): GammaGammaFit {
  const spend = sortedBySpend(repeatSpend(history, 'fitGammaGamma'));
  const customers = spend.frequency.length;
  if (customers < GAMMA_GAMMA_MIN_REPEAT_BUYERS) {
    throw new FitFailure('gamma-gamma', 'too-few-repeat-buyers', {
      repeatBuyers: customers,
      needed: GAMMA_GAMMA_MIN_REPEAT_BUYERS,
    });
  }
  const meanSpend = sum(spend.monetary) / customers;
  const centre = [0, Math.LN2, Math.log(meanSpend)];
  const likelihood = gammaGammaObjective(spend);
  const posterior = withPrior(likelihood, centre, customers);
  const mode = minimize(posterior, centre);
  if (!mode.converged)
    throw new FitFailure('gamma-gamma', 'did-not-converge', {
      iterations: mode.iterations,
      ...namedParameters(mode.point),
    });
  const weight = priorWeight(posterior, mode.point, customers);
  let point = mode.point;
  let iterations = mode.iterations;
  let leansOnPrior = true;
  if (weight < DATA_DECIDE_WEIGHT) {
    const best = minimize(likelihood, mode.point);
    if (best.converged) {
      point = best.point;
      iterations += best.iterations;
      leansOnPrior = false;
    }
  }
  const parameters = namedParameters(point);
  if (parameters.q <= 1) {
    throw new FitFailure('gamma-gamma', 'no-finite-mean-spend', { ...parameters });
  }
  return {
    parameters,
    logLikelihood: -likelihood(point).value * customers,
    iterations,
    customers,
    priorWeight: weight,
    leansOnPrior,
  };
}

function namedParameters([logP = 0, logQ = 0, logGammaScale = 0]: readonly number[]) {
  return { p: Math.exp(logP), q: Math.exp(logQ), gamma: Math.exp(logGammaScale) };
}

/**
 * A customer's expected spend per purchase given x repeat purchases of mean spend m̄ (Fader &
 * Hardie 2013, eq. 5): the weighted mean (q − 1)/(px + q − 1) · pγ/(q − 1) + px/(px + q − 1) · m̄
 * of the population mean and the customer's, which is p(γ + x m̄)/(px + q − 1). With x = 0 it is
 * the population mean pγ/(q − 1), whatever m̄.
 *
 * @throws {RangeError} when p, q or γ is not positive and finite, q ≤ 1 (no finite mean), x is
 *   not a whole number of 0 or more, m̄ is not finite, or x > 0 and m̄ is not positive
 * @example Math.round(expectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, 0, 0) * 100) / 100 //=> 35.22
 */
export function expectedSpend(
  parameters: GammaGammaParameters,
  frequency: number,
  monetary: number,
): number {
  const { p, q, gamma } = parameters;
  if (![p, q, gamma].every((value) => value > 0 && Number.isFinite(value))) {
    throw new RangeError('expectedSpend requires positive, finite p, q and γ');
  }
  if (q <= 1) throw new RangeError('expectedSpend requires q > 1: spend has no finite mean');
  repeatSpend({ frequency: [frequency], monetary: [monetary] }, 'expectedSpend');
  return (p * (gamma + frequency * monetary)) / (p * frequency + q - 1);
}

/**
 * The repeat buyers by x, then m̄: the likelihood's sums then do not depend on the order the
 * customers came in, so neither does the fit.
 */
function sortedBySpend(spend: RepeatSpend): RepeatSpend {
  const order = spend.frequency.map((_, i) => i);
  order.sort(
    (i, j) =>
      (spend.frequency[i] as number) - (spend.frequency[j] as number) ||
      (spend.monetary[i] as number) - (spend.monetary[j] as number),
  );
  return {
    frequency: order.map((i) => spend.frequency[i] as number),
    monetary: order.map((i) => spend.monetary[i] as number),
  };
}
