/**
 * This file defines the tests of the seeded generator: mulberry32's published numbers, the same
 * numbers for the same seed, numbers in [0, 1), and seeds outside 0..2³² − 1 refused.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/cluster/random';

describe('seededRandom', () => {
  // The reference implementation (bryc/code, "mulberry32"), seed 1: 0.6270739405881613, 0.002735721180215478.
  it('gives mulberry32’s numbers', () => {
    const random = seededRandom(1);
    expect(random()).toBe(0.6270739405881613);
    expect(random()).toBe(0.002735721180215478);
  });

  it('repeats its numbers for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 100 }, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws from [0, 1), spread over it', () => {
    const values = Array.from({ length: 10_000 }, seededRandom(0xffff_ffff));
    expect(values.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = values.reduce((sum, x) => sum + x, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it.each([-1, 2 ** 32, 1.5, Number.NaN])('refuses the seed %s', (seed) => {
    expect(() => seededRandom(seed)).toThrow(RangeError);
  });
});
