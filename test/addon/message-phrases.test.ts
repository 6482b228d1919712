/**
 * This file defines the tests of what both languages' messages share: English counts with their
 * plural and thousands, the example RFM code at each number of levels, and the example date in
 * each day/month order.
 */
import { describe, expect, it } from 'vitest';
import { countOf, exampleCode, sampleYearLast } from '../../src/addon/message-phrases';

describe('the shared parts of messages', () => {
  it('counts in English', () => {
    expect(countOf(1, 'row')).toBe('1 row');
    expect(countOf(0, 'row')).toBe('0 rows');
    expect(countOf(1234, 'customer')).toBe('1,234 customers');
  });

  it('shows an RFM code on the levels given', () => {
    expect(exampleCode(5)).toBe('545');
    expect(exampleCode(3)).toBe('323');
  });

  it("writes March 5 in the sheet's order", () => {
    expect(sampleYearLast('DMY')).toBe('5/3/2024');
    expect(sampleYearLast('MDY')).toBe('3/5/2024');
  });
});
