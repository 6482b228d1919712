/**
 * This file defines the tests of a Classify run as a whole: it refuses a sheet with nothing to
 * classify, writing nothing; it reports the customers, the rows it labelled and a legend whose
 * counts add up to the customers; and it saves its settings and outcome only with its results.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { loadSettings } from '../../../src/addon/sidebar/saved-settings';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { thrownMessage } from '../../helpers/ranges';
import { sidebarClassify } from '../../helpers/sidebar-calls';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

const log = CUSTOMER_DATE_AMOUNT_TIERS;
const header: CellValue[] = ['Customer', 'Date', 'Amount'];

function open(values: CellValue[][], locale = 'en_US') {
  fake = installSpreadsheetApp({
    locale,
    timeZone: 'Asia/Shanghai',
    sheets: [{ name: 'Orders', values }],
  });
  return fake;
}

describe('Classify refuses a sheet with nothing to classify', () => {
  it.each([
    ['an empty sheet', [], 'en_US', 'This sheet is empty: open a sheet of customers or orders.'],
    ['a header and no data', [header], 'en_US', 'There are no rows of data below the header row.'],
    ['a header and no data, in Chinese', [header], 'zh_CN', '标题行下面没有数据行。'],
  ] as const)('%s', (_, values, locale, message) => {
    const workbook = open(
      values.map((row) => [...row]),
      locale,
    );
    const before = snapshot(SpreadsheetApp.getActiveSpreadsheet());
    expect(thrownMessage(() => sidebarClassify(log))).toBe(message);
    expect(snapshot(SpreadsheetApp.getActiveSpreadsheet())).toEqual(before);
    expect(workbook.properties.document.size).toBe(0);
  });
});

describe('Classify reports what it did', () => {
  it('counts the customers and the rows labelled; the legend adds up to the customers', () => {
    open([
      header,
      ['ann', '2024-03-01', 12],
      ['', '2024-03-01', 5],
      ['bob', '2024-03-02', 30],
      ['ann', '2024-03-05', 8],
      ['cy', '2024-01-02', 3],
    ]);
    const result = sidebarClassify(log);
    expect([result.customers, result.rows]).toEqual([3, 4]);
    expect(result.legend.reduce((sum, entry) => sum + entry.customers, 0)).toBe(3);
    expect(result.legend.reduce((sum, entry) => sum + entry.revenueShare, 0)).toBeCloseTo(1, 12);
    expect(result.note).toBe('Note: 1 row without a customer skipped.');
    expect(loadSettings(SpreadsheetApp.getActiveSheet().getSheetId()).kind).toBe('read');
  });
});
