/**
 * This file defines what a fitted BG/NBD model says about a customer with history (x, t_x, T):
 * the probability of being alive, and the expected number of purchases in the next t time units
 * (Fader, Hardie & Lee 2005, eq. 10; lifetimes' `conditional_probability_alive` and
 * `conditional_expected_number_of_purchases_up_to_time`), and for a new customer (eq. 9); and
 * the probability that the customer buys at least once in the next t time units, which ranks
 * customers by who buys again (docs/prediction-backtests.md), where P(alive) does not.
 */
import { type BgNbdParameters, checkBgNbdParameters } from './bgnbd-likelihood';
import { hyp2f1, hyp2f1MinusOne } from './hypergeometric';
import { checkRepeatCustomer } from './repeat-history-checks';

/**
 * The probability that a customer with history (x, t_x, T) has not dropped out:
 * 1 / (1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + t_x))^(r+x)) (Fader, Hardie & Lee 2008,
 * "Computing P(alive) using the BG/NBD model"); 1 when x = 0, since the model lets customers
 * drop out only after a repeat purchase.
 *
 * @param parameters a fit's r, α, a, b
 * @param frequency x, repeat purchases
 * @param recency t_x, first to last purchase
 * @param T first purchase to now, in α's time unit
 * @throws {RangeError} when a parameter is not above 0 or (x, t_x, T) is invalid
 * @example Math.round(probabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86) * 1e6) / 1e6 //=> 0.726579
 */
export function probabilityAlive(
  parameters: BgNbdParameters,
  frequency: number,
  recency: number,
  T: number,
): number {
  checkBgNbdParameters('probabilityAlive', parameters);
  checkRepeatCustomer('probabilityAlive', frequency, recency, T);
  return aliveShare(parameters, frequency, recency, T);
}

/**
 * The probability that a customer with history (x, t_x, T) buys at least once in (T, T + t]:
 * P(alive) · (1 − ((α + T)/(α + T + t))^(r+x)). Why: a BG/NBD customer drops out only just after
 * a purchase, so one alive at T makes no purchase in (T, T + t] exactly when the Poisson process
 * has no event there, probability e^(−λt); given alive, λ ~ Gamma(r + x, α + T) (FHL 2005 §3:
 * the likelihood λ^x e^(−λT) times the Gamma(r, α) prior), and the mean of e^(−λt) over it is
 * ((α + T)/(α + T + t))^(r+x). It is P(X(T, T + t) > 0), one minus lifetimes'
 * `conditional_probability_of_n_purchases_up_to_time(0, t, x, t_x, T)`.
 *
 * @param t the horizon, ≥ 0, in α's time unit
 * @throws {RangeError} when t is negative or not finite, a parameter is not above 0, or (x, t_x, T)
 * is invalid
 * @example Math.round(probabilityOfPurchase({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 0, 0, 38.86) * 1e6) / 1e6 //=> 0.144551
 */
export function probabilityOfPurchase(
  parameters: BgNbdParameters,
  t: number,
  frequency: number,
  recency: number,
  T: number,
): number {
  checkBgNbdParameters('probabilityOfPurchase', parameters);
  checkRepeatCustomer('probabilityOfPurchase', frequency, recency, T);
  checkHorizon('probabilityOfPurchase', t);
  const { r, alpha } = parameters;
  const none = Math.exp((r + frequency) * Math.log1p(-t / (alpha + T + t)));
  return aliveShare(parameters, frequency, recency, T) * (1 - none);
}

/**
 * The expected number of purchases in (T, T + t] of a customer with history (x, t_x, T) (FHL 2005
 * eq. 10): (a + b + x − 1)/(a − 1) · [1 − ((α + T)/(α + T + t))^(r+x) ₂F₁(r + x, b + x;
 * a + b + x − 1; t/(α + T + t))] · P(alive).
 *
 * @param t the horizon, ≥ 0, in α's time unit
 * @throws {RangeError} when t is negative or not finite, a parameter is not above 0, or (x, t_x, T)
 * is invalid
 * @example Math.round(expectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 2, 30.43, 38.86) * 1e6) / 1e6 //=> 1.226028
 */
export function expectedPurchases(
  parameters: BgNbdParameters,
  t: number,
  frequency: number,
  recency: number,
  T: number,
): number {
  checkBgNbdParameters('expectedPurchases', parameters);
  checkRepeatCustomer('expectedPurchases', frequency, recency, T);
  checkHorizon('expectedPurchases', t);
  return (
    purchasesIfAlive(parameters, t, frequency, parameters.alpha + T) *
    aliveShare(parameters, frequency, recency, T)
  );
}

/**
 * The expected number of repeat purchases in a new customer's first t time units (FHL 2005 eq. 9):
 * (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r ₂F₁(r, b; a + b − 1; t/(α + t))].
 *
 * @throws {RangeError} when t is negative or not finite, or a parameter is not above 0
 * @example Math.round(expectedPurchasesOfNewCustomer({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39) * 1e6) / 1e6 //=> 1.196723
 */
export function expectedPurchasesOfNewCustomer(parameters: BgNbdParameters, t: number): number {
  checkBgNbdParameters('expectedPurchasesOfNewCustomer', parameters);
  checkHorizon('expectedPurchasesOfNewCustomer', t);
  return purchasesIfAlive(parameters, t, 0, parameters.alpha);
}

function checkHorizon(caller: string, t: number): void {
  if (!(Number.isFinite(t) && t >= 0))
    throw new RangeError(`${caller} requires a finite horizon t of 0 or more, not ${t}`);
}

function aliveShare({ r, alpha, a, b }: BgNbdParameters, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const logDeadOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
  return 1 / (1 + Math.exp(logDeadOdds));
}

/**
 * Eq. 10 without P(alive), with scale = α + T. By Euler's transformation (DLMF 15.8.1),
 * (1 − z)^(r+x) ₂F₁(r + x, b + x; c; z) = (1 − z)^(a−1) ₂F₁(a + b − 1 − r, a − 1; c; z),
 * c = a + b + x − 1: the right side has small parameters and no overflow for large x, where the
 * left ₂F₁ grows like (1 − z)^−(r+x) (lifetimes switches to it only once that overflows). With
 * u = (1 − z)^(a−1) and F the right ₂F₁, c(1 − uF)/(a − 1) = [c(1 − u) − u·c(F − 1)]/(a − 1),
 * where both 1 − u and F − 1 are proportional to a − 1: computed as such (expm1, hyp2f1MinusOne)
 * they keep their precision as a nears 1. At a = 1 exactly, 0/0, the value is the mean of its
 * neighbours at 1 ± 1e-8, exact to about 1e-16 as the function is smooth in a. At c = 0 (x = 0,
 * a + b = 1), c(F − 1) is its limit (a + b − 1 − r)(a − 1)z ₂F₁(a + b − r, a; 2; z).
 */
const A_STEP = 1e-8;

function purchasesIfAlive(
  parameters: BgNbdParameters,
  t: number,
  x: number,
  scale: number,
): number {
  const { r, a, b } = parameters;
  if (a === 1)
    return (
      (purchasesIfAlive({ ...parameters, a: 1 - A_STEP }, t, x, scale) +
        purchasesIfAlive({ ...parameters, a: 1 + A_STEP }, t, x, scale)) /
      2
    );
  const c = a + b + x - 1;
  const z = t / (scale + t);
  const logRemaining = (a - 1) * Math.log1p(-z);
  const first = a + b - 1 - r;
  const scaledExcess =
    c === 0
      ? first * (a - 1) * z * hyp2f1(first + 1, a, 2, z)
      : c * hyp2f1MinusOne(first, a - 1, c, z);
  return (-c * Math.expm1(logRemaining) - Math.exp(logRemaining) * scaledExcess) / (a - 1);
}
