/**
 * This file defines the tests of selection: after selectRanks every requested rank holds the
 * value a full sort puts there, with no larger value before it and no smaller one after, for
 * any input (ties, all equal, tiny) and for an input that defeats the median-of-three pivot and
 * so takes the sort fallback.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { selectRanks } from '../../src/core/select';

/** Checks selectRanks(values, ranks) against a sorted copy. */
function expectSelected(input: readonly number[], ranks: readonly number[]): void {
  const sorted = Float64Array.from(input).sort();
  const values = Float64Array.from(input);
  selectRanks(values, ranks);
  expect(Float64Array.from(values).sort()).toEqual(sorted); // a reordering, nothing lost
  for (const rank of ranks) {
    const value = values[rank] as number;
    expect(value).toBe(sorted[rank]);
    expect(Math.max(...values.subarray(0, rank))).toBeLessThanOrEqual(value);
    expect(Math.min(...values.subarray(rank + 1))).toBeGreaterThanOrEqual(value);
  }
}

/** Values with their ranks, the ranks in any order and possibly repeated. */
function valuesWithRanks(
  value: fc.Arbitrary<number>,
): fc.Arbitrary<{ values: number[]; ranks: number[] }> {
  return fc.array(value, { minLength: 1, maxLength: 400, size: 'max' }).chain((values) =>
    fc.record({
      values: fc.constant(values),
      ranks: fc.array(fc.nat(values.length - 1), { minLength: 1, maxLength: 6 }),
    }),
  );
}

describe('selectRanks', () => {
  it('puts each rank in its place, for values of any spread', () => {
    fc.assert(
      fc.property(valuesWithRanks(fc.integer()), ({ values, ranks }) =>
        expectSelected(values, ranks),
      ),
    );
  });

  it('puts each rank in its place among many ties', () => {
    fc.assert(
      fc.property(valuesWithRanks(fc.integer({ min: -2, max: 2 })), ({ values, ranks }) =>
        expectSelected(values, ranks),
      ),
    );
  });

  it('handles all-equal values and the tiniest inputs', () => {
    expectSelected(new Array(1000).fill(7), [0, 499, 500, 999]);
    expectSelected([3], [0]);
    expectSelected([2, 1], [0, 1]);
    expectSelected([2, 3, 1], [1]);
  });
});

describe('selectRanks on an input that defeats median-of-three', () => {
  // Sorted but with the largest value first: the median of the first, middle and last values is
  // then always the second largest, so each partition only moves the largest value to the end
  // and leaves the rest in the same shape. Partitioning alone would take n steps.
  const length = 10_000;
  const largestFirst = [length, ...Array.from({ length: length - 1 }, (_, i) => i + 1)];

  it('runs out of partitions and sorts what is left, still selecting correctly', () => {
    const ranks = [0, length >> 1, length - 2];
    const sort = vi.spyOn(Float64Array.prototype, 'sort');
    selectRanks(Float64Array.from(largestFirst), ranks);
    const sortedLengths = sort.mock.contexts.map((range) => (range as Float64Array).length);
    sort.mockRestore();
    // Partitioning stops at 17 values or fewer and sorts those; only the fallback sorts more.
    expect(Math.max(...sortedLengths)).toBeGreaterThan(length / 2);
    expectSelected(largestFirst, ranks);
  });
});
