/**
 * This file defines why a model cannot be fitted to the data given. The custom functions turn it
 * into a message a spreadsheet user can act on; a fit never returns a last iterate as a result.
 */
export type FitFailureReason =
  /** Too few customers with a repeat purchase to estimate the model. */
  | 'too-few-repeat-buyers'
  /** No customer bought more than once: the purchase process cannot be estimated. */
  | 'no-repeat-purchases'
  /** The optimiser stopped before the likelihood settled. */
  | 'did-not-converge'
  /**
   * Gamma-Gamma: the fitted spend per customer has no finite mean (q ≤ 1) — a few very large
   * spenders dominate — so no expected spend can be given.
   */
  | 'no-finite-mean-spend'
  /**
   * Gamma-Gamma: spend per purchase differs no more between customers than between one
   * customer's purchases; the likelihood rises without end as q → ∞, where every customer's
   * expected spend is the mean of all.
   */
  | 'spend-alike'
  /**
   * BG/NBD: customers do not differ in their chance of dropping out after a purchase; a and b
   * run off to ∞ together, and the Beta mixing of that chance cannot be estimated.
   */
  | 'drop-out-alike';

export class FitFailure extends Error {
  constructor(
    readonly model: 'bg-nbd' | 'gamma-gamma' | 'k-means',
    readonly reason: FitFailureReason,
    /** e.g. how many repeat buyers there were and how many the model needs. */
    readonly detail: Readonly<Record<string, number>> = {},
  ) {
    super(`${model}: ${reason}`);
    this.name = 'FitFailure';
  }
}
