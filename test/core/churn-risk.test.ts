/**
 * This file defines the tests of churn risk from the probability of buying again: the default
 * thresholds at their boundaries, the default horizon, thresholds of one's own, and the
 * probabilities and thresholds refused.
 */
import { describe, expect, it } from 'vitest';
import { churnRisk, defaultChurnHorizon } from '../../src/core/churn-risk';

describe('churnRisk', () => {
  it('reads a probability ≥ 0.5 as active, ≥ 0.2 as at risk, below as likely churned', () => {
    expect(churnRisk(1)).toBe('active');
    expect(churnRisk(0.5)).toBe('active');
    expect(churnRisk(0.4999)).toBe('at-risk');
    expect(churnRisk(0.2)).toBe('at-risk');
    expect(churnRisk(0.1999)).toBe('likely-churned');
    expect(churnRisk(0)).toBe('likely-churned');
  });

  it('looks ahead by the longest T by default', () => {
    expect(defaultChurnHorizon([3, 39, 12.5])).toBe(39);
  });

  it('takes thresholds of one’s own, each defaulting alone', () => {
    expect(churnRisk(0.6, { active: 0.6 })).toBe('active');
    expect(churnRisk(0.45, { atRisk: 0.46 })).toBe('likely-churned');
    expect(churnRisk(0.4, { active: 0.4, atRisk: 0.4 })).toBe('active');
    expect(churnRisk(0.39, { active: 0.4, atRisk: 0.4 })).toBe('likely-churned');
    expect(churnRisk(0, { active: 0, atRisk: 0 })).toBe('active');
  });

  it('refuses probabilities outside [0, 1] and thresholds out of order', () => {
    for (const p of [-0.01, 1.01, Number.NaN]) {
      expect(() => churnRisk(p)).toThrow('churnRisk requires a probability between 0 and 1');
    }
    for (const thresholds of [
      { active: 0.1 },
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
