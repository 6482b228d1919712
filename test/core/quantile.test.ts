import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalShareBreaks, quantile } from '../../src/core/quantile';

describe('quantile (type 7)', () => {
  // R: quantile(c(1, 2, 3, 4), c(0, .25, .5, .9, 1)) => 1.00 1.75 2.50 3.70 4.00
  it('matches R quantile() type 7, in any order', () => {
    const values = [3, 1, 4, 2];
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 0.25)).toBe(1.75);
    expect(quantile(values, 0.5)).toBe(2.5);
    expect(quantile(values, 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile(values, 1)).toBe(4);
  });

  it('gives the value itself for one value and for ties', () => {
    expect(quantile([7], 0.3)).toBe(7);
    expect(quantile([0.1, 0.1, 0.1], 0.37)).toBe(0.1);
  });

  it('never changes its input', () => {
    const input = Object.freeze([10, 9, 100, -1]);
    quantile(input, 0.5);
    expect(input).toEqual([10, 9, 100, -1]);
  });

  it('rejects empty input and probabilities outside 0..1', () => {
    expect(() => quantile([], 0.5)).toThrow('quantile requires at least one value');
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('equalShareBreaks', () => {
  // R: quantile(1:5, (1:3) / 4) => 2 3 4
  it('cuts at k/parts', () => {
    expect(equalShareBreaks([5, 1, 4, 2, 3], 4)).toEqual([2, 3, 4]);
    // R: quantile(c(10, 20, 30, 40), (1:4) / 5) => 16 22 28 34
    const breaks = equalShareBreaks([40, 10, 30, 20], 5);
    [16, 22, 28, 34].forEach((expected, index) => {
      expect(breaks[index]).toBeCloseTo(expected, 10);
    });
  });

  it('agrees with sorting first, on any values, many ties included', () => {
    const values = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 5 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value + 0),
      ),
      {
        minLength: 1,
        maxLength: 300,
      },
    );
    fc.assert(
      fc.property(values, fc.integer({ min: 2, max: 9 }), (input, parts) => {
        const sorted = [...input].sort((a, b) => a - b);
        const expected = Array.from({ length: parts - 1 }, (_, k) => {
          const position = ((sorted.length - 1) * (k + 1)) / parts;
          const lower = Math.floor(position);
          const low = sorted[lower] as number;
          return position === lower
            ? low
            : low + (position - lower) * ((sorted[lower + 1] as number) - low);
        });
        expect(equalShareBreaks(input, parts)).toEqual(expected);
      }),
    );
  });

  it('handles a large run of ties and sorted input quickly and exactly', () => {
    const ties = Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? 7 : 1));
    expect(equalShareBreaks(ties, 5)).toEqual([1, 1, 1, 7]);
    const ascending = Array.from({ length: 100_001 }, (_, i) => i);
    expect(equalShareBreaks(ascending, 4)).toEqual([25_000, 50_000, 75_000]);
  });

  it('rejects fewer than two parts', () => {
    expect(() => equalShareBreaks([1, 2], 1)).toThrow(RangeError);
    expect(() => equalShareBreaks([], 5)).toThrow(RangeError);
  });
});
