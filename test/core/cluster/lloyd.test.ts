/**
 * This file defines the tests of Lloyd's iterations with Hamerly's bounds: the same clusters,
 * centres and iterations as plain Lloyd (a textbook version below), an emptied cluster moved
 * onto the farthest point, and the two ways of stopping.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lloyd } from '../../../src/core/cluster/lloyd';
import type { WeightedPoints } from '../../../src/core/cluster/points';
import { seededRandom } from '../../../src/core/cluster/random';

/** Plain Lloyd, every distance measured, with the same stopping and relocation rules. */
function plainLloyd(
  points: WeightedPoints,
  initial: Float64Array,
  maxIterations: number,
  tolerance: number,
) {
  const n = points.weights.length;
  const k = initial.length / 3;
  const at = (array: Float64Array, i: number) => [0, 1, 2].map((f) => array[3 * i + f] as number);
  const squared = (a: number[], b: number[]) =>
    a.reduce((sum, x, f) => sum + (x - (b[f] as number)) ** 2, 0);
  let centres = Array.from({ length: k }, (_, c) => at(initial, c));
  const assignment = new Array<number>(n).fill(-1);
  const assign = () => {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const distances = centres.map((c) => squared(at(points.coordinates, i), c));
      const best = distances.indexOf(Math.min(...distances));
      if (best !== assignment[i]) changed++;
      assignment[i] = best;
    }
    return changed;
  };
  const weightOf = (c: number) =>
    assignment.reduce((sum, a, i) => sum + (a === c ? (points.weights[i] as number) : 0), 0);
  const means = () =>
    centres.map((old, c) => {
      const w = weightOf(c);
      return old.map(
        (_, f) =>
          assignment.reduce(
            (sum, a, i) =>
              sum +
              (a === c
                ? (points.weights[i] as number) * (points.coordinates[3 * i + f] as number)
                : 0),
            0,
          ) / w,
      );
    });
  let iterations = 1;
  assign();
  for (;;) {
    for (let c = 0; c < k; c++) {
      if (weightOf(c) > 0) continue;
      const far = assignment
        .map((a, i) => ({ i, d: squared(at(points.coordinates, i), centres[a] as number[]) }))
        .sort((x, y) => y.d - x.d || x.i - y.i)
        .find(({ i }) => weightOf(assignment[i] as number) > (points.weights[i] as number));
      assignment[(far as { i: number }).i] = c;
    }
    const next = means();
    const moved = next.reduce((sum, c, j) => sum + squared(c, centres[j] as number[]), 0);
    centres = next;
    if (moved <= tolerance) {
      assign();
      return { assignment, centres, iterations, converged: true };
    }
    if (iterations === maxIterations) return { assignment, centres, iterations, converged: false };
    iterations++;
    if (assign() === 0) return { assignment, centres, iterations, converged: true };
  }
}

function onLine(...xs: number[]): WeightedPoints {
  return {
    coordinates: Float64Array.from(xs.flatMap((x) => [x, 0, 0])),
    weights: new Float64Array(xs.length).fill(1),
  };
}

describe('lloyd', () => {
  // Coordinates are drawn from a generator, not by fast-check, which favours values such as 0 and
  // ±5 that put points at equal distances from two centres: there plain Lloyd takes the lower
  // centre and the bounds keep the point where it is, both right.
  it('does what plain Lloyd does, with fewer distances', () => {
    const data = fc.record({
      seed: fc.nat(),
      size: fc.integer({ min: 2, max: 80 }),
      k: fc.integer({ min: 1, max: 8 }),
      spread: fc.constantFrom(1, 10, 1000),
      tolerance: fc.constantFrom(0, 1e-4, 1e-2),
      /** Centres anywhere (not on points) often leave a cluster empty. */
      anywhere: fc.boolean(),
    });
    fc.assert(
      fc.property(data, ({ seed, size, k, spread, tolerance, anywhere }) => {
        const random = seededRandom(seed);
        const coordinates = Float64Array.from({ length: 3 * size }, () => spread * random());
        const weights = Float64Array.from({ length: size }, () => 1 + Math.floor(3 * random()));
        const points = { coordinates, weights };
        const centres = 3 * Math.min(k, size);
        const initial = anywhere
          ? Float64Array.from({ length: centres }, () => 3 * spread * random())
          : coordinates.slice(0, centres);
        const fast = lloyd(points, initial, 50, tolerance);
        const plain = plainLloyd(points, initial, 50, tolerance);
        expect(Array.from(fast.assignment)).toEqual(plain.assignment);
        expect(fast.iterations).toBe(plain.iterations);
        expect(fast.converged).toBe(plain.converged);
        plain.centres.flat().forEach((x, i) => {
          expect(fast.centres[i]).toBeCloseTo(x, 9);
        });
      }),
    );
  });

  it('settles on the means of the clusters it finds, with their inertia', () => {
    const result = lloyd(onLine(0, 1, 2, 10, 12), Float64Array.of(0, 0, 0, 12, 0, 0), 100, 0);
    expect(Array.from(result.assignment)).toEqual([0, 0, 0, 1, 1]);
    expect(Array.from(result.centres)).toEqual([1, 0, 0, 11, 0, 0]);
    expect(result.inertia).toBe(4);
    expect(result.converged).toBe(true);
  });

  it('counts weights as that many points', () => {
    const weighted = {
      coordinates: Float64Array.of(0, 0, 0, 3, 0, 0, 10, 0, 0),
      weights: Float64Array.of(2, 1, 1),
    };
    const result = lloyd(weighted, Float64Array.of(0, 0, 0, 10, 0, 0), 100, 0);
    expect(Array.from(result.centres)).toEqual([1, 0, 0, 10, 0, 0]);
    expect(result.inertia).toBe(2 * 1 + 4);
  });

  it('moves a cluster that no point is nearest to onto the point farthest from its centre', () => {
    const result = lloyd(
      onLine(0, 1, 2, 10, 11),
      Float64Array.of(0, 0, 0, 11, 0, 0, 100, 0, 0),
      100,
      0,
    );
    expect(new Set(result.assignment).size).toBe(3);
    expect(result.converged).toBe(true);
    // The point 2 is farthest from its centre (0) after the first assignment, so it founds cluster 2.
    expect(Array.from(result.assignment)).toEqual([0, 0, 2, 1, 1]);
  });

  it('stops unconverged when the iterations run out, and on a small enough move when given', () => {
    const points = onLine(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    const start = Float64Array.of(0, 0, 0, 1, 0, 0);
    const full = lloyd(points, start, 300, 0);
    expect(full.iterations).toBeGreaterThan(2);
    expect(lloyd(points, start, 1, 0).converged).toBe(false);
    const loose = lloyd(points, start, 300, 1e6);
    expect(loose).toMatchObject({ iterations: 1, converged: true });
  });

  it('refuses no centres and more centres than points', () => {
    expect(() => lloyd(onLine(0, 1), new Float64Array(0), 10, 0)).toThrow(RangeError);
    expect(() => lloyd(onLine(0, 1), Float64Array.of(0, 0, 0, 1, 0, 0, 2, 0, 0), 10, 0)).toThrow(
      'lloyd requires between 1 and as many centres as points',
    );
  });
});
