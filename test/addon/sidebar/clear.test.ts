/**
 * Clear, in the fake Spreadsheet service, compared by whole-spreadsheet snapshots: it gives back
 * the user's formats exactly as they were before Classify, it changes nothing when it can't
 * finish (another editor protected something), and on a customer sheet whose source is gone it
 * removes that sheet and its source's settings.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp, type SheetSeed } from '../../../dev/spreadsheet-fake/workbook';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { thrownMessage } from '../../helpers/ranges';
import { sidebarClassify, sidebarClear, sidebarSurvey } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open(sheets: SheetSeed[], locale = 'en_US') {
  fake = installSpreadsheetApp({ locale, timeZone: 'Asia/Shanghai', sheets });
  return fake;
}

const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
  ['ann', '2024-03-05', 8],
  ['', '2024-03-06', 5],
];

const spreadsheetNow = () => snapshot(SpreadsheetApp.getActiveSpreadsheet());
const sheetOf = () => SpreadsheetApp.getActiveSheet();

describe('Clear gives back every format', () => {
  it('keeps a header row formatted across A1:Z1 and a fill on G2:G31 where the results went', () => {
    open([{ name: 'Customers', values: customerTableValues(30) }]);
    sheetOf().getRange('A1:Z1').setFontWeight('bold').setBackground('#cfe2f3');
    sheetOf().getRange('G2:G31').setBackground('#fff2cc');
    sheetOf().getRange('H2:H31').setNumberFormat('0.00');
    const before = spreadsheetNow();
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    expect(sheetOf().getRange('E1:I1').getValues()[0]).toEqual(['R', 'F', 'M', 'RFM code', 'Tier']);
    sidebarClear();
    expect(spreadsheetNow()).toEqual(before);
  });
});

describe('Clear does all or nothing', () => {
  it('refuses, changing nothing, when another editor protected part of a result column', () => {
    const workbook = open([{ name: 'My customers', values: customerTableValues(30) }]);
    const before = spreadsheetNow();
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    workbook.protect(sheetOf().getRange('G2:G10'));
    const classified = spreadsheetNow();
    expect(thrownMessage(() => sidebarClear())).toBe(
      "'My customers'!G:G is protected, so Clear can't remove the add-on's results there; nothing was changed. Ask its owner to lift the protection, then clear again.",
    );
    expect(spreadsheetNow()).toEqual(classified);
    // once the protection is lifted, Clear removes all five columns, every rule, the summary
    // and the history
    workbook.unprotect(sheetOf().getRange('G2:G10'));
    expect(sidebarClear()).toEqual({ removedColumns: 5, removedRules: 4, removedSheets: 2 });
    expect(spreadsheetNow()).toEqual(before);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    expect(
      sheetOf()
        .getRange('A1:J1')
        .getValues()[0]
        ?.filter((h) => h === 'Tier'),
    ).toHaveLength(1);
  });

  it('refuses, changing nothing, when the sheet or the customer sheet is protected', () => {
    const workbook = open([{ name: 'Orders', values: orderLog }]);
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const customers =
      SpreadsheetApp.getActiveSpreadsheet().getSheets()[1] as GoogleAppsScript.Spreadsheet.Sheet;
    workbook.protect(customers.getRange('A1:B2'));
    const classified = spreadsheetNow();
    expect(thrownMessage(() => sidebarClear())).toMatch(
      /^'Orders · customer tiers'!A1:B2 is protected, so Clear can't/,
    );
    expect(spreadsheetNow()).toEqual(classified);
    workbook.unprotect(customers.getRange('A1:B2'));
    workbook.protect(sheetOf());
    const protectedSheet = spreadsheetNow();
    expect(thrownMessage(() => sidebarClear())).toMatch(/^Orders is protected, so Clear can't/);
    expect(spreadsheetNow()).toEqual(protectedSheet);
  });

  it('says in Chinese what it could not clear, quoting the sheet name as Sheets does', () => {
    const workbook = open([{ name: '客户 表', values: customerTableValues(5) }], 'zh_CN');
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    workbook.protect(sheetOf().getRange('I1'));
    expect(thrownMessage(() => sidebarClear())).toBe(
      "'客户 表'!I:I受保护，无法清除其中的分层结果；未做任何更改。请联系其所有者解除保护后再清除。",
    );
  });
});

describe('Clear on what a deleted sheet left behind', () => {
  it('removes the customer and summary sheets of a deleted log, and the log’s saved settings', () => {
    const workbook = open([
      { name: 'Orders', values: orderLog },
      { name: 'Notes', values: [['keep me']] },
    ]);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const before = spreadsheetNow();
    sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const orders = sheetOf();
    expect(workbook.properties.document.has(`customer-tiers.settings.${orders.getSheetId()}`)).toBe(
      true,
    );
    spreadsheet.deleteSheet(orders);
    spreadsheet.setActiveSheet(
      spreadsheet.getSheetByName('Orders · customer tiers') as GoogleAppsScript.Spreadsheet.Sheet,
    );
    // the sidebar offers Clear there: the orphan counts as results
    expect(sidebarSurvey().classified).toBe(true);
    // its customer, summary and history sheets
    expect(sidebarClear()).toEqual({ removedColumns: 0, removedRules: 0, removedSheets: 3 });
    expect(spreadsheetNow().sheets).toEqual(before.sheets.slice(1));
    expect(workbook.properties.document.size).toBe(0);
  });
});

describe('Clear while another run holds the lock', () => {
  it('names Clear, not classifying, in English and Chinese', () => {
    const workbook = open([{ name: 'Customers', values: customerTableValues(5) }]);
    workbook.holdLockElsewhere();
    expect(thrownMessage(() => sidebarClear())).toBe(
      'Another change by Customer Tiers is under way in this spreadsheet — try Clear again in a moment.',
    );
    open([{ name: '客户', values: customerTableValues(5) }], 'zh_CN').holdLockElsewhere();
    expect(thrownMessage(() => sidebarClear())).toBe(
      '此电子表格中正在进行 Customer Tiers 的另一项更改，请稍后再“清除”。',
    );
  });
});
