/**
 * This file defines the tests of reading a sheet mapped as a transaction log: each data row linked
 * to its customer (none for a row without one), the amount as quantity × unit price where there
 * is no amount column, order numbers counted when mapped, and bad input named by the sheet column
 * it is in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { InputError } from '../../../src/addon/input-error';
import { inputErrorMessage } from '../../../src/addon/messages';
import { activeSheetSettings } from '../../../src/addon/sheet-settings';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { SheetColumns } from '../../../src/addon/sidebar/sheet-columns';
import { readSheetTable } from '../../../src/addon/sidebar/sheet-table';
import { readTransactionSheet } from '../../../src/addon/sidebar/transaction-sheet';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

/** Reads the active sheet as a log under settings. */
function readLogSheet(values: CellValue[][], settings: ClassifySettings) {
  fake = installSpreadsheetApp({ timeZone: 'Asia/Shanghai', sheets: [{ name: 'Orders', values }] });
  const columns = new SheetColumns(readSheetTable(SpreadsheetApp.getActiveSheet()), settings, 'en');
  return readTransactionSheet(columns, settings.options, activeSheetSettings());
}

/** The message a read gives, as the sidebar shows it. */
function readMessage(values: CellValue[][], settings: ClassifySettings): string {
  try {
    readLogSheet(values, settings);
  } catch (error) {
    if (error instanceof InputError)
      return inputErrorMessage('Customer Tiers', error, 'en', activeSheetSettings());
    throw error;
  }
  throw new Error('nothing refused');
}

const priced: ClassifySettings = {
  ...CUSTOMER_DATE_AMOUNT_TIERS,
  roles: [
    { index: 0, role: 'order-id' },
    { index: 1, role: 'customer' },
    { index: 2, role: 'order-date' },
    { index: 3, role: 'quantity' },
    { index: 4, role: 'unit-price' },
  ],
};
const pricedLog: CellValue[][] = [
  ['Invoice', 'Customer', 'Date', 'Qty', 'Price'],
  ['A1', 'ann', '2024-03-01', 2, 5],
  ['A1', 'ann', '2024-03-01', 1, 4],
  ['B7', '', '2024-03-01', 1, 1],
  ['A2', 'bob', '2024-03-02', 3, 10],
  ['A3', 'ann', '2024-03-05', 1, 2.5],
];

describe('readTransactionSheet', () => {
  it('links each data row to its customer, and a row without one to none', () => {
    const { table, customerOfRow } = readLogSheet(pricedLog, priced);
    expect(table.keys).toEqual(['ann', 'bob']);
    expect([...customerOfRow]).toEqual([0, 0, -1, 1, 0]);
  });

  it('takes quantity × unit price as the amount, and counts orders by their numbers', () => {
    const { table } = readLogSheet(pricedLog, priced);
    expect([...table.monetary]).toEqual([16.5, 30]);
    // ann's first two lines are one order (A1) on one day, then A3
    expect([...table.frequency]).toEqual([2, 1]);
  });

  it('takes the amount column when there is one', () => {
    const values: CellValue[][] = [
      ['Customer', 'Date', 'Amount'],
      ['ann', '2024-03-01', 12],
      ['bob', '2024-03-02', 30],
    ];
    const { table } = readLogSheet(values, CUSTOMER_DATE_AMOUNT_TIERS);
    expect([...table.monetary]).toEqual([12, 30]);
  });

  it('names a unit price that is no number by its column and sheet cell', () => {
    const values = pricedLog.map((row, i) => (i === 4 ? [...row.slice(0, 4), 'ten'] : row));
    expect(readMessage(values, priced)).toBe(
      'Customer Tiers: column "Price" (E), cell E5: "ten" is not a number.',
    );
  });

  it('leaves out the lines after the as-of date, and counts them', () => {
    const asOf = { ...priced, options: { ...priced.options, asOf: '2024-03-02' } };
    const { table, customerOfRow } = readLogSheet(pricedLog, asOf);
    expect([...table.monetary]).toEqual([14, 30]);
    expect(table.laterLines).toBe(1);
    // the later line's customer is still in the table, and its row keeps its label
    expect([...customerOfRow]).toEqual([0, 0, -1, 1, 0]);
  });
});
