import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

function ordersSheet() {
  const fake = fakeWorkbook({
    sheets: [
      {
        name: 'Orders',
        values: [
          ['Customer', 'Date', 'Amount'],
          ['Ann', new Date('2024-03-05T00:00:00Z'), 120],
          ['Bob', '', 80],
        ],
      },
    ],
  });
  return { fake, sheet: fake.SpreadsheetApp.getActiveSheet() };
}

function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('Range values', () => {
  it('reads the seeded grid with "" for blanks and new Date objects each time', () => {
    const { sheet } = ordersSheet();
    const values = sheet.getRange('A1:C3').getValues();
    expect(values).toEqual([
      ['Customer', 'Date', 'Amount'],
      ['Ann', new Date('2024-03-05T00:00:00Z'), 120],
      ['Bob', '', 80],
    ]);
    expect(sheet.getRange('B2').getValue()).not.toBe(values[1]?.[1]);
  });

  it('throws Apps Script’s messages when setValues gets a grid of another size', () => {
    const range = ordersSheet().sheet.getRange('A2:B3');
    const rows = thrown(() => range.setValues([['x', 'y']]));
    expect(rows.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(String(rows)).toMatch(/^Exception: The number of rows/);
    expect(thrown(() => range.setValues([['x', 'y'], ['z']])).message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(thrown(() => range.setValues([1, 2] as unknown as unknown[][])).message).toBe(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(range.getValues()).toEqual([
      ['Ann', new Date('2024-03-05T00:00:00Z')],
      ['Bob', ''],
    ]);
  });

  it('parses written text as typed: formulas, numbers, percentages, booleans, quoted text', () => {
    const range = ordersSheet().sheet.getRange('D1:D6');
    range.setValues([['=SUM(C:C)'], ['007'], ['20%'], ['true'], ["'007"], [' 1e3 ']]);
    expect(range.getFormulas()).toEqual([['=SUM(C:C)'], [''], [''], [''], [''], ['']]);
    expect(range.getValues()).toEqual([[''], [7], [0.2], [true], ['007'], [1000]]);
  });

  it('keeps text as written in plain-text (@) cells: no formula, no number', () => {
    const range = ordersSheet().sheet.getRange('D1:D3');
    range.setNumberFormat('@');
    range.setValues([['=HYPERLINK("x")'], ['007'], ['TRUE']]);
    expect(range.getValues()).toEqual([['=HYPERLINK("x")'], ['007'], ['TRUE']]);
    expect(range.getFormulas()).toEqual([[''], [''], ['']]);
    expect(range.getNumberFormats()).toEqual([['@'], ['@'], ['@']]);
    expect(ordersSheet().sheet.getRange('D1').getNumberFormat()).toBe('0.###############');
  });

  it('shows values as text in getDisplayValues', () => {
    const { sheet } = ordersSheet();
    sheet.getRange('D2:E2').setValues([[true, 0.5]]);
    expect(sheet.getRange('B2:E2').getDisplayValues()).toEqual([
      ['2024-03-05', '120', 'TRUE', '0.5'],
    ]);
  });

  it('clears content but keeps formats, and clears formats but keeps number formats', () => {
    const { sheet } = ordersSheet();
    const range = sheet.getRange('C2:C3');
    range.setBackground('#ABC').setNumberFormat('0.00').setFontWeight('bold');
    range.clearContent();
    expect(range.getValues()).toEqual([[''], ['']]);
    expect(range.getBackgrounds()).toEqual([['#aabbcc'], ['#aabbcc']]);
    range.clearFormat();
    expect(range.getBackgrounds()).toEqual([['#ffffff'], ['#ffffff']]);
    expect(range.getFontWeights()).toEqual([['normal'], ['normal']]);
    expect(range.getNumberFormats()).toEqual([['0.00'], ['0.00']]);
  });
});

describe('Sheet ranges', () => {
  it('reads A1 notation: cells, rectangles, whole columns, columns from a row, whole rows', () => {
    const { sheet } = ordersSheet();
    const shape = (a1: string) => {
      const range = sheet.getRange(a1);
      return [
        range.getRow(),
        range.getColumn(),
        range.getNumRows(),
        range.getNumColumns(),
        range.getA1Notation(),
      ];
    };
    expect(shape('b2')).toEqual([2, 2, 1, 1, 'B2']);
    expect(shape('C3:A1')).toEqual([1, 1, 3, 3, 'A1:C3']);
    expect(shape('C:C')).toEqual([1, 3, 1000, 1, 'C:C']);
    expect(shape('$C$2:C')).toEqual([2, 3, 999, 1, 'C2:C1000']);
    expect(shape('2:3')).toEqual([2, 1, 2, 26, '2:3']);
    expect(thrown(() => sheet.getRange('Orders')).message).toBe('Range not found');
  });

  it('throws Apps Script’s messages for ranges outside the sheet', () => {
    const { sheet } = ordersSheet();
    expect(thrown(() => sheet.getRange(0, 1)).message).toBe(
      'The starting row of the range is too small.',
    );
    expect(thrown(() => sheet.getRange(1, 0)).message).toBe(
      'The starting column of the range is too small.',
    );
    expect(thrown(() => sheet.getRange(2, 1, 0, 1)).message).toBe(
      'The number of rows in the range must be at least 1.',
    );
    expect(thrown(() => sheet.getRange(1, 27)).message).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(thrown(() => sheet.getRange(1000, 1, 2, 1)).message).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('counts the last row and column with content, not formats, and the data range from them', () => {
    const { sheet } = ordersSheet();
    sheet.getRange('F10').setBackground('red');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    sheet.getRange('E5').setValue('=A1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 5]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E5');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('reads and writes 100,000 rows × 10 columns (its speed is measured in bench/classify.mjs)', () => {
    const rows = Array.from({ length: 100_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => (c === 0 ? `C${r}` : r * c)),
    );
    const fake = fakeWorkbook({ sheets: [{ name: 'Big', values: rows }] });
    const sheet = fake.SpreadsheetApp.getActiveSheet();
    expect(sheet.getDataRange().getValues()).toEqual(rows);
    sheet.getRange(1, 11, 100_000, 1).setValues(rows.map((row) => [row[0]]));
    expect(sheet.getRange('J100000:K100000').getValues()).toEqual([[899_991, 'C99999']]);
  });
});
