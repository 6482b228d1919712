/**
 * This file defines the tests of how a message shows a value: blank, booleans, numbers, text
 * quoted and cut to 40 characters without splitting an emoji, dates as the sheet shows them (or
 * as text when the sheet cannot), and a range by its first three cells.
 */
import { describe, expect, it } from 'vitest';
import { EN_PHRASES } from '../../src/addon/message-phrases-en';
import { ZH_PHRASES } from '../../src/addon/message-phrases-zh';
import type { DateView } from '../../src/addon/messages';
import { cutText, showValue } from '../../src/addon/shown-values';

const view: DateView = {
  dateOrder: 'MDY',
  formatDate: (date) => `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()}`,
  formatDay: String,
};

describe('cutText', () => {
  it('keeps short text whole', () => {
    expect(cutText('abc', 3)).toBe('abc');
  });

  it('cuts at code points, never inside an emoji', () => {
    expect(cutText('ab😀cd', 3)).toBe('ab😀…');
  });

  it('drops a joiner left dangling by the cut', () => {
    expect(cutText('a👩\u200d👩\u200d👧', 3)).toBe('a👩…');
  });
});

describe('showValue', () => {
  it.each([
    ['', '(blank)'],
    [null, '(blank)'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [12.5, '12.5'],
    ['x', '"x"'],
  ])('%j in English is %s', (value, shown) => {
    expect(showValue(value, EN_PHRASES, view)).toBe(shown);
  });

  it('quotes and says blank in Chinese', () => {
    expect(showValue('x', ZH_PHRASES, view)).toBe('“x”');
    expect(showValue('', ZH_PHRASES, view)).toBe('（空白）');
  });

  it('cuts long text to 40 characters', () => {
    expect(showValue('y'.repeat(50), EN_PHRASES, view)).toBe(`"${'y'.repeat(40)}…"`);
  });

  it('shows a date as the sheet does, or as text when the sheet cannot', () => {
    const date = new Date(Date.UTC(2024, 2, 5));
    expect(showValue(date, EN_PHRASES, view)).toBe('3/5/2024');
    const failing: DateView = {
      ...view,
      formatDate: () => {
        throw new Error('out of range');
      },
    };
    expect(showValue(date, EN_PHRASES, failing)).toBe(String(date));
  });

  it('shows a range by its first three cells', () => {
    expect(showValue([[1], [2], [3], [4]], EN_PHRASES, view)).toBe('1, 2, 3, …');
    expect(showValue([[1, '']], EN_PHRASES, view)).toBe('1, (blank)');
  });
});
