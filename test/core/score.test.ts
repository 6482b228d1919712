import { describe, expect, it } from 'vitest';
import { scoreBreaks, scoreByBreaks, upperHalfTieFloors } from '../../src/core/score';

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

describe('upperHalfTieFloors', () => {
  it('raises a tie at the best value to the middle: 8 of 9 bought on the last day', () => {
    const days = [58, 0, 0, 0, 0, 0, 0, 0, 0];
    const breaks = scoreBreaks(days, 5);
    expect(breaks).toEqual([0, 0, 0, 0]);
    expect(upperHalfTieFloors(days, breaks, 5, 'lower-is-better')).toEqual([
      { value: 0, score: 3 },
    ]);
    const orders = [1, 9, 9, 9, 9, 9, 9, 9, 9];
    expect(upperHalfTieFloors(orders, scoreBreaks(orders, 5), 5, 'higher-is-better')).toEqual([
      { value: 9, score: 3 },
    ]);
  });

  it('raises a tie whose average rank is the median, to its average rank score', () => {
    // RANK.AVG of the 1-day group is 5 of 9, the median: the middle score, 3
    const days = [0, 1, 1, 1, 1, 1, 1, 1, 58];
    expect(upperHalfTieFloors(days, scoreBreaks(days, 5), 5, 'lower-is-better')).toEqual([
      { value: 1, score: 3 },
    ]);
    // at 4 levels the median's own score is 2, the lower middle
    expect(upperHalfTieFloors(days, scoreBreaks(days, 4), 4, 'lower-is-better')).toEqual([
      { value: 1, score: 2 },
    ]);
  });

  it('leaves ties below the median and values without ties alone', () => {
    const orders = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    expect(upperHalfTieFloors(orders, scoreBreaks(orders, 5), 5, 'higher-is-better')).toEqual([]);
    const distinct = [5, 1, 4, 2, 3];
    expect(upperHalfTieFloors(distinct, scoreBreaks(distinct, 4), 4, 'higher-is-better')).toEqual(
      [],
    );
  });
});
