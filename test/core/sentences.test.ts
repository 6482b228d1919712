/**
 * This file defines the tests of running sentences together: a space after an English one, none
 * after a Chinese one, empty ones left out.
 */
import { describe, expect, it } from 'vitest';
import { joinSentences } from '../../src/core/sentences';

describe('joinSentences', () => {
  it('puts a space after an English sentence', () => {
    expect(joinSentences(['Classified 3 customers.', 'Note: 2 rows skipped.'])).toBe(
      'Classified 3 customers. Note: 2 rows skipped.',
    );
  });

  it('puts no space after a Chinese sentence', () => {
    expect(
      joinSentences(['已为 3 位客户分层。', '注：已跳过 2 行。', '注：已略去 1 位客户。']),
    ).toBe('已为 3 位客户分层。注：已跳过 2 行。注：已略去 1 位客户。');
  });

  it('leaves out empty sentences and gives nothing for none', () => {
    expect(joinSentences(['', null, 'One.', undefined])).toBe('One.');
    expect(joinSentences([])).toBe('');
  });
});
