/**
 * What the sidebar says about sheets it cannot classify as asked — in the sheet's language,
 * naming the column, the sheet cell and the value — and that it then writes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import type { ClassifySettings } from '../../../src/addon/sidebar/api';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { thrownMessage } from '../../helpers/ranges';
import { sidebarClassify } from '../../helpers/sidebar-calls';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const log = CUSTOMER_DATE_AMOUNT_TIERS;

/** The message of a Classify on a sheet, checking that the sheet is left as it was. */
function classifyMessage(
  values: CellValue[][],
  settings: ClassifySettings = log,
  locale = 'en_US',
): string {
  fake = installSpreadsheetApp({
    locale,
    timeZone: 'Asia/Shanghai',
    sheets: [{ name: 'Orders', values }],
  });
  const before = snapshot(SpreadsheetApp.getActiveSpreadsheet());
  const message = thrownMessage(() => sidebarClassify(settings));
  expect(snapshot(SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
  return message;
}

const header: CellValue[] = ['Customer', 'Date', 'Amount'];

describe('the sidebar refuses, and says why', () => {
  it.each([
    ['an empty sheet', [], 'This sheet is empty: open a sheet of customers or orders.'],
    ['a header and no data', [header], 'There are no rows of data below the header row.'],
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

  it('asks for a role left unmapped, and reopens the mapping', () => {
    const settings = { ...log, roles: log.roles.filter(({ role }) => role !== 'amount') };
    expect(classifyMessage([header, ['ann', '2024-03-05', 12]], settings)).toBe(
      '[remap] Choose a column for "Amount".',
    );
  });

  it('speaks Chinese in a Chinese spreadsheet', () => {
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
