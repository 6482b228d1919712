import { describe, expect, it } from 'vitest';
import { rfmScores } from '../../src/core/rfm-score';

describe('rfmScores', () => {
  it('scores recency low-is-best and frequency, monetary high-is-best', () => {
    const scores = rfmScores(
      { recencyDays: [1, 10, 100, 1000], frequency: [9, 5, 2, 1], monetary: [900, 300, 50, 10] },
      { bins: 4 },
    );
    expect(Array.from(scores.codes)).toEqual([444, 333, 222, 111]);
  });

  it('gives equal values equal scores', () => {
    const scores = rfmScores({
      recencyDays: [5, 5, 5, 9],
      frequency: [3, 3, 3, 1],
      monetary: [7, 7, 7, 7],
    });
    const codes = Array.from(scores.codes);
    expect(codes[0]).toBe(codes[1]);
    expect(codes[1]).toBe(codes[2]);
    expect(scores.monetary.every((score) => score === 1)).toBe(true);
  });

  it('scores one customer, and all-equal customers, 111', () => {
    expect(
      Array.from(rfmScores({ recencyDays: [3], frequency: [2], monetary: [50] }).codes),
    ).toEqual([111]);
    const equal = rfmScores({ recencyDays: [4, 4, 4], frequency: [1, 1, 1], monetary: [2, 2, 2] });
    expect(Array.from(equal.codes)).toEqual([111, 111, 111]);
  });

  it('gives a customer who never bought R = 1 and leaves them out of the recency breaks', () => {
    const scores = rfmScores(
      { recencyDays: [1, 50, 100, null], frequency: [4, 3, 1, 0], monetary: [80, 50, 20, 0] },
      { bins: 2 },
    );
    // the recency median is 50 over the three buyers (it would be 75 were the prospect counted)
    expect(Array.from(scores.recency)).toEqual([2, 1, 1, 1]);
    expect(Array.from(scores.codes)).toEqual([222, 122, 111, 111]);
  });

  it('handles no customers', () => {
    expect(rfmScores({ recencyDays: [], frequency: [], monetary: [] }).codes.length).toBe(0);
  });

  it('never changes its input', () => {
    const measures = Object.freeze({
      recencyDays: Object.freeze([3, 1, 2]),
      frequency: Object.freeze([1, 3, 2]),
      monetary: Object.freeze([10, 30, 20]),
    });
    rfmScores(measures);
    expect(measures.recencyDays).toEqual([3, 1, 2]);
  });

  it('rejects bad bins and columns of different lengths', () => {
    expect(() =>
      rfmScores({ recencyDays: [1], frequency: [1], monetary: [1] }, { bins: 1 }),
    ).toThrow('rfmScores requires bins between 2 and 9');
    expect(() => rfmScores({ recencyDays: [1], frequency: [1, 2], monetary: [1] })).toThrow(
      RangeError,
    );
  });
});
