import { describe, expect, it } from 'vitest';
import { lineSearch, type Objective } from '../../../src/core/btyd/line-search';

// φ(α) = f(x + αd) for f(x) = (x − 3)⁴ + x from x = 0 along d = 1; least at x = 3 − 4^(−1/3)
const quartic: Objective = ([x = 0]) => ({
  value: (x - 3) ** 4 + x,
  gradient: [4 * (x - 3) ** 3 + 1],
});
const start = quartic([0]);

function expectStrongWolfe(step: number) {
  const trial = quartic([step]);
  const slope0 = start.gradient[0] as number;
  expect(trial.value).toBeLessThanOrEqual(start.value + 1e-4 * step * slope0);
  expect(Math.abs(trial.gradient[0] as number)).toBeLessThanOrEqual(0.9 * Math.abs(slope0));
}

describe('lineSearch', () => {
  it.each([1e-3, 1, 2.9, 10, 1e4])(
    'meets the strong Wolfe conditions from a first step of %d',
    (first) => {
      const trial = lineSearch(quartic, [0], start, [1], first);
      expect(trial).toBeDefined();
      expectStrongWolfe(trial?.step ?? Number.NaN);
      expect(trial?.value).toBe(quartic([trial?.step ?? 0]).value);
    },
  );

  it('steps back from where the function is not finite', () => {
    const undefinedBeyond4: Objective = (point) =>
      (point[0] as number) > 4 ? { value: Number.NaN, gradient: [Number.NaN] } : quartic(point);
    const trial = lineSearch(undefinedBeyond4, [0], start, [1], 100);
    expectStrongWolfe(trial?.step ?? Number.NaN);
  });

  it('finds no step when the function is undefined all along the direction', () => {
    const onlyAtZero: Objective = (point) =>
      point[0] === 0 ? quartic(point) : { value: Number.NaN, gradient: [Number.NaN] };
    expect(lineSearch(onlyAtZero, [0], start, [1], 1)).toBeUndefined();
  });
});
