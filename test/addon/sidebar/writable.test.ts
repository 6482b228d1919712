/** The checks before a write name the protected place as Sheets writes it: 'My sheet'!B2:C3. */
import { afterEach, describe, expect, it } from 'vitest';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import {
  assertRangeEditable,
  assertWritable,
  protectedPlace,
} from '../../../src/addon/sidebar/writable';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

describe('writable', () => {
  it('names a protected range with its sheet quoted as Sheets quotes it', () => {
    fake = installSpreadsheetApp({ sheets: [{ name: "Bob's orders" }] });
    const sheet = SpreadsheetApp.getActiveSheet();
    expect(protectedPlace(sheet)).toBeNull();
    fake.protect(sheet.getRange('B2:C3'));
    expect(() => assertWritable(sheet, 'en')).toThrow(
      "'Bob''s orders'!B2:C3 is protected and cannot be written; nothing was changed.",
    );
    expect(() => assertRangeEditable(sheet.getRange('C:C'), 'en', 'clear')).toThrow(
      /^'Bob''s orders'!C:C is protected, so Clear can't/,
    );
    expect(() => assertRangeEditable(sheet.getRange('D:D'), 'en', 'clear')).not.toThrow();
  });
});
