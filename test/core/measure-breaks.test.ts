/**
 * This file defines the tests of the rule a measure's own score breaks meet: finite numbers, each
 * above the one before, as many as the bins range allows levels less one, the first break at
 * fault named.
 */
import { describe, expect, it } from 'vitest';
import { BREAK_COUNT, breaksProblem } from '../../src/core/measure-breaks';
import { RANGES } from '../../src/core/option-registry';

describe('breaksProblem', () => {
  it('accepts 1 to 8 finite breaks, each above the one before', () => {
    expect(breaksProblem([30, 90, 180, 365])).toBeNull();
    expect(breaksProblem([-5.5])).toBeNull();
    expect(breaksProblem([1, 2, 3, 4, 5, 6, 7, 8])).toBeNull();
  });

  it('allows as many breaks as the bins range allows levels, less one', () => {
    expect(BREAK_COUNT).toEqual({ min: RANGES.bins.min - 1, max: RANGES.bins.max - 1 });
  });

  it('names the first break out of order or repeated, and the one before it', () => {
    expect(breaksProblem([30, 90, 60, 10])).toEqual({
      kind: 'breaks-out-of-order',
      index: 2,
      previous: 90,
    });
    expect(breaksProblem([2, 4, 4, 8])).toEqual({
      kind: 'breaks-out-of-order',
      index: 2,
      previous: 4,
    });
  });

  it('names a break that is not a finite number', () => {
    expect(breaksProblem([1, Number.NaN])).toEqual({ kind: 'break-not-a-number', index: 1 });
    expect(breaksProblem([Number.POSITIVE_INFINITY])).toEqual({
      kind: 'break-not-a-number',
      index: 0,
    });
  });

  it('refuses no breaks, and more than the bins allow', () => {
    expect(breaksProblem([])).toEqual({ kind: 'no-breaks' });
    expect(breaksProblem([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({
      kind: 'too-many-breaks',
      index: 8,
      count: 10,
    });
  });
});
