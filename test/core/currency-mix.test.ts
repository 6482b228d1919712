import { describe, expect, it } from 'vitest';
import { CurrencyMixCheck } from '../../src/core/currency-mix';

function clashOf(cells: readonly unknown[]) {
  const check = new CurrencyMixCheck();
  cells.forEach((cell, row) => {
    check.see(row, cell);
  });
  return check.clash();
}

describe('CurrencyMixCheck', () => {
  it('finds the first two cells in different currencies: 32, €36, ¥116, £99', () => {
    expect(clashOf([32, '€36', '¥116', '£99'])).toEqual({
      first: { row: 1, cell: '€36', currency: 'EUR' },
      second: { row: 2, cell: '¥116', currency: 'CNY' },
    });
  });

  it('accepts plain numbers beside one currency, however it is written', () => {
    expect(clashOf([32, '36', '¥116', '￥1,200', '50万元', 'RMB 9', '12块', '', null])).toBe(
      undefined,
    );
    expect(clashOf(['$5', '5 USD', 7, '(usd 3)'])).toBe(undefined);
    expect(clashOf([1, 2, 3])).toBe(undefined);
  });

  it('ignores text that is no number, which the reader refuses on its own', () => {
    expect(clashOf(['€36', 'EUR', 'twelve pounds', '€1'])).toBe(undefined);
  });

  it('tells dollars, pounds and euros apart however written', () => {
    expect(clashOf(['12 EUR', '£3'])?.second).toEqual({ row: 1, cell: '£3', currency: 'GBP' });
    expect(clashOf(['USD 12', '9 GBP'])?.first.currency).toBe('USD');
  });
});
