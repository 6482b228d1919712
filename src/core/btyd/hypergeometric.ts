/**
 * This file defines the Gauss hypergeometric function ₂F₁(a, b; c; z) on 0 ≤ z < 1, which the
 * BG/NBD model's expected purchases need. Up to z = ½ the Gauss series converges at least as
 * fast as 2^−k, and so it does for any z < 1 when c − a − b is large (its terms then fall like
 * k^(a+b−c−1)). Otherwise it would need ever more terms as z nears 1 (tens of thousands at
 * 0.999), and the transformation to 1 − z breaks down when c − a − b is near an integer; so the
 * function is carried from ½ to z along the hypergeometric differential equation
 * z(1 − z)w″ + [c − (a + b + 1)z]w′ − ab·w = 0, by Taylor series about points ever closer to 1.
 * Each step is at most half the distance to the singularity at 1, so that every series again
 * converges like 2^−k (about 10 steps for z = 0.999), and at most z/|c| long, so that rounding
 * errors do not grow along the equation's other solution, z^(1−c) near 0.
 */

// Terms below this fraction of the sum leave it unchanged in double precision.
const NEGLIGIBLE = 1e-17;
const SERIES_END = 0.5;
// c − a − b from which the series is used for any z: 40 terms of k^−11 reach 1e-17
const SMOOTH_AT_ONE = 10;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) = Σₖ (a)ₖ(b)ₖ / ((c)ₖ k!) zᵏ (DLMF 15.2.1),
 * to about 1e-12 relative up to z = 0.999. A value far smaller than the function elsewhere on
 * [0, z] (near a zero, or vanishing at z = 1) is only as exact as that larger scale allows.
 *
 * @param c not 0 or a negative integer
 * @param z in [0, 1)
 * @throws {RangeError} when a parameter is not finite, c is 0 or a negative integer, or z is
 * outside [0, 1)
 * @example Math.round(hyp2f1(1, 1, 2, 0.5) * 1e6) / 1e6 //=> 1.386294
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  return 1 + excessOverOne('hyp2f1', a, b, c, z);
}

/**
 * ₂F₁(a, b; c; z) − 1, exact relative to itself also where ₂F₁ is close to 1: for small z, or
 * when a or b is close to 0 (then it is about abz/c).
 *
 * @param c not 0 or a negative integer
 * @param z in [0, 1)
 * @throws {RangeError} as hyp2f1
 * @example Math.round(hyp2f1MinusOne(1e-20, 1, 2, 0.5) * 1e26) / 1e6 //=> 0.306853
 */
export function hyp2f1MinusOne(a: number, b: number, c: number, z: number): number {
  return excessOverOne('hyp2f1MinusOne', a, b, c, z);
}

function excessOverOne(caller: string, a: number, b: number, c: number, z: number): number {
  if (![a, b, c].every(Number.isFinite))
    throw new RangeError(`${caller} requires finite a, b and c`);
  if (c <= 0 && Number.isInteger(c))
    throw new RangeError(`${caller} requires c that is not 0 or a negative integer`);
  if (!(z >= 0 && z < 1)) throw new RangeError(`${caller} requires z in [0, 1)`);
  let at = c - a - b >= SMOOTH_AT_ONE ? z : Math.min(z, SERIES_END);
  let [excess, slope] = gaussSeries(a, b, c, at);
  while (at < z) {
    const longest = Math.min((1 - at) / 2, at / Math.max(1, Math.abs(c)));
    const step = Math.min(z - at, longest);
    [excess, slope] = taylorStep(a, b, c, at, excess, slope, step);
    at = step === z - at ? z : at + step;
  }
  return excess;
}

/** ₂F₁(a, b; c; z) − 1 and the derivative by the Gauss series, for z ≤ ½ or c − a − b large. */
function gaussSeries(a: number, b: number, c: number, z: number): [number, number] {
  let term = 1;
  let excess = 0;
  let slopeTimesZ = 0;
  for (let k = 0; ; k++) {
    const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    term *= ratio;
    excess += term;
    slopeTimesZ += (k + 1) * term;
    // stop once the terms shrink and are negligible: the tail is then about the last term
    const shrinking = Math.abs(ratio) < 1;
    if (
      term === 0 ||
      (shrinking &&
        Math.abs(term) <= NEGLIGIBLE * Math.abs(excess) &&
        Math.abs((k + 1) * term) <= NEGLIGIBLE * Math.abs(slopeTimesZ))
    )
      break;
  }
  return [excess, z === 0 ? (a * b) / c : slopeTimesZ / z];
}

/**
 * The solution minus 1 and its derivative at z0 + h, from their values at z0 (0 < z0 < 1), by the
 * Taylor series w(z0 + s) = Σ cₙsⁿ whose coefficients follow from the differential equation:
 * z0(1 − z0)(n + 1)(n + 2)cₙ₊₂ = (n + a)(n + b)cₙ − (n + 1)[(1 − 2z0)n + c − (a + b + 1)z0]cₙ₊₁.
 * Only c₂ uses c₀ = w(z0), multiplied by ab: rounding 1 + excess costs the excess no precision.
 */
function taylorStep(
  a: number,
  b: number,
  c: number,
  z0: number,
  excess0: number,
  slope0: number,
  h: number,
): [number, number] {
  const p0 = z0 * (1 - z0);
  const p1 = 1 - 2 * z0;
  const q0 = c - (a + b + 1) * z0;
  // coefficients times powers of h: tₙ = cₙhⁿ
  let previous = 1 + excess0;
  let current = slope0 * h;
  let excess = excess0 + current;
  let slope = slope0;
  const negligible = (t: number, sum: number) => Math.abs(t) <= NEGLIGIBLE * Math.abs(sum);
  for (let n = 0; ; n++) {
    const next =
      (((n + a) * (n + b) * previous * h - (n + 1) * (p1 * n + q0) * current) * h) /
      (p0 * (n + 1) * (n + 2));
    excess += next;
    slope += ((n + 2) * next) / h;
    previous = current;
    current = next;
    if (
      (previous === 0 && current === 0) ||
      (n > 2 &&
        negligible(previous, excess) &&
        negligible(current, excess) &&
        negligible((n + 1) * previous, slope * h) &&
        negligible((n + 2) * current, slope * h))
    )
      break;
  }
  return [excess, slope];
}
