import { describe, expect, it } from 'vitest';
import { scoreBreaks, scoreByBreaks } from '../../src/core/score';

describe('scoreBreaks', () => {
  // R: quantile(c(1, 2, 2, 3, 10), (1:4) / 5) => 1.8 2.0 2.4 4.4
  it('gives the type-7 quantiles at k/bins', () => {
    const breaks = scoreBreaks([10, 2, 1, 3, 2], 5);
    [1.8, 2, 2.4, 4.4].forEach((expected, i) => {
      expect(breaks[i]).toBeCloseTo(expected, 12);
    });
  });

  it('rejects bins outside 2..9 and empty input', () => {
    expect(() => scoreBreaks([1], 1)).toThrow('scoreBreaks requires bins between 2 and 9');
    expect(() => scoreBreaks([1], 10)).toThrow(RangeError);
    expect(() => scoreBreaks([1], 2.5)).toThrow(RangeError);
    expect(() => scoreBreaks([], 5)).toThrow('scoreBreaks requires at least one value');
  });
});

describe('scoreByBreaks', () => {
  const breaks = [2, 3, 4];
  it('counts breaks strictly below when higher is better', () => {
    expect([1, 2, 2.5, 3, 4, 5].map((v) => scoreByBreaks(v, breaks, 'higher-is-better'))).toEqual([
      1, 1, 2, 2, 3, 4,
    ]);
  });

  it('counts breaks strictly above when lower is better', () => {
    expect([1, 2, 2.5, 3, 4, 5].map((v) => scoreByBreaks(v, breaks, 'lower-is-better'))).toEqual([
      4, 3, 3, 2, 1, 1,
    ]);
  });
});
