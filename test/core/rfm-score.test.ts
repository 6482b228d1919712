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
      monetary: [7, 7, 7, 8],
    });
    const codes = Array.from(scores.codes);
    expect(codes[0]).toBe(codes[1]);
    expect(codes[1]).toBe(codes[2]);
    expect(Array.from(scores.monetary)).toEqual([1, 1, 1, 5]);
  });

  it('gives the middle score on a measure without spread: one customer, or all equal', () => {
    expect(
      Array.from(rfmScores({ recencyDays: [0], frequency: [2], monetary: [50] }).codes),
    ).toEqual([333]);
    const equal = rfmScores({ recencyDays: [4, 4, 4], frequency: [1, 1, 1], monetary: [2, 2, 2] });
    expect(Array.from(equal.codes)).toEqual([333, 333, 333]);
    // only monetary has no spread here; R and F are scored as usual
    const partly = rfmScores(
      { recencyDays: [1, 9], frequency: [5, 1], monetary: [7, 7] },
      { bins: 4 },
    );
    expect(Array.from(partly.codes)).toEqual([443, 113]);
    expect(
      Array.from(rfmScores({ recencyDays: [2], frequency: [1], monetary: [1] }, { bins: 2 }).codes),
    ).toEqual([222]);
  });

  it('gives a prospect (no purchase) scores 0 and code 0, and leaves them out of every break', () => {
    const scores = rfmScores(
      { recencyDays: [1, 50, 100, null], frequency: [4, 3, 1, 0], monetary: [80, 50, 20, 0] },
      { bins: 2 },
    );
    // the medians are those of the three buyers: 50 days, 3 orders, 50 money
    expect(Array.from(scores.codes)).toEqual([222, 111, 111, 0]);
    // a frequency of 0 makes a prospect even where recency and money are given
    const withDays = rfmScores({
      recencyDays: [3, 8, 1],
      frequency: [2, 1, 0],
      monetary: [9, 4, 5],
    });
    expect(Array.from(withDays.codes)).toEqual([555, 111, 0]);
  });

  it('rejects a buyer without recency', () => {
    expect(() => rfmScores({ recencyDays: [null], frequency: [1], monetary: [5] })).toThrow(
      'rfmScores requires recency for every buyer',
    );
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
