/**
 * A CSV file imported as a new sheet of the fake spreadsheet, as the sandbox's file input does:
 * cells read as Sheets reads typed input (numbers, percentages, booleans, dates in the locale's
 * order at local midnight), currency text kept as text, the sheet last, active and big enough.
 */
import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../dev/spreadsheet-fake/workbook';
import { addCsvSheet } from '../../scripts/sandbox/server/csv-sheet';

const open = () =>
  fakeWorkbook({
    locale: 'en_GB',
    timeZone: 'Europe/London',
    sheets: [{ name: 'Orders' }],
  }).SpreadsheetApp.getActiveSpreadsheet();

describe('addCsvSheet', () => {
  it('reads numbers, percentages, booleans and dates, and keeps other text as typed', () => {
    const spreadsheet = open();
    const sheet = addCsvSheet(
      spreadsheet,
      'Customers',
      '\uFEFFid,spent,last order,vip\n007,"¥1,200",05/03/2024,TRUE\n,20%,2024-07-01 09:30,no\n',
    );
    expect(sheet.getDataRange().getValues()).toEqual([
      ['id', 'spent', 'last order', 'vip'],
      [7, '¥1,200', new Date('2024-03-05T00:00:00Z'), true],
      ['', 0.2, new Date('2024-07-01T08:30:00Z'), 'no'],
    ]);
    expect(spreadsheet.getSheets().map((tab) => tab.getName())).toEqual(['Orders', 'Customers']);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Customers');
  });

  it('numbers a name already taken, whatever its case, and fills short rows', () => {
    const spreadsheet = open();
    const sheet = addCsvSheet(spreadsheet, 'orders', 'a,b,c\n1\n');
    expect(sheet.getName()).toBe('orders (2)');
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', 'b', 'c'],
      [1, '', ''],
    ]);
  });

  it('grows the new sheet past its 1,000 rows and 26 columns', () => {
    const header = Array.from({ length: 30 }, (_, i) => `c${i}`).join(',');
    const rows = Array.from({ length: 1500 }, (_, i) => String(i)).join('\n');
    const sheet = addCsvSheet(open(), 'Big', `${header}\n${rows}`);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1501, 30]);
  });

  it('refuses a file without cells', () => {
    expect(() => addCsvSheet(open(), 'Empty', '')).toThrow('The file holds no cells.');
  });
});

describe('addCsvSheet on a large file', () => {
  it('imports 200,000 lines (no spread of every row onto the stack)', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `C${i},${i % 97},2024-03-05`);
    const sheet = addCsvSheet(open(), 'Large', `id,orders,last order\n${lines.join('\n')}\n`);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([200_001, 3]);
    expect(sheet.getRange(200_001, 1, 1, 3).getValues()).toEqual([
      ['C199999', 199_999 % 97, new Date('2024-03-05T00:00:00Z')],
    ]);
  });
});
