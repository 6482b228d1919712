/**
 * The fake spreadsheet's locale and time zone changed as File → Settings changes them: date cells
 * keep the day and time they show (Sheets stores wall-clock serial numbers), across summer time.
 */
import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

describe('setSpreadsheetTimeZone and setSpreadsheetLocale', () => {
  it('keep every date cell’s wall-clock time, and leave other cells alone', () => {
    const spreadsheet = fakeWorkbook({
      locale: 'en_GB',
      timeZone: 'Europe/London',
      sheets: [
        {
          name: 'Orders',
          values: [
            ['day', 'n'],
            [new Date('2010-12-01T08:26:00Z'), 3],
            [new Date('2024-06-30T23:00:00Z'), 'x'],
          ],
        },
      ],
    }).SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.setSpreadsheetLocale('en_US');
    spreadsheet.setSpreadsheetTimeZone('America/New_York');
    expect([spreadsheet.getSpreadsheetLocale(), spreadsheet.getSpreadsheetTimeZone()]).toEqual([
      'en_US',
      'America/New_York',
    ]);
    expect(spreadsheet.getActiveSheet().getDataRange().getValues()).toEqual([
      ['day', 'n'],
      [new Date('2010-12-01T13:26:00Z'), 3],
      [new Date('2024-07-01T04:00:00Z'), 'x'],
    ]);
    spreadsheet.setSpreadsheetTimeZone('Asia/Shanghai');
    expect(spreadsheet.getActiveSheet().getRange('A3').getDisplayValue()).toBe('2024-07-01');
  });
});
