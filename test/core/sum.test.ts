import { describe, expect, it } from 'vitest';
import { RunningSum, sum } from '../../src/core/sum';

describe('sum', () => {
  it('compensates rounding', () => {
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sum(Array.from({ length: 1_000_000 }, () => 0.01))).toBe(10000);
    expect(sum([1e16, 1, -1e16])).toBe(1);
  });

  it('runs', () => {
    const running = new RunningSum();
    for (const value of [2.55, 3.39, 2.75]) running.add(value);
    expect(running.value).toBe(8.69);
    expect(sum([])).toBe(0);
  });
});
