import { describe, expect, it } from 'vitest';
import { customerLifetimeValue } from '../../src/core/clv';

describe('customerLifetimeValue', () => {
  it('discounts each period by (1 + d)^t, t from 0', () => {
    // 80 + 80 / 1.1 + 80 / 1.21
    expect(customerLifetimeValue([100, 100, 100], [20, 20, 20], 0.1)).toBeCloseTo(
      80 + 80 / 1.1 + 80 / 1.21,
      10,
    );
  });

  it('is the plain margin sum at a zero rate, and may be negative', () => {
    expect(customerLifetimeValue([10, 20], [15, 5], 0)).toBe(10);
    expect(customerLifetimeValue([0], [30], 0.2)).toBe(-30);
  });

  it('rejects mismatched periods and rates of -100 % or less', () => {
    expect(() => customerLifetimeValue([1, 2], [1], 0.1)).toThrow(RangeError);
    expect(() => customerLifetimeValue([1], [1], -1)).toThrow(
      'customerLifetimeValue requires a discount rate above -1',
    );
  });
});
