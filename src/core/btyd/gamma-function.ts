/**
 * This file defines the logarithm of the gamma function and its derivative, the digamma
 * function, for positive arguments: the buy-till-you-die likelihoods and their gradients are
 * made of them.
 */

/** Lanczos's coefficients for g = 7, nine terms (Godfrey's set): about 15 correct digits. */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
/** From here on the asymptotic series of digamma (to x⁻¹²) is good to about 1e-15. */
const DIGAMMA_SERIES_FROM = 10;

/**
 * ln Γ(x), by the Lanczos approximation, with the reflection formula below ½.
 *
 * @throws {RangeError} when x is not positive (NaN included)
 * @example Math.round(logGamma(0.5) * 1e12) / 1e12 //=> 0.572364942925
 */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError('logGamma requires a positive argument');
  if (x === Number.POSITIVE_INFINITY) return x;
  // Γ(x) Γ(1 − x) = π / sin(πx); the series is accurate for arguments of ½ and more
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let series = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) series += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

/**
 * ψ(x) = d ln Γ(x) / dx: the recurrence ψ(x) = ψ(x + 1) − 1/x up to 10, then the asymptotic
 * series.
 *
 * @throws {RangeError} when x is not positive (NaN included)
 * @example Math.round(digamma(1) * 1e12) / 1e12 //=> -0.577215664902
 */
export function digamma(x: number): number {
  if (!(x > 0)) throw new RangeError('digamma requires a positive argument');
  let shift = 0;
  while (x < DIGAMMA_SERIES_FROM) {
    shift -= 1 / x;
    x += 1;
  }
  const inverseSquare = 1 / (x * x);
  // Bernoulli numbers B₂ₖ / 2k: 1/12, −1/120, 1/252, −1/240, 1/132, −691/32760
  const tail =
    inverseSquare *
    (1 / 12 -
      inverseSquare *
        (1 / 120 -
          inverseSquare *
            (1 / 252 -
              inverseSquare *
                (1 / 240 - inverseSquare * (1 / 132 - (inverseSquare * 691) / 32760)))));
  return shift + Math.log(x) - 0.5 / x - tail;
}
