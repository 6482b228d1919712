import { describe, expect, it } from 'vitest';
import { VALUE_CLASSES } from '../../src/core/labels';
import { valueClasses } from '../../src/core/value-class';

describe('valueClasses', () => {
  it('names all eight combinations of high and low R, F and M', () => {
    // means: days 50, orders 5, money 500
    const classes = valueClasses({
      recencyDays: [10, 90, 10, 90, 10, 90, 10, 90],
      frequency: [9, 9, 1, 1, 9, 9, 1, 1],
      monetary: [900, 900, 900, 900, 100, 100, 100, 100],
    });
    expect(classes).toEqual([
      'important-value',
      'important-retention',
      'important-development',
      'important-recovery',
      'general-value',
      'general-retention',
      'general-development',
      'general-recovery',
    ]);
  });

  it('counts a value equal to the mean as high, even for decimals', () => {
    // 0.6 · 3 is 1.7999999999999998 in floating point, the sum 1.8: still equal, so high
    expect(
      valueClasses({ recencyDays: [1, 3, 2], frequency: [1, 3, 2], monetary: [0.3, 0.9, 0.6] }),
    ).toEqual(['general-development', 'important-retention', 'important-value']);
  });

  it('calls a customer who never bought a prospect and leaves them out of every mean', () => {
    const classes = valueClasses({
      recencyDays: [10, 30, null],
      frequency: [2, 2, 0],
      monetary: [5, 5, 0],
    });
    // counted in the means, the prospect would pull them to 1.33 orders and 3.33 money
    expect(classes).toEqual(['important-value', 'important-retention', 'prospects']);
    const notLowered = valueClasses({
      recencyDays: [10, 30, 1],
      frequency: [3, 1, 0],
      monetary: [30, 10, 900],
    });
    expect(notLowered).toEqual(['important-value', 'general-recovery', 'prospects']);
  });

  it('puts one customer, and equal customers, in Important value', () => {
    expect(valueClasses({ recencyDays: [7], frequency: [1], monetary: [3] })).toEqual([
      'important-value',
    ]);
    expect(
      new Set(valueClasses({ recencyDays: [2, 2], frequency: [1, 1], monetary: [4, 4] })),
    ).toEqual(new Set(['important-value']));
    expect(VALUE_CLASSES.filter((valueClass) => valueClass !== 'prospects')).toHaveLength(8);
  });
});
