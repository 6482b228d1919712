import { describe, expect, it } from 'vitest';
import { repeatPatterns } from '../../../src/core/btyd/repeat-patterns';
import { readCdnowSummary } from '../../helpers/cdnow';

const cdnow = readCdnowSummary();

describe('repeatPatterns', () => {
  it('counts customers with equal (x, t_x, T) once, one-time buyers per T', () => {
    const patterns = repeatPatterns({
      frequency: [2, 1, 0, 1, 0, 0, 1],
      recency: [3, 2, 0, 2, 0, 0, 2],
      T: [5, 5, 5, 5, 7, 5, 6],
    });
    expect(patterns.customers).toBe(7);
    expect([...patterns.ages]).toEqual([5, 6, 7]);
    expect([...patterns.oneTimeBuyersAt]).toEqual([2, 0, 1]);
    expect([...patterns.customersAt]).toEqual([3, 3, 1]);
    expect([...patterns.frequency]).toEqual([1, 1, 2]);
    expect([...patterns.weight]).toEqual([2, 1, 1]);
    expect([...patterns.recencyIndex].map((i) => patterns.recencies[i])).toEqual([2, 2, 3]);
    expect([...patterns.ageIndex].map((i) => patterns.ages[i])).toEqual([5, 6, 5]);
  });

  it('is the same whatever the order of the rows', () => {
    const reversed = {
      frequency: [...cdnow.frequency].reverse(),
      recency: [...cdnow.recency].reverse(),
      T: [...cdnow.T].reverse(),
    };
    expect(repeatPatterns(reversed)).toEqual(repeatPatterns(cdnow));
  });
});
