/**
 * This file defines the tests of reading a sheet for the sidebar: every value in one call (or the
 * first rows only), its last row, the user's columns without the add-on's result columns, and a
 * column's header text as plain trimmed text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { resetCalls } from '../../../dev/spreadsheet-fake/fake-service';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { columnRange, headerText, readSheetTable } from '../../../src/addon/sidebar/sheet-table';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify } from '../../helpers/sidebar-calls';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const orderLog: CellValue[][] = [
  ['  Customer ', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
  ['ann', '2024-03-05', 8],
];

function open(values: CellValue[][] = orderLog) {
  fake = installSpreadsheetApp({ sheets: [{ name: 'Orders', values }] });
  return fake;
}
const sheet = () => SpreadsheetApp.getActiveSheet();

describe('readSheetTable', () => {
  it('reads every value in one call, with the last row and the user’s columns', () => {
    const workbook = open();
    resetCalls(workbook.calls);
    const table = readSheetTable(sheet());
    expect(workbook.calls['Range.getValues']).toBe(1);
    expect([table.values.length, table.lastRow, table.userColumns, table.owned]).toEqual([
      4,
      4,
      [0, 1, 2],
      [],
    ]);
    expect(table.values[1]).toEqual(['ann', '2024-03-01', 12]);
  });

  it('reads only the first rows when asked, still knowing the last row', () => {
    open();
    const table = readSheetTable(sheet(), 2);
    expect([table.values.length, table.lastRow]).toEqual([2, 4]);
  });

  it('reads an empty sheet as no rows and no columns', () => {
    open([]);
    const table = readSheetTable(sheet());
    expect([table.values, table.lastRow, table.userColumns]).toEqual([[], 0, []]);
  });

  it('leaves the add-on’s result columns out of the user’s', () => {
    open();
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const table = readSheetTable(sheet());
    expect(table.userColumns).toEqual([0, 1, 2]);
    expect(table.owned.map(({ column }) => column)).toEqual([4]);
    // a column the user inserts after the add-on's is the user's
    sheet().getRange('E1').setValue('Region');
    expect(readSheetTable(sheet()).userColumns).toEqual([0, 1, 2, 4]);
  });
});

describe('headerText and columnRange', () => {
  it('give a header as trimmed text, none without a header row, and a column’s cells', () => {
    open();
    const table = readSheetTable(sheet());
    expect(headerText(table, 1, 0)).toBe('Customer');
    expect(headerText(table, null, 0)).toBe('');
    expect(headerText(table, 1, 9)).toBe('');
    expect(columnRange(table, 2, 1)).toEqual([[12], [30], [8]]);
  });
});
