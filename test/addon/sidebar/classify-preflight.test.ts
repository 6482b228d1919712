/**
 * Classify checks that it can finish before it writes anything: settings too long for a document
 * property, or a customer sheet another editor protected, are refused with nothing written —
 * never results written and settings unsaved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { assertClassifyCanFinish } from '../../../src/addon/sidebar/classify-preflight';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { thrownMessage } from '../../helpers/ranges';
import { sidebarClassify } from '../../helpers/sidebar-calls';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(values: CellValue[][], locale = 'en_US') {
  fake = installSpreadsheetApp({
    locale,
    timeZone: 'Asia/Shanghai',
    sheets: [{ name: 'Orders', values }],
  });
  return fake;
}

const rows: CellValue[][] = [
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
];
const spreadsheetNow = () => snapshot(SpreadsheetApp.getActiveSpreadsheet());

describe('Classify refuses up front, writing nothing', () => {
  it('settings over the 9 KB a document property holds', () => {
    const workbook = open([['Customer '.repeat(1200), 'Date', 'Amount'], ...rows]);
    const before = spreadsheetNow();
    expect(thrownMessage(() => sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS))).toMatch(
      /^This sheet's settings are too long to save \(\d+\.\d KB; Sheets keeps 9\.0 KB\): shorten the headers of the chosen columns, then classify again\. Nothing was changed\.$/,
    );
    expect(spreadsheetNow()).toEqual(before);
    expect(workbook.properties.document.size).toBe(0);
  });

  it('a customer sheet another editor protected since the last run', () => {
    const workbook = open([['Customer', 'Date', 'Amount'], ...rows]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const customers =
      SpreadsheetApp.getActiveSpreadsheet().getSheets()[1] as GoogleAppsScript.Spreadsheet.Sheet;
    workbook.protect(customers);
    SpreadsheetApp.getActiveSheet().getRange('C3').setValue(300);
    const before = spreadsheetNow();
    const settings = { ...CUSTOMER_DATE_AMOUNT_TIERS, model: 'abc' as const };
    expect(thrownMessage(() => sidebarClassify(settings))).toBe(
      "'Orders · customer tiers' is protected and cannot be written; nothing was changed.",
    );
    expect(spreadsheetNow()).toEqual(before);
  });

  it('says so in Chinese', () => {
    open([['客户', '日期', '金额'], ...rows], 'zh_CN');
    const sheet = SpreadsheetApp.getActiveSheet();
    expect(() =>
      assertClassifyCanFinish(sheet, true, { settings: '分'.repeat(3100) }, 'zh'),
    ).toThrow(
      '此工作表的设置过长，无法保存（9.1 KB，Sheets 最多保存 9.0 KB）：请缩短所选各列的标题，然后重新分层。未做任何更改。',
    );
    expect(() =>
      assertClassifyCanFinish(sheet, true, { settings: '分'.repeat(3072) }, 'zh'),
    ).not.toThrow();
  });
});
