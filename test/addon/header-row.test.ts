import { describe, expect, it } from 'vitest';
import { isHeaderRow } from '../../src/addon/header-row';

describe('isHeaderRow', () => {
  it('takes a row of headings over the measures, blank or headed elsewhere', () => {
    expect(isHeaderRow(['Date', 'Amount'], ['Customer', ''])).toBe(true);
    expect(isHeaderRow(['最近购买日期', '金额（元）'])).toBe(true);
    expect(isHeaderRow([], ['Year 1', '', 'Year 3'])).toBe(true);
  });

  it('takes a row with any value, or a measure without a heading, for data', () => {
    expect(isHeaderRow(['2024-03-05', 'Amount'], ['Customer'])).toBe(false);
    expect(isHeaderRow(['Date', ''], ['Customer'])).toBe(false);
    expect(isHeaderRow(['Date', 'Amount'], [17850])).toBe(false);
    expect(isHeaderRow(['orders', '¥1,200'])).toBe(false);
    expect(isHeaderRow([], ['', ''])).toBe(false);
    expect(isHeaderRow([])).toBe(false);
  });
});
