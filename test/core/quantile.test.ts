import { describe, expect, it } from 'vitest';
import { equalShareBreaks, quantileSorted, sortedAscending } from '../../src/core/quantile';

describe('quantileSorted (type 7)', () => {
  // R: quantile(c(1, 2, 3, 4), c(0, .25, .5, .9, 1)) => 1.00 1.75 2.50 3.70 4.00
  it('matches R quantile() type 7', () => {
    const sorted = [1, 2, 3, 4];
    expect(quantileSorted(sorted, 0)).toBe(1);
    expect(quantileSorted(sorted, 0.25)).toBe(1.75);
    expect(quantileSorted(sorted, 0.5)).toBe(2.5);
    expect(quantileSorted(sorted, 0.9)).toBeCloseTo(3.7, 12);
    expect(quantileSorted(sorted, 1)).toBe(4);
  });

  it('gives the value itself for one value and for ties', () => {
    expect(quantileSorted([7], 0.3)).toBe(7);
    expect(quantileSorted([0.1, 0.1, 0.1], 0.37)).toBe(0.1);
  });

  it('rejects empty input and probabilities outside 0..1', () => {
    expect(() => quantileSorted([], 0.5)).toThrow('quantileSorted requires at least one value');
    expect(() => quantileSorted([1], 1.5)).toThrow(RangeError);
    expect(() => quantileSorted([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('equalShareBreaks', () => {
  // R: quantile(1:5, (1:3) / 4) => 2 3 4
  it('cuts at k/parts', () => {
    expect(equalShareBreaks([1, 2, 3, 4, 5], 4)).toEqual([2, 3, 4]);
    // R: quantile(c(10, 20, 30, 40), (1:4) / 5) => 16 22 28 34
    const breaks = equalShareBreaks([10, 20, 30, 40], 5);
    [16, 22, 28, 34].forEach((expected, index) => {
      expect(breaks[index]).toBeCloseTo(expected, 10);
    });
  });

  it('rejects fewer than two parts', () => {
    expect(() => equalShareBreaks([1, 2], 1)).toThrow(RangeError);
    expect(() => equalShareBreaks([], 5)).toThrow(RangeError);
  });
});

describe('sortedAscending', () => {
  it('sorts numerically without changing its input', () => {
    const input = Object.freeze([10, 9, 100, -1]);
    expect(Array.from(sortedAscending(input))).toEqual([-1, 9, 10, 100]);
    expect(input).toEqual([10, 9, 100, -1]);
  });
});
