/**
 * This file defines the tests of churn risk from P(alive): the default thresholds at their
 * boundaries, thresholds of one's own, and the probabilities and thresholds refused.
 */
import { describe, expect, it } from 'vitest';
import { churnRisk } from '../../src/core/churn-risk';

describe('churnRisk', () => {
  it('reads P(alive) ≥ 0.7 as active, ≥ 0.3 as at risk, below as likely churned', () => {
    expect(churnRisk(1)).toBe('active');
    expect(churnRisk(0.7)).toBe('active');
    expect(churnRisk(0.6999)).toBe('at-risk');
    expect(churnRisk(0.3)).toBe('at-risk');
    expect(churnRisk(0.2999)).toBe('likely-churned');
    expect(churnRisk(0)).toBe('likely-churned');
  });

  it('takes thresholds of one’s own, each defaulting alone', () => {
    expect(churnRisk(0.5, { active: 0.5 })).toBe('active');
    expect(churnRisk(0.5, { atRisk: 0.6 })).toBe('likely-churned');
    expect(churnRisk(0.4, { active: 0.4, atRisk: 0.4 })).toBe('active');
    expect(churnRisk(0.39, { active: 0.4, atRisk: 0.4 })).toBe('likely-churned');
    expect(churnRisk(0, { active: 0, atRisk: 0 })).toBe('active');
  });

  it('refuses probabilities outside [0, 1] and thresholds out of order', () => {
    for (const p of [-0.01, 1.01, Number.NaN]) {
      expect(() => churnRisk(p)).toThrow('churnRisk requires a probability between 0 and 1');
    }
    for (const thresholds of [
      { active: 0.2 },
      { atRisk: -0.1 },
      { active: 1.1 },
      { active: Number.NaN },
    ]) {
      expect(() => churnRisk(0.5, thresholds)).toThrow(
        'churnRisk requires thresholds with 0 ≤ atRisk ≤ active ≤ 1',
      );
    }
  });
});
