/**
 * This file defines the tests of why a fit failed, as users read it: every reason has its own
 * message in both languages, naming the model and the numbers the reason carries.
 */
import { describe, expect, it } from 'vitest';
import { fitFailedEn, fitFailedZh } from '../../src/addon/fit-failed-messages';
import type { FitFailureReason } from '../../src/core/btyd/fit-failure';

const REASONS: readonly FitFailureReason[] = [
  'too-few-repeat-buyers',
  'no-repeat-purchases',
  'did-not-converge',
  'no-finite-mean-spend',
  'spend-alike',
  'drop-out-alike',
];
const failure = (reason: FitFailureReason) =>
  ({
    kind: 'fit-failed',
    model: 'gamma-gamma',
    reason,
    detail: { repeatBuyers: 7, needed: 20, q: 0.83 },
  }) as const;

describe('a failed fit', () => {
  it.each([
    ['English', fitFailedEn],
    ['Chinese', fitFailedZh],
  ])('has a message of its own for each reason in %s, naming the model', (_, said) => {
    const messages = REASONS.map((reason) => said(failure(reason)));
    expect(new Set(messages).size).toBe(REASONS.length);
    for (const message of messages) expect(message).toContain('Gamma-Gamma');
  });

  it('says how many repeat buyers there are and how many it needs', () => {
    expect(fitFailedEn(failure('too-few-repeat-buyers'))).toContain(
      'only 7 customers bought more than once',
    );
    expect(fitFailedZh(failure('too-few-repeat-buyers'))).toContain('至少需要 20 位');
  });

  it('gives q to two places', () => {
    expect(fitFailedEn(failure('no-finite-mean-spend'))).toContain('q = 0.83 ≤ 1');
  });
});
