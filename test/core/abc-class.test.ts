import { describe, expect, it } from 'vitest';
import { abcClasses } from '../../src/core/abc-class';

describe('abcClasses', () => {
  it('is A while the share before is below 80 %, B while below 95 %, else C', () => {
    // shares before: 0, 0.5, 0.8, 0.9, 0.96
    expect(abcClasses([500, 300, 100, 60, 40])).toEqual(['A', 'A', 'B', 'B', 'C']);
  });

  it('does not depend on row order', () => {
    expect(abcClasses([60, 500, 40, 100, 300])).toEqual(['B', 'A', 'C', 'B', 'A']);
  });

  it('gives customers who spent the same the same class', () => {
    // the second 45 starts at share 0.45, which alone would make it B; tied, it is A like the first
    expect(abcClasses([45, 45, 10], { aShare: 0.45 })).toEqual(['A', 'A', 'B']);
  });

  it('puts customers who spent nothing or less in C', () => {
    expect(abcClasses([10, 0, -5])).toEqual(['A', 'C', 'C']);
    expect(abcClasses([0, 0])).toEqual(['C', 'C']);
  });

  it('honours the shares and rejects them out of order', () => {
    expect(abcClasses([500, 300, 100, 60, 40], { aShare: 0.5, bShare: 0.5 })).toEqual([
      'A',
      'C',
      'C',
      'C',
      'C',
    ]);
    expect(() => abcClasses([1], { aShare: 0.9, bShare: 0.8 })).toThrow(
      'abcClasses requires 0 < aShare ≤ bShare ≤ 1',
    );
  });
});
