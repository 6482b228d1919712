import { describe, expect, it } from 'vitest';
import {
  checkRepeatCustomer,
  checkRepeatHistory,
} from '../../../src/core/btyd/repeat-history-checks';

describe('checkRepeatCustomer', () => {
  it('accepts whole x ≥ 0 with 0 ≤ t_x ≤ T, T > 0, and t_x = 0 when x = 0', () => {
    for (const [x, tx, T] of [
      [0, 0, 0.5],
      [1, 0, 3],
      [3, 3, 3],
      [12, 30.43, 38.86],
    ] as const)
      expect(() => checkRepeatCustomer('f', x, tx, T)).not.toThrow();
  });

  it.each([
    [1.5, 1, 2, 'f requires a whole frequency of 0 or more, not 1.5'],
    [-1, 0, 2, 'f requires a whole frequency of 0 or more, not -1'],
    [Number.NaN, 0, 2, 'f requires a whole frequency of 0 or more, not NaN'],
    [1, 1, 0, 'f requires a finite T above 0, not 0'],
    [1, 1, Number.POSITIVE_INFINITY, 'f requires a finite T above 0, not Infinity'],
    [1, 3, 2, 'f requires a recency from 0 to T (2), not 3'],
    [1, -0.5, 2, 'f requires a recency from 0 to T (2), not -0.5'],
    [1, Number.NaN, 2, 'f requires a recency from 0 to T (2), not NaN'],
    [0, 1, 2, 'f requires recency 0 without a repeat purchase, not 1'],
  ])('rejects x = %d, t_x = %d, T = %d', (x, tx, T, message) => {
    expect(() => checkRepeatCustomer('f', x, tx, T)).toThrow(new RangeError(message));
  });
});

describe('checkRepeatHistory', () => {
  it('rejects columns of different lengths and names the first invalid customer', () => {
    expect(() => checkRepeatHistory('g', { frequency: [1, 2], recency: [1], T: [3, 3] })).toThrow(
      'g requires as many recencies and T as frequencies',
    );
    expect(() => checkRepeatHistory('g', { frequency: [1], recency: [1], T: [3, 3] })).toThrow(
      RangeError,
    );
    expect(() =>
      checkRepeatHistory('g', { frequency: [1, 2, 0], recency: [1, 4, 0], T: [3, 3, 3] }),
    ).toThrow('g requires a recency from 0 to T (3), not 4 (customer 1)');
    expect(() => checkRepeatHistory('g', { frequency: [], recency: [], T: [] })).not.toThrow();
  });
});
