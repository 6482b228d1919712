/**
 * This file defines the tests of the silhouette: values worked out by hand, weights counting as
 * repeated points, a point alone in its cluster scoring 0, one cluster giving NaN; and of the
 * sample it is computed on for large data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WeightedPoints } from '../../../src/core/cluster/points';
import { seededRandom } from '../../../src/core/cluster/random';
import { samplePoints, silhouetteScore } from '../../../src/core/cluster/silhouette';

function onLine(xs: number[], weights = xs.map(() => 1)): WeightedPoints {
  return {
    coordinates: Float64Array.from(xs.flatMap((x) => [x, 0, 0])),
    weights: Float64Array.from(weights),
  };
}

describe('silhouetteScore', () => {
  it('matches values worked out by hand', () => {
    // 0 and 5: a = 1, b = 4.5, s = 7/9; 1 and 4: a = 1, b = 3.5, s = 5/7; mean 47/63.
    expect(silhouetteScore(onLine([0, 1, 4, 5]), Int32Array.of(0, 0, 1, 1))).toBeCloseTo(
      47 / 63,
      14,
    );
    // In 2-D, a right triangle's legs 3 and 4 (hypotenuse 5), clusters {A, B} and {C}:
    // A = (0,0), B = (3,0), C = (0,4). s(A) = (4 − 3)/4, s(B) = (5 − 3)/5, s(C) = 0 (alone).
    const triangle = {
      coordinates: Float64Array.of(0, 0, 0, 3, 0, 0, 0, 4, 0),
      weights: Float64Array.of(1, 1, 1),
    };
    expect(silhouetteScore(triangle, Int32Array.of(0, 0, 1))).toBeCloseTo((1 / 4 + 2 / 5) / 3, 14);
  });

  it('counts a weight as that many equal points', () => {
    // Customers 0, 0, 4: each 0 has a = 0, b = 4, s = 1; 4 is alone, s = 0.
    expect(silhouetteScore(onLine([0, 4], [2, 1]), Int32Array.of(0, 1))).toBeCloseTo(2 / 3, 14);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 3 }), fc.nat(2)),
          {
            minLength: 2,
            maxLength: 15,
          },
        ),
        (rows) => {
          const weighted = silhouetteScore(
            onLine(
              rows.map((r) => r[0]),
              rows.map((r) => r[1]),
            ),
            Int32Array.from(rows, (r) => r[2]),
          );
          const repeated = rows.flatMap((r) => Array.from({ length: r[1] }, () => r));
          const plain = silhouetteScore(
            onLine(repeated.map((r) => r[0])),
            Int32Array.from(repeated, (r) => r[2]),
          );
          if (Number.isNaN(plain)) expect(weighted).toBeNaN();
          else expect(weighted).toBeCloseTo(plain, 12);
        },
      ),
    );
  });

  it('is NaN for one cluster, and lies in [−1, 1]', () => {
    expect(silhouetteScore(onLine([0, 1, 2]), Int32Array.of(1, 1, 1))).toBeNaN();
    expect(silhouetteScore(onLine([0, 10, 1, 11]), Int32Array.of(0, 0, 1, 1))).toBeLessThan(0);
  });

  it('refuses an assignment of another length', () => {
    expect(() => silhouetteScore(onLine([0, 1]), Int32Array.of(0))).toThrow(
      'silhouetteScore requires one cluster per point',
    );
  });
});

describe('samplePoints', () => {
  it('takes all points when there are no more items than the sample', () => {
    const points = onLine([1, 2, 3], [2, 1, 1]);
    const sample = samplePoints(points, 4, seededRandom(0));
    expect(sample.points).toBe(points);
    expect(Array.from(sample.indices)).toEqual([0, 1, 2]);
  });

  it('draws that many items without replacement, the same for the same generator', () => {
    const points = onLine(
      Array.from({ length: 50 }, (_, i) => i),
      Array.from({ length: 50 }, (_, i) => 1 + (i % 4)),
    );
    const sample = samplePoints(points, 30, seededRandom(7));
    expect(sample.points.weights.reduce((sum, w) => sum + w, 0)).toBe(30);
    sample.indices.forEach((point, n) => {
      expect(sample.points.weights[n]).toBeLessThanOrEqual(points.weights[point] as number);
      expect(sample.points.coordinates[3 * n]).toBe(point);
    });
    expect(
      [...sample.indices].every((p, n) => n === 0 || p > (sample.indices[n - 1] as number)),
    ).toBe(true);
    expect(samplePoints(points, 30, seededRandom(7))).toEqual(sample);
  });

  it('refuses a size below 1 or not whole', () => {
    expect(() => samplePoints(onLine([1]), 0, seededRandom(0))).toThrow(
      'samplePoints requires a whole-number sample size, at least 1',
    );
    expect(() => samplePoints(onLine([1]), 1.5, seededRandom(0))).toThrow(RangeError);
  });
});
