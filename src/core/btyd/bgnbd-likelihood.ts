/**
 * This file defines the BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6) and its gradient,
 * in the numerically stable form of lifetimes' `BetaGeoFitter._negative_log_likelihood`: per
 * customer with x repeat purchases, recency t_x and age T,
 *   ln L = ln[Γ(r + x)/Γ(r)] + r ln α + ln[B(a, b + x)/B(a, b)]
 *          + ln[(α + T)^−(r+x) + [x > 0] a/(b + x − 1) · (α + t_x)^−(r+x)],
 * the last term by log-sum-exp. It runs over repeat patterns (customers with equal (x, t_x, T)
 * once, with a weight), and the terms of x alone are sums over k < x of ln(r + k), ln(b + k) and
 * ln(a + b + k), built once per evaluation up to the largest x and weighted by customers per x.
 */
import type { Objective } from './minimize';
import type { RepeatPatterns } from './repeat-patterns';

/** BG/NBD parameters: purchase rates λ ~ Gamma(r, α), drop-out probabilities p ~ Beta(a, b). */
export interface BgNbdParameters {
  readonly r: number;
  /** The rate's scale, in the history's time unit. */
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/**
 * Checks that every parameter is a finite number above 0.
 *
 * @param caller the function named in the error message
 * @throws {RangeError} when a parameter is not a finite number above 0
 * @example checkBgNbdParameters('probabilityAlive', { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }) //=> undefined
 */
export function checkBgNbdParameters(caller: string, parameters: BgNbdParameters): void {
  for (const name of ['r', 'alpha', 'a', 'b'] as const) {
    const value = parameters[name];
    if (!(Number.isFinite(value) && value > 0))
      throw new RangeError(`${caller} requires a finite ${name} above 0, not ${value}`);
  }
}

/**
 * The negative log-likelihood per customer, and its gradient, as a function of the parameters'
 * logarithms (ln r, ln α, ln a, ln b), for the minimiser.
 *
 * A one-time buyer first seen T = 5 ago, at r = α = a = b = 1: −ln L = ln((α + T)/α)^r = ln 6.
 * @example bgNbdObjective({ customers: 1, largestFrequency: 0, customersAt: new Float64Array([1]), ages: new Float64Array([5]), recencies: new Float64Array(0), oneTimeBuyersAt: new Float64Array([1]), frequency: new Int32Array(0), weight: new Float64Array(0), recencyIndex: new Int32Array(0), ageIndex: new Int32Array(0) })([0, 0, 0, 0]).value //=> Math.log(6)
 */
export function bgNbdObjective(patterns: RepeatPatterns): Objective {
  const { frequency, weight, recencyIndex, ageIndex } = patterns;
  return (logParameters) => {
    const [r, alpha, a, b] = logParameters.map(Math.exp) as [number, number, number, number];
    const n = patterns.customers;
    const logAlpha = Math.log(alpha);
    const sums = frequencyTerms(patterns, r, a, b);
    sums.value += n * r * logAlpha;
    sums.dr += n * logAlpha;
    let dAlpha = (n * r) / alpha;
    const logAge = patterns.ages.map((T) => Math.log(alpha + T));
    const ageShare = patterns.ages.map((T) => 1 / (alpha + T));
    for (let i = 0; i < logAge.length; i++) {
      const customers = patterns.oneTimeBuyersAt[i] as number;
      sums.value -= customers * r * (logAge[i] as number);
      sums.dr -= customers * (logAge[i] as number);
      dAlpha -= customers * r * (ageShare[i] as number);
    }
    const logRecency = patterns.recencies.map((tx) => Math.log(alpha + tx));
    const recencyShare = patterns.recencies.map((tx) => 1 / (alpha + tx));
    // ln(a/(b + x − 1)) and 1/(b + x − 1) per x
    const logDropOutOdds = new Float64Array(patterns.largestFrequency + 1);
    const dropOutShare = new Float64Array(patterns.largestFrequency + 1);
    for (let x = 1; x <= patterns.largestFrequency; x++) {
      logDropOutOdds[x] = Math.log(a / (b + x - 1));
      dropOutShare[x] = 1 / (b + x - 1);
    }
    let dropped = 0;
    let droppedOverB = 0;
    for (let i = 0; i < weight.length; i++) {
      const x = frequency[i] as number;
      const w = weight[i] as number;
      const age = ageIndex[i] as number;
      const recent = recencyIndex[i] as number;
      // ln L mixes "alive at T" and "dropped out after t_x" by log-sum-exp
      const aliveTerm = -(r + x) * (logAge[age] as number);
      const droppedTerm = (logDropOutOdds[x] as number) - (r + x) * (logRecency[recent] as number);
      const difference = droppedTerm - aliveTerm;
      const ratio = Math.exp(-Math.abs(difference));
      const pDropped = difference > 0 ? 1 / (1 + ratio) : ratio / (1 + ratio);
      const pAlive = 1 - pDropped;
      sums.value += w * (Math.max(aliveTerm, droppedTerm) + Math.log1p(ratio));
      sums.dr -= w * (pAlive * (logAge[age] as number) + pDropped * (logRecency[recent] as number));
      dAlpha -=
        w *
        (r + x) *
        (pAlive * (ageShare[age] as number) + pDropped * (recencyShare[recent] as number));
      dropped += w * pDropped;
      droppedOverB += w * pDropped * (dropOutShare[x] as number);
    }
    const da = sums.da + dropped / a;
    const db = sums.db - droppedOverB;
    return {
      value: -sums.value / n,
      gradient: [(-sums.dr * r) / n, (-dAlpha * alpha) / n, (-da * a) / n, (-db * b) / n],
    };
  };
}

/**
 * Σ over customers of ln[Γ(r + x)Γ(b + x)Γ(a + b) / (Γ(r)Γ(b)Γ(a + b + x))], and its
 * derivatives in r, a and b, from running sums over k < x.
 */
function frequencyTerms(patterns: RepeatPatterns, r: number, a: number, b: number) {
  const terms = { value: 0, dr: 0, da: 0, db: 0 };
  let value = 0;
  let dr = 0;
  let db = 0;
  let dab = 0;
  for (let x = 0; x <= patterns.largestFrequency; x++) {
    const customers = patterns.customersAt[x] as number;
    terms.value += customers * value;
    terms.dr += customers * dr;
    terms.da -= customers * dab;
    terms.db += customers * (db - dab);
    value += Math.log(r + x) + Math.log(b + x) - Math.log(a + b + x);
    dr += 1 / (r + x);
    db += 1 / (b + x);
    dab += 1 / (a + b + x);
  }
  return terms;
}
