/** Sheet names in messages, quoted as Sheets quotes them in a formula. */
import { describe, expect, it } from 'vitest';
import { sheetReference } from '../../../src/addon/sidebar/sheet-reference';

describe('sheetReference', () => {
  it.each([
    ['Orders', 'A1', 'Orders!A1'],
    ['订单', 'E:E', '订单!E:E'],
    ['My sheet', 'A1', "'My sheet'!A1"],
    ["Bob's", 'B2:B3', "'Bob''s'!B2:B3"],
    ['2024', 'A1', "'2024'!A1"],
    ['A1', 'C3', "'A1'!C3"],
    ['R1C1', 'C3', "'R1C1'!C3"],
    ['Orders · customer tiers', 'A1', "'Orders · customer tiers'!A1"],
    ['', 'A1', "''!A1"],
  ])('%s → %s', (name, a1, expected) => {
    expect(sheetReference(name, a1)).toBe(expected);
  });

  it('names a whole sheet alone, quoted the same way', () => {
    expect(sheetReference('My sheet')).toBe("'My sheet'");
    expect(sheetReference('Customers')).toBe('Customers');
  });
});
