/**
 * This file defines the tests of k-means++ seeding: centres are distinct points, drawn by weight
 * and by squared distance, the same for the same draws, and k beyond the distinct points refused.
 */
import { describe, expect, it } from 'vitest';
import type { WeightedPoints } from '../../../src/core/cluster/points';
import { seededRandom } from '../../../src/core/cluster/random';
import { kMeansPlusPlus } from '../../../src/core/cluster/seeding';

function onLine(xs: number[], weights = xs.map(() => 1)): WeightedPoints {
  return {
    coordinates: Float64Array.from(xs.flatMap((x) => [x, 0, 0])),
    weights: Float64Array.from(weights),
  };
}

/** Each centre's x. */
function xs(centres: Float64Array): number[] {
  return Array.from({ length: centres.length / 3 }, (_, c) => centres[3 * c] as number);
}

describe('kMeansPlusPlus', () => {
  it('draws the first centre by weight', () => {
    // Running weights 1, 5, 6: a draw of 0.5 · 6 = 3 falls on the second point.
    expect(xs(kMeansPlusPlus(onLine([0, 7, 9], [1, 4, 1]), 1, () => 0.5))).toEqual([7]);
    expect(xs(kMeansPlusPlus(onLine([0, 7, 9], [1, 4, 1]), 1, () => 0.1))).toEqual([0]);
  });

  it('draws the next by weight × squared distance to the nearest centre', () => {
    // First centre 0 (draw 0); then weights × d² = 0, 1, 100: a draw of 0.005 · 101 falls on x = 1,
    // 0.5 · 101 on x = 10. The best of the candidates leaves the lower total.
    const draws = (...values: number[]) => {
      let next = 0;
      return () => values[next++] as number;
    };
    expect(xs(kMeansPlusPlus(onLine([0, 1, 10]), 2, draws(0, 0.005, 0.005)))).toEqual([0, 1]);
    expect(xs(kMeansPlusPlus(onLine([0, 1, 10]), 2, draws(0, 0.005, 0.5)))).toEqual([0, 10]);
  });

  it('picks k distinct points, all of them when k is their number', () => {
    const points = onLine([3, 1, 4, 1.5, 9, 2.6]);
    const centres = xs(kMeansPlusPlus(points, 6, seededRandom(3)));
    expect([...centres].sort((a, b) => a - b)).toEqual([1, 1.5, 2.6, 3, 4, 9]);
    expect(kMeansPlusPlus(points, 3, seededRandom(3))).toEqual(
      kMeansPlusPlus(points, 3, seededRandom(3)),
    );
  });

  it('refuses k of 0 or more than the distinct points', () => {
    expect(() => kMeansPlusPlus(onLine([1, 2]), 0, seededRandom(0))).toThrow(RangeError);
    expect(() => kMeansPlusPlus(onLine([1, 2]), 3, seededRandom(0))).toThrow(
      'kMeansPlusPlus requires k from 1 to the number of distinct points',
    );
    expect(() => kMeansPlusPlus(onLine([1, 1, 2]), 3, seededRandom(0))).toThrow(
      'kMeansPlusPlus requires k from 1 to the number of distinct points',
    );
  });
});
