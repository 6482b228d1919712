/**
 * This file defines the tests of k-means with restarts: separated groups found, the best restart
 * kept, the same clusters for the same seed, a fit that does not settle reported as a
 * FitFailure, and the options checked.
 */
import { describe, expect, it } from 'vitest';
import { FitFailure } from '../../../src/core/btyd/fit-failure';
import { kMeans } from '../../../src/core/cluster/kmeans';
import { lloyd } from '../../../src/core/cluster/lloyd';
import type { WeightedPoints } from '../../../src/core/cluster/points';
import { seededRandom } from '../../../src/core/cluster/random';
import { kMeansPlusPlus } from '../../../src/core/cluster/seeding';

/** Points around the given centres, `each` per centre, within ±0.5 on every coordinate. */
function blobs(centres: number[][], each: number, seed = 1): WeightedPoints {
  const random = seededRandom(seed);
  const coordinates = centres.flatMap((centre) =>
    Array.from({ length: each }, () => centre.map((x) => x + random() - 0.5)).flat(),
  );
  return {
    coordinates: Float64Array.from(coordinates),
    weights: new Float64Array(centres.length * each).fill(1),
  };
}

describe('kMeans', () => {
  it('finds separated groups, each whole', () => {
    const centres = [
      [0, 0, 0],
      [10, 0, 0],
      [0, 10, 0],
      [0, 0, 10],
    ];
    const result = kMeans(blobs(centres, 25), 4);
    for (let group = 0; group < 4; group++) {
      const members = result.assignment.subarray(25 * group, 25 * group + 25);
      expect(new Set(members).size).toBe(1);
    }
    expect(new Set(result.assignment).size).toBe(4);
  });

  it('keeps the restart with the lowest inertia', () => {
    const corners = [
      [0, 0, 0],
      [1, 0, 0],
      [2, 0, 0],
      [0, 1, 0],
      [1, 1, 1],
      [0, 0, 1],
      [2, 1, 0],
      [1, 2, 1],
    ];
    const points = blobs(corners, 6, 4);
    // The restarts one by one: seedings drawn in turn from one generator of seed 0.
    const random = seededRandom(0);
    const inertias = Array.from(
      { length: 10 },
      () => lloyd(points, kMeansPlusPlus(points, 8, random), 300, 0).inertia,
    );
    const best = Math.min(...inertias);
    expect(best).toBeLessThan(inertias[0] as number);
    expect(kMeans(points, 8, { relativeTolerance: 0 }).inertia).toBe(best);
  });

  it('gives the same clusters for the same seed', () => {
    const points = blobs(
      [
        [0, 0, 0],
        [1, 1, 1],
      ],
      30,
      9,
    );
    expect(kMeans(points, 3, { seed: 5 })).toEqual(kMeans(points, 3, { seed: 5 }));
  });

  it('reports a FitFailure when no restart settles within the iterations', () => {
    const points = blobs(
      [
        [0, 0, 0],
        [1, 0, 0],
        [2, 0, 0],
      ],
      20,
      2,
    );
    const fit = () => kMeans(points, 3, { maxIterations: 1, restarts: 2 });
    expect(fit).toThrow(FitFailure);
    expect(fit).toThrow(
      expect.objectContaining({
        model: 'k-means',
        reason: 'did-not-converge',
        detail: { maxIterations: 1, restarts: 2 },
      }),
    );
  });

  it('checks its options', () => {
    const points = blobs([[0, 0, 0]], 5);
    expect(() => kMeans(points, 2, { restarts: 0 })).toThrow(
      'kMeans requires a whole number of restarts, at least 1',
    );
    expect(() => kMeans(points, 2, { maxIterations: 2.5 })).toThrow(
      'kMeans requires a whole number of iterations, at least 1',
    );
    expect(() => kMeans(points, 2, { relativeTolerance: -1 })).toThrow(
      'kMeans requires a tolerance of at least 0',
    );
    expect(() => kMeans(points, 6)).toThrow(RangeError);
  });
});
