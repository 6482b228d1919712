/**
 * This file defines the tests of the sheet's columns by role: read in place from the row under the
 * header row, and named in messages by their header and letter and the sheet cell (or the letter
 * alone on a sheet without headers), in the sheet's language, writing nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { SheetColumns } from '../../../src/addon/sidebar/sheet-columns';
import { readSheetTable } from '../../../src/addon/sidebar/sheet-table';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { thrownMessage } from '../../helpers/ranges';
import { sidebarClassify } from '../../helpers/sidebar-calls';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const log = CUSTOMER_DATE_AMOUNT_TIERS;

function openSheet(values: CellValue[][], locale = 'en_US') {
  fake = installSpreadsheetApp({
    locale,
    timeZone: 'Asia/Shanghai',
    sheets: [{ name: 'Orders', values }],
  });
}

/** The message of a Classify on a sheet, checking that the sheet is left as it was. */
function classifyMessage(
  values: CellValue[][],
  settings: ClassifySettings = log,
  locale = 'en_US',
): string {
  openSheet(values, locale);
  const before = snapshot(SpreadsheetApp.getActiveSpreadsheet());
  const message = thrownMessage(() => sidebarClassify(settings));
  expect(snapshot(SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  return message;
}

const header: CellValue[] = ['Customer', 'Date', 'Amount'];

describe('SheetColumns', () => {
  const values: CellValue[][] = [
    ['Orders of March', '', ''],
    header,
    ['ann', '2024-03-05', 12],
    ['bob', '2024-03-06', 30],
  ];

  it('reads a role’s column in place, from the row under the header row', () => {
    openSheet(values);
    const columns = new SheetColumns(
      readSheetTable(SpreadsheetApp.getActiveSheet()),
      { ...log, headerRow: 2 },
      'en',
    );
    expect([columns.firstDataRow, columns.rowCount]).toEqual([3, 2]);
    const amounts = columns.required('amounts', 'amount');
    expect([amounts.at(0), amounts.at(1), amounts.at(2)]).toEqual([12, 30, '']);
    expect(amounts.sheetColumn).toEqual({ header: 'Amount', column: 2, firstRow: 3 });
    expect(columns.optional('order_ids', 'order-id')).toBeUndefined();
    expect(columns.indexOf('order-date')).toBe(1);
  });

  it('has no header text without a header row, and starts at row 1', () => {
    openSheet(values.slice(2));
    const columns = new SheetColumns(
      readSheetTable(SpreadsheetApp.getActiveSheet()),
      { ...log, headerRow: null },
      'en',
    );
    expect([columns.firstDataRow, columns.rowCount]).toEqual([1, 2]);
    expect(columns.place(2)).toEqual({ header: '', column: 2, firstRow: 1 });
  });
});

describe('bad input is named by column and sheet cell', () => {
  it.each([
    [
      'text where money is expected',
      [header, ['ann', '2024-03-05', 12], ['bob', '2024-03-06', 'twelve']],
      'Customer Tiers: column "Amount" (C), cell C3: "twelve" is not a number.',
    ],
    [
      'an unreadable date',
      [header, ['ann', 'Mar 5, 2024', 12]],
      'Customer Tiers: column "Date" (B), cell B2: "Mar 5, 2024" is not a date. Use a date cell, or text such as 2024-03-05, 2024/3/5, 2024年3月5日 or 3/5/2024 (read as month/day/year, as this spreadsheet\'s locale writes dates).',
    ],
    [
      'amounts in more than one currency',
      [
        header,
        ['ann', '2024-03-05', 32],
        ['bob', '2024-03-06', '€36'],
        ['cy', '2024-03-07', '¥116'],
      ],
      'Customer Tiers: column "Amount" (C), cell C4: "¥116" is in a different currency from "€36" in cell C3; amounts in different currencies cannot be added up. Convert them to one currency first (plain numbers beside one currency are fine).',
    ],
  ] as const)('%s', (_, values, message) => {
    expect(classifyMessage(values.map((row) => [...row]))).toBe(message);
  });

  it('by its letter alone on a sheet without headers, at the sheet row', () => {
    const values: CellValue[][] = [
      ['ann', '2024-03-05', 12],
      ['bob', '2024-03-06', 'twelve'],
    ];
    expect(classifyMessage(values, { ...log, headerRow: null })).toBe(
      'Customer Tiers: column C, cell C2: "twelve" is not a number.',
    );
  });

  it('in Chinese in a Chinese spreadsheet', () => {
    expect(
      classifyMessage(
        [
          ['客户', '日期', '金额'],
          ['张三', '2024-03-05', '十二'],
        ],
        log,
        'zh_CN',
      ),
    ).toBe('Customer Tiers：“金额”列（C）单元格 C2：“十二” 不是数字。');
  });
});
