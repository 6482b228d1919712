/**
 * This file defines how the custom functions fit a model: a failure to fit becomes a message
 * that says why, the spend model learns from paid repeat purchases only, and it is refused where
 * its assumption plainly fails.
 */
import { fitBgNbd } from '../core/btyd/bgnbd';
import { probabilityAlive, probabilityOfPurchase } from '../core/btyd/bgnbd-prediction';
import { FitFailure } from '../core/btyd/fit-failure';
import {
  frequencySpendCorrelation,
  frequencySpendRankCorrelation,
} from '../core/btyd/frequency-spend-correlation';
import {
  expectedSpend,
  fitGammaGamma,
  type GammaGammaFit,
  type GammaGammaParameters,
} from '../core/btyd/gamma-gamma';
import type { RepeatHistory } from '../core/btyd/history';
import type { FrequencyAndSpend } from '../core/btyd/repeat-spend';
import { InputError } from './input-error';

/** Runs a fit, turning a failure to fit into an InputError of the whole call. */
export function fitted<Fit>(fitModel: () => Fit): Fit {
  try {
    return fitModel();
  } catch (error) {
    if (!(error instanceof FitFailure)) throw error;
    const { model, reason, detail } = error;
    throw new InputError({ kind: 'fit-failed', model, reason, detail }, {});
  }
}

/** Each customer's P(alive) under the BG/NBD model fitted on them all. */
export function aliveProbabilities(history: RepeatHistory): number[] {
  const { parameters } = fitted(() => fitBgNbd(history));
  const { recency, T } = history;
  return Array.from(history.frequency, (x, i) =>
    probabilityAlive(parameters, x, recency[i] as number, T[i] as number),
  );
}

/** Each customer's probability of buying again within `horizon`, under BG/NBD fitted on them all. */
export function purchaseProbabilities(history: RepeatHistory, horizon: number): number[] {
  const { parameters } = fitted(() => fitBgNbd(history));
  const { recency, T } = history;
  return Array.from(history.frequency, (x, i) =>
    probabilityOfPurchase(parameters, horizon, x, recency[i] as number, T[i] as number),
  );
}

/**
 * Above this, spend per purchase depends on how often customers buy, which the Gamma-Gamma model
 * rules out: its forecast would pull heavy buyers' spend toward the mean of all.
 */
export const STRONG_FREQUENCY_SPEND_CORRELATION = 0.5;

/**
 * Whether the data show frequency and spend correlated beyond STRONG_FREQUENCY_SPEND_CORRELATION:
 * the 95 % confidence interval of the rank correlation |ρ| (Fisher's z, standard error
 * 1.06/√(n − 3) over n repeat buyers, Fieller, Hartley & Pearson 1957) lies above it. A small
 * shop's 20 repeat buyers line up by chance to 0.6 now and then (CDNOW's 946 show 0.11), and
 * refusing them would refuse what the model fits well.
 */
export function clearlyCorrelated(rankCorrelation: number, repeatBuyers: number): boolean {
  if (repeatBuyers <= 3) return false;
  const z = Math.atanh(Math.min(Math.abs(rankCorrelation), 1 - 1e-15));
  const margin = (1.96 * 1.06) / Math.sqrt(repeatBuyers - 3);
  return z - margin > Math.atanh(STRONG_FREQUENCY_SPEND_CORRELATION);
}

/**
 * The Gamma-Gamma model fitted for forecasting spend.
 * @throws {InputError} when the model cannot be fitted, or frequency and spend are clearly
 *   strongly correlated
 */
export function spendModel(history: FrequencyAndSpend): GammaGammaFit {
  // checked first: a strong correlation is also why such data often fail to fit
  const rankCorrelation = correlationOf(history, frequencySpendRankCorrelation);
  const evidence = spendEvidence(history);
  const repeatBuyers = Array.from(evidence.frequency).filter((x) => x > 0).length;
  if (rankCorrelation !== undefined && clearlyCorrelated(rankCorrelation, repeatBuyers)) {
    // the message shows Pearson's r, as GAMMAGAMMA_FIT and Fader & Hardie report it
    const correlation = correlationOf(history) ?? rankCorrelation;
    throw new InputError({ kind: 'frequency-spend-correlated', correlation }, {});
  }
  return fitted(() => fitGammaGamma(evidence));
}

/**
 * The customers as the spend model sees them: a repeat buyer whose repeat purchases were all free
 * or returned (mean repeat spend 0) has shown no spend to learn from, as a one-time buyer has not.
 */
export function spendEvidence(history: FrequencyAndSpend): FrequencyAndSpend {
  const { frequency, monetary } = history;
  return {
    frequency: Array.from(frequency, (x, i) => ((monetary[i] as number) > 0 ? x : 0)),
    monetary,
  };
}

/** A customer's expected spend per purchase; the mean of all without spend to go by. */
export function expectedSpendOf(parameters: GammaGammaParameters, x: number, monetary: number) {
  return expectedSpend(parameters, monetary > 0 ? x : 0, monetary);
}

/**
 * The correlation of repeat purchases and mean spend among repeat buyers; `undefined` where it
 * is not defined: fewer than 3 repeat buyers, or all sharing one count or one spend.
 */
export function correlationOf(
  history: FrequencyAndSpend,
  correlation: (history: FrequencyAndSpend) => number = frequencySpendCorrelation,
): number | undefined {
  const evidence = spendEvidence(history);
  const buyers = Array.from(evidence.frequency, (x, i) => [x, evidence.monetary[i]]).filter(
    ([x]) => (x as number) > 0,
  );
  const varies = (column: 0 | 1) => buyers.some((buyer) => buyer[column] !== buyers[0]?.[column]);
  return buyers.length >= 3 && varies(0) && varies(1) ? correlation(evidence) : undefined;
}
