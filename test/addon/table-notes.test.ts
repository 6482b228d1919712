/**
 * This file defines the tests of the notes under a table: counts in English with their plural and
 * thousands, in Chinese without a plural, and the as-of date shown as the sheet shows days.
 */
import { describe, expect, it } from 'vitest';
import type { DateView } from '../../src/addon/messages';
import { laterLinesNote, leftOutCustomersNote, skippedRowsNote } from '../../src/addon/table-notes';

const view: DateView = {
  dateOrder: 'DMY',
  formatDate: () => 'unused',
  formatDay: (day) => `day ${day}`,
};

describe('the note of rows without a customer', () => {
  it('counts rows in English, singular for one', () => {
    expect(skippedRowsNote(1, 'en')).toBe('Note: 1 row without a customer skipped.');
    expect(skippedRowsNote(2500, 'en')).toBe('Note: 2,500 rows without a customer skipped.');
  });

  it('counts rows in Chinese', () => {
    expect(skippedRowsNote(2500, 'zh')).toBe('注：已跳过 2,500 行没有客户的记录。');
  });
});

describe('the note of order lines after the as-of date', () => {
  it('names the day as the sheet shows it', () => {
    expect(laterLinesNote(1, 19_000, 'en', view)).toBe(
      'Note: 1 order line after the as-of date day 19000 left out: customers as they were on that day.',
    );
    expect(laterLinesNote(12, 19_000, 'zh', view)).toContain('12 行晚于截止日期 day 19000');
  });
});

describe('the note of customers left out of a summary', () => {
  it.each([
    ['late', 'en', 'Note: 2 customers whose first purchase is on or after the calibration end'],
    ['returnsOnly', 'en', 'Note: 1 customer with only returns'],
    ['late', 'zh', '已略去 2 位首次购买不早于截止日期'],
    ['returnsOnly', 'zh', '已略去 1 位只有退货'],
  ] as const)('%s in %s', (reason, language, start) => {
    const customers = start.includes('1 ') ? 1 : 2;
    expect(leftOutCustomersNote(reason, customers, language)).toContain(start);
  });
});
