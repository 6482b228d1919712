import { describe, expect, it } from 'vitest';
import { minimize, type Objective } from '../../../src/core/btyd/minimize';

const rosenbrock: Objective = ([x = 0, y = 0]) => ({
  value: 100 * (y - x * x) ** 2 + (1 - x) ** 2,
  gradient: [-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x)],
});

// f(v) = ½ vᵀAv − bᵀv, A positive definite with eigenvalues 0.079 to 10.7: least at A⁻¹b
const A = [
  [10, 2, 0],
  [2, 5, 1],
  [0, 1, 0.3],
];
const b = [1, -2, 3];
const quadratic: Objective = (v) => {
  const av = A.map((row) => row.reduce((s, a, j) => s + a * (v[j] as number), 0));
  return {
    value: av.reduce(
      (s, a, i) => s + 0.5 * a * (v[i] as number) - (b[i] as number) * (v[i] as number),
      0,
    ),
    gradient: av.map((a, i) => a - (b[i] as number)),
  };
};

describe('minimize', () => {
  it('finds the Rosenbrock minimum (1, 1) from the classic start (−1.2, 1)', () => {
    const minimum = minimize(rosenbrock, [-1.2, 1]);
    expect(minimum.converged).toBe(true);
    expect(minimum.point[0]).toBeCloseTo(1, 7);
    expect(minimum.point[1]).toBeCloseTo(1, 7);
    expect(minimum.value).toBeLessThan(1e-14);
    expect(minimum.iterations).toBeLessThan(60);
  });

  it('solves a quadratic, whose minimum is A⁻¹b, in a few steps', () => {
    // A⁻¹b = (77/38, −183/19, 800/19), by elimination in Python fractions (numpy.linalg.solve agrees)
    const minimum = minimize(quadratic, [0, 0, 0]);
    expect(minimum.converged).toBe(true);
    expect(minimum.point[0]).toBeCloseTo(77 / 38, 7);
    expect(minimum.point[1]).toBeCloseTo(-183 / 19, 7);
    expect(minimum.point[2]).toBeCloseTo(800 / 19, 6);
    expect(minimum.iterations).toBeLessThan(20);
  });

  it('reports no convergence when the step cap ends it early', () => {
    const minimum = minimize(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(minimum.converged).toBe(false);
    expect(minimum.iterations).toBe(3);
  });

  it('reports no convergence on a function without a minimum', () => {
    const minimum = minimize(([x = 0]) => ({ value: -x, gradient: [-1] }), [0], {
      maxIterations: 20,
    });
    expect(minimum.converged).toBe(false);
    expect(minimum.point[0]).toBeGreaterThan(1000);
  });

  it('steps back from where the function is undefined', () => {
    // x − ln x is least at 1 and NaN below 0; the first steps overshoot into x < 0
    const minimum = minimize(
      ([x = 0]) => ({ value: x - Math.log(x), gradient: [1 - 1 / x] }),
      [0.01],
    );
    expect(minimum.converged).toBe(true);
    expect(minimum.point[0]).toBeCloseTo(1, 7);
  });

  it('meets a tighter tolerance when asked', () => {
    const minimum = minimize(rosenbrock, [-1.2, 1], { gradientTolerance: 1e-12 });
    expect(minimum.converged).toBe(true);
    expect(Math.max(...minimum.gradient.map(Math.abs))).toBeLessThanOrEqual(1e-12);
  });

  it('rejects an empty start and a start where the function is not finite', () => {
    expect(() => minimize(rosenbrock, [])).toThrow(RangeError);
    expect(() => minimize(([x = 0]) => ({ value: Math.log(x), gradient: [1 / x] }), [-1])).toThrow(
      'minimize requires a start where the objective and gradient are finite',
    );
  });
});
