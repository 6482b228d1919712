/**
 * This file defines the Gamma-Gamma model's likelihood (Fader & Hardie 2013, "The Gamma-Gamma
 * Model of Monetary Value", eq. 4): a customer's x repeat purchases each cost Gamma(p, ν), and ν
 * varies across customers as Gamma(q, γ); so the mean spend m̄ of x purchases has density
 *
 *   Γ(px + q) / (Γ(px) Γ(q)) · γ^q · m̄^(px − 1) · x^(px) / (γ + x m̄)^(px + q).
 *
 * The fit minimises the negative mean log-likelihood over (ln p, ln q, ln γ), which needs no
 * bounds; its gradient is analytic.
 */
import { digamma, logGamma } from './gamma-function';
import type { Objective } from './minimize';
import type { RepeatSpend } from './repeat-spend';

/**
 * The negative log-likelihood per repeat buyer, and its gradient, at (ln p, ln q, ln γ).
 * Outside the parameters' range (a parameter 0 or infinite, as exp gives at the extremes) it is
 * +∞, which the minimiser steps back from.
 *
 * @param spend the repeat buyers, at least one
 * @throws {RangeError} when there is no repeat buyer
 * @example Math.round(gammaGammaObjective({ frequency: [1], monetary: [10] })([0, 0, 0]).value * 1e6) / 1e6 //=> 4.795791
 */
export function gammaGammaObjective(spend: RepeatSpend): Objective {
  const { frequency, monetary } = spend;
  const customers = frequency.length;
  if (customers === 0) throw new RangeError('gammaGammaObjective requires a repeat buyer');
  // The gamma functions depend on a customer only through x, which takes few values: they are
  // evaluated once per value, leaving one logarithm per customer.
  const buyersByFrequency = new Map<number, number>();
  let sumLogMonetary = 0;
  let sumFrequencyLogMonetary = 0;
  for (let i = 0; i < customers; i++) {
    const x = frequency[i] as number;
    const logM = Math.log(monetary[i] as number);
    buyersByFrequency.set(x, (buyersByFrequency.get(x) ?? 0) + 1);
    sumLogMonetary += logM;
    sumFrequencyLogMonetary += x * logM;
  }
  const frequencies = [...buyersByFrequency.keys()].sort((a, b) => a - b);
  return ([logP = 0, logQ = 0, logGammaScale = 0]) => {
    const p = Math.exp(logP);
    const q = Math.exp(logQ);
    const gamma = Math.exp(logGammaScale);
    if (![p, q, gamma].every((value) => value > 0 && value < Number.POSITIVE_INFINITY)) {
      return { value: Number.POSITIVE_INFINITY, gradient: [Number.NaN, Number.NaN, Number.NaN] };
    }
    // the terms in x alone: Σ n_x [ln Γ(px + q) − ln Γ(px) + px ln x] and their slopes
    let byFrequency = 0;
    let byFrequencySlopeP = 0;
    let byFrequencySlopeQ = 0;
    for (const x of frequencies) {
      const buyers = buyersByFrequency.get(x) as number;
      const shape = p * x;
      const digammaOfSum = digamma(shape + q);
      byFrequency += buyers * (logGamma(shape + q) - logGamma(shape) + shape * Math.log(x));
      byFrequencySlopeP += buyers * x * (digammaOfSum - digamma(shape) + Math.log(x));
      byFrequencySlopeQ += buyers * digammaOfSum;
    }
    // the terms in γ + x m̄, per customer
    let sumLogTotal = 0;
    let sumFrequencyLogTotal = 0;
    let sumFrequencyOverTotal = 0;
    let sumOneOverTotal = 0;
    for (let i = 0; i < customers; i++) {
      const x = frequency[i] as number;
      const total = gamma + x * (monetary[i] as number);
      const logTotal = Math.log(total);
      sumLogTotal += logTotal;
      sumFrequencyLogTotal += x * logTotal;
      sumFrequencyOverTotal += x / total;
      sumOneOverTotal += 1 / total;
    }
    const logLikelihood =
      byFrequency +
      customers * (q * logGammaScale - logGamma(q)) +
      p * sumFrequencyLogMonetary -
      sumLogMonetary -
      p * sumFrequencyLogTotal -
      q * sumLogTotal;
    const slopeP = byFrequencySlopeP + sumFrequencyLogMonetary - sumFrequencyLogTotal;
    const slopeQ = byFrequencySlopeQ + customers * (logGammaScale - digamma(q)) - sumLogTotal;
    const slopeGamma = (customers * q) / gamma - p * sumFrequencyOverTotal - q * sumOneOverTotal;
    // by ln θ rather than θ: ∂/∂ln θ = θ ∂/∂θ
    return {
      value: -logLikelihood / customers,
      gradient: [
        (-p * slopeP) / customers,
        (-q * slopeQ) / customers,
        (-gamma * slopeGamma) / customers,
      ],
    };
  };
}
