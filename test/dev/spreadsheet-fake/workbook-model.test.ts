/**
 * A fake workbook's sheets made from seed values: sized to their values, however many rows.
 */
import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

describe('newSheet', () => {
  it('makes a sheet of 200,000 seeded rows, as tall and as wide as its widest row', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => (i === 7 ? [i, 'x', 'y'] : [i]));
    const sheet = fakeWorkbook({
      sheets: [{ name: 'Large', values }],
    }).SpreadsheetApp.getActiveSheet();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([200_000, 26]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([200_000, 3]);
  });
});
