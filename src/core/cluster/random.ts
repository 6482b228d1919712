/**
 * This file defines the seeded pseudo-random numbers the clustering draws from: mulberry32
 * (Tommy Ettinger, public domain), a 32-bit generator small enough to read and fast enough for
 * k-means++ seeding. The same seed gives the same numbers on every machine, so the same data
 * always give the same clusters; nothing global (Math.random, the clock) is ever read.
 */

/** A source of numbers uniform on [0, 1), each a multiple of 2⁻³². */
export type RandomSource = () => number;

/**
 * The numbers of one seed, in order.
 *
 * @param seed any whole number from 0 to 2³² − 1
 * @throws {RangeError} when the seed is not a whole number in that range
 * @example Array.from({ length: 2 }, seededRandom(1)).map((x) => Math.round(x * 1e6) / 1e6) //=> [0.627074, 0.002736]
 */
export function seededRandom(seed: number): RandomSource {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new RangeError('seededRandom requires a whole-number seed from 0 to 2^32 − 1');
  }
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
